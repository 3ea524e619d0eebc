#pragma once

// Internal to the queue engine: the types and row readers its implementation files share
// (core/QueueEngine.cpp, core/engine/*.cpp). Not part of the core's interface.

#include "core/QueueEngine.h"
#include "core/storage/StatementCache.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace antre {

struct QueueEngine::Now
{
    QDateTime utc;
    qint64 ms = 0;
    QDateTime local;
    QDate today;
    QString todayKey; // YYYY-MM-DD
    qint64 dayStartMs = 0;
};

struct QueueEngine::CounterRow
{
    qint64 id = 0;
    QString code;
    QString name;
    CounterState state = CounterState::Closed;
    qint64 stateRowId = 0;
    qint64 staffRowId = 0; // 0 when opened without an officer
    QString staffCode;
    QString staffName;
    QString reason;
    QDateTime since;
    int priorityStreak = 0;
    QList<qint64> serviceIds;
    QStringList serviceCodes;
};

namespace engine {

// The columns readTicket reads, in its order; a query appends its WHERE clause.
extern const QString kTicketSelect;
// The time of the newest queue event, the floor of the engine's time (keepTimeForward), after SELECT: the
// queue's own events (tickets and booths) set it; a configuration import or a staff change made from the
// office PC before the history it starts does not.
extern const QString kNewestQueueEventTime;

QDateTime fromMs(const QVariant& v);
TicketInfo readTicket(const Statement& q);
// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype n);
QVariantList toVariants(const QList<qint64>& ids);
Error refusalFor(const Availability& availability);
// The identifying fields of a ticket, as its audit events carry them.
QJsonObject ticketJson(const TicketInfo& t);
// A statement's outcome as a Status (the rows are not needed).
Status done(const Result<Statement>& r);
// A statement run for its first row: the statement on that row, nothing when there is none, or the error of
// the run or of the read.
Result<std::optional<Statement>> firstRow(Result<Statement> run);
// The first ticket of kTicketSelect + where, or nothing; the statement is reset before this returns.
Result<std::optional<TicketInfo>> firstTicket(StatementCache& statements, const QString& where,
                                              const QVariantList& args);

} // namespace engine
} // namespace antre
