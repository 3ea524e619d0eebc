#pragma once

#include "core/AuditLog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace antre {

class Database;

// One seal: the log's head at a moment, signed with the hall's key.
struct AuditSeal
{
    qint64 events = 0; // the newest event's number
    QString head;      // its stored hash
    QDateTime at;      // UTC
};

// Anchors of the audit log outside the database. A seal records the log's head (event count and hash, time),
// signed with the hall's Ed25519 key (libsodium crypto_sign), as one JSON line appended to the seal file
// beside the database (hall.db.seals). The key is a file beside it too (hall.db.key), made on the first seal
// with mode 0600 and refused when others may read it. Whoever rewrites or truncates the log before the last
// seal cannot make the sealed head match again without the key; what changed after the last seal, and
// anything done by someone who holds the key, is not found (docs/RELIABILITY.md, "Audit seals").
// A PostgreSQL hall has no file to put them beside: they are kept in the seal folder of the computer that
// seals (ANTRE_SEAL_DIR, else the user's data folder's antre/seals), named by server, port and database
// (docs/ARCHITECTURE.md, "PostgreSQL").
class AuditSeals final
{
    Q_DECLARE_TR_FUNCTIONS(AuditSeals)
public:
    explicit AuditSeals(const QString& databasePath);

    QString keyPath() const { return m_keyPath; }
    QString sealPath() const { return m_sealPath; }

    // Seals the log's current head at `at`; refused when the log is damaged (a seal would vouch for it).
    Result<AuditSeal> seal(QSqlDatabase& db, const QDateTime& at);
    // Checks every seal of the file against the log: its signature, and the sealed head against the event
    // of that number. Adds what is wrong to `into` and counts the seals checked.
    Status check(QSqlDatabase& db, AuditVerification& into);
    // The log checked against its hash chain and against every seal.
    static Result<AuditVerification> inspect(Database& db);
    // Copies the seal file beside a backup (backupPath + ".seals"); nothing when there is no seal yet.
    Status copyTo(const QString& backupPath) const;

    // The key's and the seals' path without their ending (".key", ".seals").
    static QString baseOf(const QString& databasePath);

private:
    Status makeFolder() const;
    Result<QByteArray> secretKey(bool create) const;

    QString m_keyPath;
    QString m_sealPath;
};

} // namespace antre
