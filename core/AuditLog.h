#pragma once

#include "core/Result.h"
#include "core/audit/EventKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace antre {

class StatementCache;

struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;                  // UTC
    std::optional<EventKind> kind; // nothing for a kind no release of Antre writes (a forged or foreign row)
    QString kindText;              // as stored, e.g. "ticket.issued"
    qint64 ticketId = 0;
    QString counterCode;
    QString staffId;
    QJsonObject data;
    QString hash;
};

// What is wrong with an event (or a run of events) of the log.
enum class AuditDamageKind
{
    Edited,     // its content does not match its hash
    Missing,    // no event with this number (deleted), or fewer events than a seal counts
    OutOfOrder, // its content hashes under another number: renumbered or moved
    BadLink,    // it does not follow the event before it (one inserted, or the one before rewritten)
    BadSeal,    // a seal that does not verify, or does not match the log
};

struct AuditDamage
{
    AuditDamageKind kind = AuditDamageKind::Edited;
    qint64 event = 0;     // the first damaged event's number (0 for a seal that cannot be read)
    qint64 lastEvent = 0; // the last one of a run of missing events; event otherwise
    QString message;      // "event 4: content does not match its hash (edited)"
};

// The whole log checked: every damaged event, the first kListed of them listed.
struct AuditVerification
{
    static constexpr int kListed = 50;

    qint64 events = 0;  // events read
    qint64 damaged = 0; // damaged events, listed or not
    QList<AuditDamage> listed;
    int seals = 0; // seals checked (AuditSeals)

    bool ok() const { return damaged == 0; }
    void add(const AuditDamage& damage);
    // The first few damages and the total, as one line for a finding or an error message.
    QString summary() const;
};

// Append-only, hash-chained event log: hash = SHA-256(previous hash | canonical event). Editing,
// deleting or reordering any event breaks the chain from that event on.
class AuditLog final
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // Must be called inside the caller's write transaction, so that the event commits with the change.
    static Result<qint64> append(QSqlDatabase& db, const QDateTime& at, EventKind kind,
                                 const QJsonObject& data, qint64 ticketId = 0,
                                 const QString& counterCode = {}, const QString& staffId = {});
    // The same with the connection's prepared statements (a writer that appends on every action).
    static Result<qint64> append(StatementCache& statements, const QDateTime& at, EventKind kind,
                                 const QJsonObject& data, qint64 ticketId = 0,
                                 const QString& counterCode = {}, const QString& staffId = {});
    // The same after a head (the newest event's number and stored hash; 0 for an empty log) the caller read
    // in this transaction, under its write lock, with nothing appended since: one statement fewer, for an
    // issue on a server, which reads the head with the ticket's other reads.
    static Result<qint64> appendAfter(StatementCache& statements, const std::pair<qint64, QString>& head,
                                      const QDateTime& at, EventKind kind, const QJsonObject& data,
                                      qint64 ticketId = 0, const QString& counterCode = {},
                                      const QString& staffId = {});
    // Number of events when the whole chain verifies; otherwise Refused naming the first bad events.
    static Result<qint64> verify(QSqlDatabase& db);
    // Every event checked against its hash and its predecessor; an error only when the log cannot be read.
    static Result<AuditVerification> inspect(QSqlDatabase& db);
    // The newest event's number and stored hash (0 and the genesis hash for an empty log).
    static Result<std::pair<qint64, QString>> head(QSqlDatabase& db);
    // The stored hash of event id, or nothing when there is no such event.
    static Result<std::optional<QString>> hashAt(QSqlDatabase& db, qint64 id);
    static Result<QList<AuditEvent>> forTicket(QSqlDatabase& db, qint64 ticketId);
    // Events in [fromUtc, toUtc), oldest first; of the given kinds only, unless kinds is empty.
    static Result<QList<AuditEvent>> range(QSqlDatabase& db, const QDateTime& fromUtc, const QDateTime& toUtc,
                                           const QList<EventKind>& kinds = {});
};

} // namespace antre
