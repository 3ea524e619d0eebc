#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace antre {

class Database;

// Impossible orders in the event log. The engine keeps its events from going back in time (a clock behind
// the newest event gives a clock.skew event and the event's time), but a database written before that rule,
// or edited, may hold a queue event earlier than the one logged before it, a ticket called before it was
// issued, or served or finished before it was called. Only the queue's own events (ticket.*, counter.*) are
// ordered: a configuration import or a staff change made from another PC keeps that PC's time.
class EventOrder final
{
    Q_DECLARE_TR_FUNCTIONS(EventOrder)
public:
    explicit EventOrder(Database& db);

    // One text per event out of order (at most `shown`), "event 12 (A-003 on 2026-11-23): …", and the
    // total count of such events.
    Result<std::pair<QStringList, qint64>> problems(int shown);

private:
    Database& m_db;
};

} // namespace antre
