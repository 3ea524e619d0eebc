#pragma once

#include "core/services/IntegrityService.h"

#include <QCoreApplication>

namespace antre {

class Database;

// IntegrityService over the hall's database: PRAGMA integrity_check, the audit log's hash chain, the
// queue's invariants as queries that return the offending rows, the report summary triggers, the
// report summaries compared with their tickets, the tickets replayed from the audit log, and the log's
// events in an order that could have happened.
class IntegrityCheck final : public IntegrityService
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    explicit IntegrityCheck(Database& db);
    ~IntegrityCheck() override;
    Q_DISABLE_COPY_MOVE(IntegrityCheck)

    QList<IntegrityFinding> check(Mode mode = Mode::ReadOnly) override;

private:
    IntegrityFinding summaries(Mode mode);
    // Every ticket row replayed from its audit events (EventReplay).
    IntegrityFinding replay();
    // Queue events earlier than those logged before them, tickets called before issue (EventOrder).
    IntegrityFinding order();
    // The report summary triggers not in the catalogue, as one problem text (empty when all are there).
    QString missingTriggers();

    Database& m_db;
};

} // namespace antre
