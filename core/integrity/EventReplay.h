#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace antre {

class Database;

// The tickets as their audit events tell them: each ticket's status, service, issue and first call times,
// booth and outcome replayed from the event log, and compared with its row in `tickets`. A row edited
// without its events (no_show made completed, a shorter wait, another service) no longer follows from them.
class EventReplay final
{
    Q_DECLARE_TR_FUNCTIONS(EventReplay)
public:
    explicit EventReplay(Database& db);

    // One text per ticket row that does not follow from its events (at most `shown`), and the total count.
    Result<std::pair<QStringList, qint64>> mismatches(int shown);

private:
    Database& m_db;
};

} // namespace antre
