#pragma once

#include "tests/support/ProcessRunner.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace antre::test {

// What must not change when a command is refused: the database file's bytes and the configuration the
// hall would export.
struct Snapshot
{
    QByteArray fileHash; // SHA-256 of the main database file
    QString exported;    // `antre config export`
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

// A hall set up from tests/data/bad_configs/_valid.json in a fresh temporary folder, driven through the
// `antre` program as an administrator would.
class CliFixture final
{
public:
    CliFixture();
    Q_DISABLE_COPY_MOVE(CliFixture)

    QString path(const QString& name) const { return m_dir.filePath(name); }
    const QString& db() const { return m_db; }
    ProcessResult run(const QStringList& args, const QByteArray& input = {},
                      const QString& now = monday()) const;
    Snapshot snapshot() const;

    static QString monday() { return QStringLiteral("2026-11-23T09:00:00+07:00"); }
    static QString dataDir(); // tests/data in the source tree

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QByteArray sha256(const QString& file);
void writeFile(const QString& path, const QByteArray& data);
QByteArray readFile(const QString& path);

// Makes a file or folder impossible to write for this user, also for root (chattr +i), and undoes it.
// Returns false when the system offers no way to do that here (the test then says so and skips).
bool makeUnwritable(const QString& path);
void makeWritable(const QString& path);

} // namespace antre::test
