#include "tests/support/ProcessRunner.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

QString ProcessRunner::program(const QString& name)
{
    const QString folder = name == u"antre" ? name : name.mid(name.indexOf(u'-') + 1);
    return QString::fromUtf8(ANTRE_BINARY_DIR) + u"/app/" + folder + u'/' + name;
}

ProcessResult ProcessRunner::run(const QString& program, const QStringList& args, const QByteArray& stdinData,
                                 const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessResult result;
    if (!process.waitForStarted(timeoutMs)) {
        result.err = u"could not start "_s + program;
        return result;
    }
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = u"timed out: "_s + program;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult ProcessRunner::antre(const QString& db, const QStringList& args, const QString& now,
                                   const QByteArray& stdinData)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_LANG"_s, u"en"_s);
    if (!now.isEmpty())
        env.insert(u"ANTRE_NOW"_s, now);
    return run(program(u"antre"_s), QStringList{u"--db"_s, db} + args, stdinData, env);
}

} // namespace antre::test
