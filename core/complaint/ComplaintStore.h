#pragma once

#include "core/services/ComplaintService.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace antre {

class Clock;
class ConfigService;
class Database;
struct HallConfig;

// ComplaintService over the hall's database: tables complaints and complaint_notes (schema version 4). The
// configuration (time zone, holidays, SLA days, the codes a complaint may name) is read from the
// ConfigService at each call, so that a configuration imported by another process applies at once.
class ComplaintStore final : public ComplaintService
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintStore)
public:
    ComplaintStore(Database& db, const Clock& clock, ConfigService& configs);
    ~ComplaintStore() override;
    Q_DISABLE_COPY_MOVE(ComplaintStore)

    Result<Complaint> add(const NewComplaint& complaint) override;
    Result<Complaint> update(const QString& reference, const ComplaintUpdate& change) override;
    Result<Complaint> find(const QString& reference) override;
    Result<QList<Complaint>> list(const ComplaintFilter& filter = {}) override;
    Result<ComplaintReport> report(QDate from, QDate to) override;
    Result<ComplaintBacklog> backlog() override;
    Result<QDate> today() override;

    // Tickets older than this many days cannot be named in a complaint.
    static constexpr int kTicketDays = 7;

private:
    // Checks the texts and codes of a new complaint; fills in service, agency and booth from its ticket.
    Status resolve(QSqlDatabase& db, const HallConfig& config, QDate today, NewComplaint& complaint,
                   qint64& ticketId);
    Result<Complaint> findIn(QSqlDatabase& db, const QString& reference, bool withNotes);
    Status apply(QSqlDatabase& db, const HallConfig& config, const Complaint& before,
                 const ComplaintUpdate& change);

    Database& m_db;
    const Clock& m_clock;
    ConfigService& m_configs;
};

} // namespace antre
