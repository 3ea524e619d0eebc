#include "core/audit/AuditSeals.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresDialect.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sodium.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// The signed text: a version, so that a later form of seal can never be read as this one.
QByteArray signedText(qint64 events, const QString& head, const QString& at)
{
    return "antre-seal-1|" + QByteArray::number(events) + '|' + head.toLatin1() + '|' + at.toLatin1();
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Error sealError(const QString& message)
{
    return makeError(ErrorKind::Refused, ErrorCode::AuditSeal, message);
}

// libsodium takes bytes as unsigned char; QByteArray holds char of the same size, which may alias any
// object, so the cast is the C API's boundary and nothing more.
unsigned char* bytes(QByteArray& data)
{
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): see above
    return reinterpret_cast<unsigned char*>(data.data());
}

const unsigned char* bytes(const QByteArray& data)
{
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): see above
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// Writes a new file readable by its owner only (created so, never widened for a moment); never replaces one.
Status writePrivateFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return sealError(AuditSeals::tr("%1: cannot create the key file: %2").arg(path, file.errorString()));
    const bool written = file.write(content) == content.size() && file.flush();
    const bool synced = written && ::fsync(file.handle()) == 0;
    file.close();
    if (!synced) {
        file.remove();
        return sealError(AuditSeals::tr("%1: cannot write the key file").arg(path));
    }
    return Done{};
}

} // namespace

// Where the key and the seals of a hall live, without their ending: beside an SQLite file; for a PostgreSQL
// hall, which has no file, in the seal folder of this computer (ANTRE_SEAL_DIR, or the user's data folder's
// antre/seals), named by the server and the database, so that every way of writing the same location
// (a URI, a conninfo) finds the same seals.
QString AuditSeals::baseOf(const QString& databasePath)
{
    if (!PostgresDialect::isPostgresLocation(databasePath))
        return databasePath;
    QString folder = qEnvironmentVariable("ANTRE_SEAL_DIR");
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/antre/seals"_s;
    QString service;
    QString host = u"local"_s;
    QString port = u"5432"_s;
    QString dbname;
    QString user;
    if (auto keywords = PostgresDialect::keywords(databasePath); keywords.ok()) {
        for (const auto& [key, value] : keywords.value()) {
            if (key == u"service")
                service = value;
            else if (key == u"host" || key == u"hostaddr")
                host = value;
            else if (key == u"port")
                port = value;
            else if (key == u"dbname")
                dbname = value;
            else if (key == u"user")
                user = value;
        }
    }
    QString name = service.isEmpty() ? u"%1_%2_%3"_s.arg(host, port, dbname.isEmpty() ? user : dbname)
                                     : u"service_%1_%2"_s.arg(service, dbname);
    // One file name, whatever the host (a socket folder has slashes).
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]"_s);
    name.replace(unsafe, u"_"_s);
    return folder + u'/' + name;
}

AuditSeals::AuditSeals(const QString& databasePath)
    : m_keyPath(baseOf(databasePath) + u".key"_s), m_sealPath(baseOf(databasePath) + u".seals"_s)
{}

Status AuditSeals::makeFolder() const
{
    const QFileInfo info(m_sealPath);
    if (info.dir().exists())
        return Done{};
    // The seal folder of a PostgreSQL hall: the user's own, like the key in it.
    if (!QDir().mkpath(info.absolutePath()) ||
        !QFile::setPermissions(info.absolutePath(),
                               QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
        return sealError(tr("%1: cannot create the seal folder").arg(info.absolutePath()));
    return Done{};
}

Result<QByteArray> AuditSeals::secretKey(bool create) const
{
    if (sodium_init() < 0)
        return makeError(ErrorKind::Internal, ErrorCode::Sodium, tr("the signing library could not start"));
    QFileInfo info(m_keyPath);
    if (!info.exists()) {
        if (!create)
            return sealError(tr("%1: the hall's signing key is missing").arg(m_keyPath));
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
        QByteArray sk(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(bytes(pk), bytes(sk));
        if (auto st = writePrivateFile(m_keyPath, sk.toHex() + '\n'); !st.ok())
            return st.error();
        return sk;
    }
    // A key others can read lets them sign a rewritten log: refuse to use it rather than vouch with it.
    constexpr auto kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                             QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (info.permissions().testAnyFlags(kOthers))
        return sealError(tr("%1: the signing key may be read by other users; make it readable by the hall's "
                            "user only (chmod 600)")
                             .arg(m_keyPath));
    QFile file(m_keyPath);
    if (!file.open(QIODevice::ReadOnly))
        return sealError(tr("%1: cannot read the signing key: %2").arg(m_keyPath, file.errorString()));
    const QByteArray sk = QByteArray::fromHex(file.read(qint64{4} * crypto_sign_SECRETKEYBYTES).trimmed());
    if (sk.size() != crypto_sign_SECRETKEYBYTES)
        return sealError(tr("%1: not a signing key").arg(m_keyPath));
    return sk;
}

Result<AuditSeal> AuditSeals::seal(QSqlDatabase& db, const QDateTime& at)
{
    auto inspected = AuditLog::inspect(db);
    if (!inspected.ok())
        return inspected.error();
    if (!inspected.value().ok())
        return sealError(
            tr("the audit log is damaged, so it is not sealed: %1").arg(inspected.value().summary()));
    // The seals so far must hold too: a seal after a truncation would hide it.
    if (auto st = check(db, inspected.value()); !st.ok())
        return st.error();
    if (!inspected.value().ok())
        return sealError(tr("the audit log does not match its seals, so it is not sealed: %1")
                             .arg(inspected.value().summary()));
    auto head = AuditLog::head(db);
    if (!head.ok())
        return head.error();
    if (auto st = makeFolder(); !st.ok())
        return st.error();
    auto sk = secretKey(true);
    if (!sk.ok())
        return sk.error();
    const AuditSeal seal{head.value().first, head.value().second, at.toUTC()};
    const QString when = isoTime(seal.at);
    const QByteArray message = signedText(seal.events, seal.head, when);
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), quint64(message.size()),
                         bytes(sk.value()));
    const QByteArray publicKey = sk.value().right(crypto_sign_PUBLICKEYBYTES);
    const QJsonObject line{{u"events"_s, seal.events},
                           {u"head"_s, seal.head},
                           {u"at"_s, when},
                           {u"public_key"_s, QString::fromLatin1(publicKey.toHex())},
                           {u"signature"_s, QString::fromLatin1(signature.toHex())}};
    QFile file(m_sealPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return sealError(tr("%1: cannot write the seal: %2").arg(m_sealPath, file.errorString()));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(bytes) != bytes.size() || !file.flush() || ::fsync(file.handle()) != 0)
        return sealError(tr("%1: cannot write the seal: %2").arg(m_sealPath, file.errorString()));
    return seal;
}

Status AuditSeals::check(QSqlDatabase& db, AuditVerification& into)
{
    QFile file(m_sealPath);
    if (!file.exists())
        return Done{};
    if (!file.open(QIODevice::ReadOnly))
        return sealError(tr("%1: cannot read the seals: %2").arg(m_sealPath, file.errorString()));
    // The hall's key when it is beside the database; a copy (a backup elsewhere) without it is checked
    // against the key its first seal names, which proves less: whoever rewrites the seal file with a key of
    // their own passes that (docs/RELIABILITY.md, "Audit seals").
    QByteArray publicKey;
    if (QFileInfo::exists(m_keyPath)) {
        auto sk = secretKey(false);
        if (!sk.ok()) {
            into.add({AuditDamageKind::BadSeal, 0, 0,
                      tr("the seals cannot be checked: %1").arg(sk.error().message)});
            return Done{};
        }
        publicKey = sk.value().right(crypto_sign_PUBLICKEYBYTES);
    }
    auto head = AuditLog::head(db);
    if (!head.ok())
        return head.error();
    const qint64 newest = head.value().first;
    int lineNumber = 0;
    qint64 sealedBefore = 0;
    qint64 missingFrom = newest + 1; // the first event past the end that no finding names yet
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++lineNumber;
        if (text.isEmpty())
            continue;
        const QJsonObject line = QJsonDocument::fromJson(text).object();
        const qint64 events = line.value(u"events"_s).toInteger(-1);
        const QString sealedHead = line.value(u"head"_s).toString();
        const QString at = line.value(u"at"_s).toString();
        const QByteArray signature = QByteArray::fromHex(line.value(u"signature"_s).toString().toLatin1());
        const QByteArray message = signedText(events, sealedHead, at);
        const QString name = tr("seal %1 (%2)").arg(lineNumber).arg(at.isEmpty() ? tr("no time") : at);
        ++into.seals;
        if (publicKey.isEmpty())
            publicKey = QByteArray::fromHex(line.value(u"public_key"_s).toString().toLatin1());
        if (events < 0 || signature.size() != crypto_sign_BYTES ||
            publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
            crypto_sign_verify_detached(bytes(signature), bytes(message), quint64(message.size()),
                                        bytes(publicKey)) != 0) {
            into.add({AuditDamageKind::BadSeal, 0, 0,
                      tr("%1: its signature does not verify with the hall's key (the seal file was edited)")
                          .arg(name)});
            continue;
        }
        if (events < sealedBefore)
            into.add({AuditDamageKind::BadSeal, 0, 0,
                      tr("%1: counts %2 events, fewer than the seal before it").arg(name).arg(events)});
        sealedBefore = qMax(sealedBefore, events);
        if (events == 0)
            continue;
        if (events > newest) {
            // Each seal past the end names only the events no seal before it named.
            if (events >= missingFrom)
                into.add(
                    {AuditDamageKind::Missing, missingFrom, events,
                     events == missingFrom
                         ? tr("event %1: missing (deleted after %2 sealed it)").arg(missingFrom).arg(name)
                         : tr("events %1 to %2: missing (deleted after %3 sealed them)")
                               .arg(missingFrom)
                               .arg(events)
                               .arg(name)});
            missingFrom = qMax(missingFrom, events + 1);
            continue;
        }
        auto stored = AuditLog::hashAt(db, events);
        if (!stored.ok())
            return stored.error();
        if (!stored.value())
            into.add({AuditDamageKind::Missing, events, events,
                      tr("event %1: missing (deleted; %2 sealed it)").arg(events).arg(name)});
        else if (*stored.value() != sealedHead)
            into.add(
                {AuditDamageKind::BadSeal, events, events,
                 tr("event %1: differs from %2 (the log was rewritten up to here)").arg(events).arg(name)});
    }
    return Done{};
}

Result<AuditVerification> AuditSeals::inspect(Database& db)
{
    auto inspected = AuditLog::inspect(db.sql());
    if (!inspected.ok())
        return inspected.error();
    if (auto st = AuditSeals(db.path()).check(db.sql(), inspected.value()); !st.ok())
        return st.error();
    return inspected.value();
}

Status AuditSeals::copyTo(const QString& backupPath) const
{
    if (!QFile::exists(m_sealPath))
        return Done{};
    const QString target = backupPath + u".seals"_s;
    if (QFile::exists(target))
        return sealError(tr("%1: file already exists; the seals were not copied").arg(target));
    if (!QFile::copy(m_sealPath, target))
        return sealError(tr("%1: cannot copy the seals there").arg(target));
    return Done{};
}

} // namespace antre
