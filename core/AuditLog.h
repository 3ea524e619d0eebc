#pragma once

#include "Result.h"
#include "audit/EventKind.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

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
    // Number of events when the whole chain verifies; otherwise Refused naming the first bad event.
    static Result<qint64> verify(QSqlDatabase& db);
    static Result<QList<AuditEvent>> forTicket(QSqlDatabase& db, qint64 ticketId);
    // Events in [fromUtc, toUtc), oldest first; of the given kinds only, unless kinds is empty.
    static Result<QList<AuditEvent>> range(QSqlDatabase& db, const QDateTime& fromUtc, const QDateTime& toUtc,
                                           const QList<EventKind>& kinds = {});
};

} // namespace antre
