#include "tests/integration/Harness.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

QString CliFixture::dataDir()
{
    return QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/tests/data"_s;
}

CliFixture::CliFixture() : m_db(m_dir.filePath(u"hall.db"_s))
{
    REQUIRE(m_dir.isValid());
    const auto init = run({u"init"_s, u"--config"_s, dataDir() + u"/bad_configs/_valid.json"_s});
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
}

ProcessResult CliFixture::run(const QStringList& args, const QByteArray& input, const QString& now) const
{
    return ProcessRunner::antre(m_db, args, now, input);
}

Snapshot CliFixture::snapshot() const
{
    const auto exported = run({u"config"_s, u"export"_s});
    REQUIRE(exported.exitCode == 0);
    return {sha256(m_db), exported.out};
}

QByteArray sha256(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result().toHex();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

bool makeUnwritable(const QString& path)
{
    if (geteuid() != 0) {
        // Permissions are enough for an ordinary user.
        return QFile::setPermissions(path, QFileInfo(path).isDir() ? QFile::ReadOwner | QFile::ExeOwner |
                                                                         QFile::ReadGroup | QFile::ExeGroup
                                                                   : QFile::ReadOwner | QFile::ReadGroup);
    }
    // Root writes through permissions; the immutable attribute stops root too (where the file system has it).
    return QProcess::execute(u"chattr"_s, {u"+i"_s, path}) == 0;
}

void makeWritable(const QString& path)
{
    if (geteuid() != 0)
        QFile::setPermissions(path, QFileInfo(path).isDir()
                                        ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                        : QFile::ReadOwner | QFile::WriteOwner);
    else
        QProcess::execute(u"chattr"_s, {u"-i"_s, path});
}

} // namespace antre::test
