#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace antre::test {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs one of our own binaries (from the build tree) to completion, with a deadline.
class ProcessRunner final
{
public:
    // Path of a built program, e.g. program("antre") → <build>/app/antre/antre.
    static QString program(const QString& name);
    static ProcessResult run(const QString& program, const QStringList& args,
                             const QByteArray& stdinData = {},
                             const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                             int timeoutMs = 60000);
    // `antre --db <db> args…` with ANTRE_NOW set when `now` is not empty.
    static ProcessResult antre(const QString& db, const QStringList& args, const QString& now = {},
                               const QByteArray& stdinData = {});
};

} // namespace antre::test
