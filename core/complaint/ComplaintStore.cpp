#include "core/complaint/ComplaintStore.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/HallConfig.h"
#include "core/Schedule.h"
#include "core/Types.h"
#include "core/complaint/ComplaintRules.h"
#include "core/config/TextRules.h"
#include "core/services/ConfigService.h"
#include "core/storage/Database.h"

#include <QJsonObject>

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

const QString kColumns =
    uR"(id, reference, year, seq, received_at, received_day, channel, lapor_id, category, body, contact,
        agency_code, service_code, counter_code, ticket_id, ticket_number, sla_class, due_day, status,
        reject_reason, assigned_agency, assigned_staff, answer, answered_at, answered_day, closed_at,
        updated_at)"_s;

QDateTime utc(const QVariant& ms)
{
    return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

Complaint complaintOf(const QSqlQuery& row)
{
    Complaint c;
    c.id = row.value(0).toLongLong();
    c.reference = row.value(1).toString();
    c.year = row.value(2).toInt();
    c.seq = row.value(3).toInt();
    c.receivedAt = utc(row.value(4));
    c.receivedDay = QDate::fromString(row.value(5).toString(), Qt::ISODate);
    c.channel = complaintChannelFromKey(row.value(6).toString()).value_or(ComplaintChannel::DatangLangsung);
    c.laporId = row.value(7).toString();
    c.category = complaintCategoryFromKey(row.value(8).toString()).value_or(ComplaintCategory::Lainnya);
    c.text = row.value(9).toString();
    c.contact = row.value(10).toString();
    c.agency = row.value(11).toString();
    c.service = row.value(12).toString();
    c.counter = row.value(13).toString();
    c.ticketId = row.value(14).toLongLong();
    c.ticket = row.value(15).toString();
    c.sla = slaClassFromKey(row.value(16).toString()).value_or(SlaClass::Sedang);
    c.dueDay = QDate::fromString(row.value(17).toString(), Qt::ISODate);
    c.status = complaintStatusFromKey(row.value(18).toString()).value_or(ComplaintStatus::Diterima);
    c.rejectReason = row.value(19).toString();
    c.assignedAgency = row.value(20).toString();
    c.assignedStaff = row.value(21).toString();
    c.answer = row.value(22).toString();
    c.answeredAt = utc(row.value(23));
    c.answeredDay = QDate::fromString(row.value(24).toString(), Qt::ISODate);
    c.closedAt = utc(row.value(25));
    c.updatedAt = utc(row.value(26));
    return c;
}

Error textError(const QString& field, const QString& problem)
{
    return makeError(ErrorKind::BadInput, ErrorCode::BadText, field + u": "_s + problem);
}

// The rule of its kind, and for a required text, something in it that can be seen. An optional text that
// is not just white space must have something visible too: a note or a reason of zero-width spaces would
// pass for one while saying nothing.
Status checkText(const QString& field, const QString& text, TextRules::Kind kind, bool required = false)
{
    if (const QString problem = TextRules::problem(text, kind); !problem.isEmpty())
        return textError(field, problem);
    if (required || !text.trimmed().isEmpty())
        if (const QString problem = TextRules::blankProblem(text); !problem.isEmpty())
            return textError(field, problem);
    return Done{};
}

Error refused(const QString& message)
{
    return makeError(ErrorKind::Refused, ErrorCode::IllegalTransition, message);
}

QDate todayOf(const HallConfig& config, const QDateTime& now)
{
    return Schedule::businessDay(now, Schedule::zone(config.site.timezone));
}

Result<QList<Complaint>> readAll(QSqlDatabase& db, const QString& where, const QVariantList& args)
{
    auto q = Database::run(db, u"SELECT "_s + kColumns + u" FROM complaints "_s + where, args);
    if (!q.ok())
        return q.error();
    QList<Complaint> complaints;
    if (auto s = Database::forEachRow(q.value(),
                                      [&](const QSqlQuery& row) { complaints.append(complaintOf(row)); });
        !s.ok())
        return s.error();
    return complaints;
}

} // namespace

ComplaintStore::ComplaintStore(Database& db, const Clock& clock, ConfigService& configs)
    : m_db(db), m_clock(clock), m_configs(configs)
{}

ComplaintStore::~ComplaintStore() = default;

Result<QDate> ComplaintStore::today()
{
    auto config = m_configs.load();
    if (!config.ok())
        return config.error();
    return todayOf(config.value(), m_clock.now());
}

Status ComplaintStore::resolve(QSqlDatabase& db, const HallConfig& config, QDate today, NewComplaint& c,
                               qint64& ticketId)
{
    if (auto s = checkText(u"text"_s, c.text, TextRules::Kind::Paragraph, true); !s.ok())
        return s;
    if (auto s = checkText(u"contact"_s, c.contact, TextRules::Kind::Line); !s.ok())
        return s;
    if (c.channel == ComplaintChannel::Lapor) {
        if (auto s = checkText(u"lapor-id"_s, c.laporId, TextRules::Kind::Code); !s.ok())
            return s;
    } else if (!c.laporId.isEmpty()) {
        return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                         tr("lapor-id: a SP4N-LAPOR! tracking number goes with the channel lapor"));
    }
    for (const auto& [field, code] : {std::pair{u"ticket"_s, c.ticket}, std::pair{u"service"_s, c.service},
                                      std::pair{u"agency"_s, c.agency}, std::pair{u"counter"_s, c.counter}})
        if (!code.isEmpty())
            if (auto s = checkText(field, code, TextRules::Kind::Code); !s.ok())
                return s;
    ticketId = 0;
    if (!c.ticket.isEmpty()) {
        const auto number = TicketNumber::parse(c.ticket);
        if (!number)
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket,
                             tr("ticket: \"%1\" is not a ticket number like A-001").arg(c.ticket));
        const QDate first = c.ticketDay.isValid() ? c.ticketDay : today.addDays(-(kTicketDays - 1));
        const QDate last = c.ticketDay.isValid() ? c.ticketDay : today;
        auto q = Database::run(
            db, uR"(SELECT t.id, s.code, a.code, COALESCE(c.code, ''), o.code, t.business_day FROM tickets t
                                       JOIN services s ON s.id = t.service_id
                                       JOIN services o ON o.id = t.original_service_id
                                       JOIN agencies a ON a.id = s.agency_id
                                       LEFT JOIN counters c ON c.id = t.counter_id
                                       WHERE t.prefix = ? AND t.seq = ? AND t.business_day >= ?
                                         AND t.business_day <= ?
                                       ORDER BY t.business_day DESC LIMIT 1)"_s,
            {number->prefix(), number->sequence(), first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
        if (!q.ok())
            return q.error();
        auto row = Database::nextRow(q.value());
        if (!row.ok())
            return row.error();
        if (!row.value())
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket,
                             c.ticketDay.isValid()
                                 ? tr("ticket: no ticket %1 on %2")
                                       .arg(number->toString(), c.ticketDay.toString(Qt::ISODate))
                                 : tr("ticket: no ticket %1 in the last %2 days")
                                       .arg(number->toString())
                                       .arg(kTicketDays));
        ticketId = q.value().value(0).toLongLong();
        c.ticket = number->toString();
        // A complaint names the ticket's service, or the one it was first issued for (before a transfer): any
        // other is a slip that would count the complaint against the wrong service.
        const QString ticketService = q.value().value(1).toString();
        const QString firstService = q.value().value(4).toString();
        if (!c.service.isEmpty() && c.service != ticketService && c.service != firstService)
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownService,
                             tr("service: ticket %1 of %2 was for service %3, not %4")
                                 .arg(c.ticket, q.value().value(5).toString(), ticketService, c.service));
        if (c.service.isEmpty())
            c.service = q.value().value(1).toString();
        if (c.counter.isEmpty())
            c.counter = q.value().value(3).toString();
    }
    if (!c.service.isEmpty()) {
        const ServiceConfig* service = config.service(c.service);
        if (!service)
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownService,
                             tr("service: unknown service %1").arg(TextRules::quoted(c.service)));
        if (c.agency.isEmpty())
            c.agency = service->agency;
    }
    if (!c.agency.isEmpty() && !config.agency(c.agency))
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownAgency,
                         tr("agency: unknown agency %1").arg(TextRules::quoted(c.agency)));
    if (!c.counter.isEmpty() && !config.counter(c.counter))
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter,
                         tr("counter: unknown counter %1").arg(TextRules::quoted(c.counter)));
    return Done{};
}

Result<Complaint> ComplaintStore::add(const NewComplaint& complaint)
{
    auto config = m_configs.load();
    if (!config.ok())
        return config.error();
    const HallConfig& hall = config.value();
    QString reference;
    const Status written = m_db.write([&](QSqlDatabase& db) -> Status {
        // The time is read inside the transaction: references follow the order of receipt.
        const QDateTime now = m_clock.now();
        const QDate today = todayOf(hall, now);
        NewComplaint c = complaint;
        qint64 ticketId = 0;
        if (auto s = resolve(db, hall, today, c, ticketId); !s.ok())
            return s;
        const SlaClass sla = c.sla.value_or(ComplaintRules::defaultSla(c.category));
        const QDate due = WorkingCalendar(hall.site.holidays)
                              .addWorkingDays(today, ComplaintRules::slaDays(hall.site.complaintSla, sla));
        // Gapless per year: the next number is read under the write lock, which every writer takes first.
        auto q = Database::run(db, u"SELECT COALESCE(MAX(seq), 0) + 1 FROM complaints WHERE year = ?"_s,
                               {today.year()});
        if (!q.ok())
            return q.error();
        auto row = Database::nextRow(q.value());
        if (!row.ok())
            return row.error();
        const int seq = row.value() ? q.value().value(0).toInt() : 1;
        q.value().finish();
        reference = ComplaintRules::reference(today.year(), seq);
        const qint64 nowMs = now.toMSecsSinceEpoch();
        auto inserted = Database::run(
            db,
            uR"(INSERT INTO complaints (year, seq, reference, received_at, received_day, channel, lapor_id,
                        category, body, contact, agency_code, service_code, counter_code, ticket_id, ticket_number,
                        sla_class, due_day, status, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s,
            {today.year(), seq, reference, nowMs, today.toString(Qt::ISODate), toKey(c.channel), c.laporId,
             toKey(c.category), c.text, c.contact.trimmed(), c.agency, c.service, c.counter,
             ticketId ? QVariant(ticketId) : QVariant(), c.ticket, toKey(sla), due.toString(Qt::ISODate),
             toKey(ComplaintStatus::Diterima), nowMs});
        if (!inserted.ok())
            return inserted.error();
        // The text and contact stay in the complaint's row: the audit log keeps what happened, not what a
        // citizen wrote about themselves.
        QJsonObject data{{u"reference"_s, reference},
                         {u"channel"_s, toKey(c.channel)},
                         {u"category"_s, toKey(c.category)},
                         {u"sla"_s, toKey(sla)},
                         {u"due"_s, due.toString(Qt::ISODate)}};
        for (const auto& [key, value] :
             {std::pair{u"lapor_id"_s, c.laporId}, std::pair{u"agency"_s, c.agency},
              std::pair{u"service"_s, c.service}, std::pair{u"counter"_s, c.counter},
              std::pair{u"ticket"_s, c.ticket}})
            if (!value.isEmpty())
                data.insert(key, value);
        auto e = AuditLog::append(db, now, EventKind::ComplaintReceived, data, 0, c.counter, c.actorId);
        return e.ok() ? Status(Done{}) : Status(e.error());
    });
    if (!written.ok())
        return written.error();
    return find(reference);
}

Result<Complaint> ComplaintStore::findIn(QSqlDatabase& db, const QString& reference, bool withNotes)
{
    auto found = readAll(db, u"WHERE reference = ?"_s, {reference.trimmed().toUpper()});
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownComplaint,
                         tr("no complaint %1").arg(TextRules::quoted(reference)));
    Complaint c = found.value().first();
    if (withNotes) {
        auto q = Database::run(db, uR"(SELECT at, staff_id, status, note FROM complaint_notes
                                       WHERE complaint_id = ? ORDER BY id)"_s,
                               {c.id});
        if (!q.ok())
            return q.error();
        if (auto s = Database::forEachRow(
                q.value(),
                [&](const QSqlQuery& row) {
                    c.notes.append(ComplaintNote{
                        utc(row.value(0)), row.value(1).toString(),
                        complaintStatusFromKey(row.value(2).toString()).value_or(ComplaintStatus::Diterima),
                        row.value(3).toString()});
                });
            !s.ok())
            return s.error();
    }
    return c;
}

Result<Complaint> ComplaintStore::find(const QString& reference)
{
    return findIn(m_db.sql(), reference, true);
}

Result<Complaint> ComplaintStore::update(const QString& reference, const ComplaintUpdate& change)
{
    auto config = m_configs.load();
    if (!config.ok())
        return config.error();
    QString found;
    const Status written = m_db.write([&](QSqlDatabase& db) -> Status {
        auto before = findIn(db, reference, false);
        if (!before.ok())
            return before.error();
        found = before.value().reference;
        return apply(db, config.value(), before.value(), change);
    });
    if (!written.ok())
        return written.error();
    return find(found);
}

Status ComplaintStore::apply(QSqlDatabase& db, const HallConfig& config, const Complaint& before,
                             const ComplaintUpdate& change)
{
    const QString note = change.note.trimmed();
    if (auto s = checkText(u"note"_s, change.note, TextRules::Kind::Paragraph); !s.ok())
        return s;
    if (change.answer)
        if (auto s = checkText(u"answer"_s, *change.answer, TextRules::Kind::Paragraph, true); !s.ok())
            return s;
    if (change.assignStaff)
        if (auto s = checkText(u"assign"_s, *change.assignStaff, TextRules::Kind::Code); !s.ok())
            return s;
    if (change.assignAgency)
        if (auto s = checkText(u"agency"_s, *change.assignAgency, TextRules::Kind::Code); !s.ok())
            return s;

    const ComplaintStatus from = before.status;
    const ComplaintStatus to = change.status.value_or(from);
    const bool moves = to != from;
    const bool assigns = change.assignStaff || change.assignAgency;
    if (!moves && note.isEmpty() && !assigns && !change.answer && !change.sla)
        return makeError(ErrorKind::NothingToDo, ErrorCode::IllegalTransition,
                         tr("%1 is already %2; nothing to change").arg(before.reference, toKey(from)));
    if (ComplaintRules::isFinal(from) && (moves || assigns || change.answer || change.sla))
        return refused(
            tr("%1 is %2: a closed complaint only takes notes").arg(before.reference, toKey(from)));
    if (moves && !ComplaintRules::canMove(from, to)) {
        QStringList next;
        for (const ComplaintStatus s : ComplaintRules::nextStatuses(from))
            next.append(toKey(s));
        return refused(tr("%1 cannot go from %2 to %3 (next: %4)")
                           .arg(before.reference, toKey(from), toKey(to), next.join(u", "_s)));
    }
    if (to == ComplaintStatus::Ditolak && note.isEmpty())
        return refused(tr("a rejected complaint needs its reason (--note)"));
    if (change.answer && to != ComplaintStatus::Dijawab)
        return refused(tr("the answer is given with the status dijawab"));
    if (moves && to == ComplaintStatus::Dijawab && !change.answer && before.answer.isEmpty())
        return refused(tr("an answered complaint needs the answer given to the citizen (--answer)"));
    if (change.sla && (before.answeredAt.isValid() || to == ComplaintStatus::Dijawab))
        return refused(tr("the SLA class of an answered complaint does not change"));

    Complaint after = before;
    after.status = to;
    if (change.assignAgency) {
        if (!config.agency(*change.assignAgency))
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownAgency,
                             tr("agency: unknown agency %1").arg(TextRules::quoted(*change.assignAgency)));
        after.assignedAgency = *change.assignAgency;
    }
    if (change.assignStaff) {
        auto q = Database::run(db, u"SELECT count(*) FROM staff WHERE staff_code = ? AND active = 1"_s,
                               {*change.assignStaff});
        if (!q.ok())
            return q.error();
        auto row = Database::nextRow(q.value());
        if (!row.ok())
            return row.error();
        if (!row.value() || q.value().value(0).toInt() == 0)
            return makeError(
                ErrorKind::BadInput, ErrorCode::UnknownStaff,
                tr("assign: no active staff member %1").arg(TextRules::quoted(*change.assignStaff)));
        after.assignedStaff = *change.assignStaff;
        if (after.assignedAgency.isEmpty())
            after.assignedAgency = before.agency;
    }
    const QDateTime now = m_clock.now();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QDate today = todayOf(config, now);
    if (change.answer)
        after.answer = change.answer->trimmed();
    if (to == ComplaintStatus::Dijawab && !before.answeredAt.isValid()) {
        after.answeredAt = now;
        after.answeredDay = today;
    }
    if (to == ComplaintStatus::Ditolak)
        after.rejectReason = note;
    if (ComplaintRules::isFinal(to) && !ComplaintRules::isFinal(from))
        after.closedAt = now;
    if (change.sla) {
        after.sla = *change.sla;
        after.dueDay = WorkingCalendar(config.site.holidays)
                           .addWorkingDays(before.receivedDay,
                                           ComplaintRules::slaDays(config.site.complaintSla, after.sla));
    }

    auto updated = Database::run(
        db, uR"(UPDATE complaints SET status = ?, reject_reason = ?, assigned_agency = ?, assigned_staff = ?,
                    answer = ?, answered_at = ?, answered_day = ?, closed_at = ?, sla_class = ?, due_day = ?,
                    updated_at = ? WHERE id = ?)"_s,
        {toKey(after.status), after.rejectReason, after.assignedAgency, after.assignedStaff, after.answer,
         after.answeredAt.isValid() ? QVariant(after.answeredAt.toMSecsSinceEpoch()) : QVariant(),
         after.answeredDay.isValid() ? after.answeredDay.toString(Qt::ISODate) : QString(u""_s),
         after.closedAt.isValid() ? QVariant(after.closedAt.toMSecsSinceEpoch()) : QVariant(),
         toKey(after.sla), after.dueDay.toString(Qt::ISODate), nowMs, before.id});
    if (!updated.ok())
        return updated.error();
    if (!note.isEmpty()) {
        auto r = Database::run(db, uR"(INSERT INTO complaint_notes (complaint_id, at, staff_id, status, note)
                                       VALUES (?, ?, ?, ?, ?))"_s,
                               {before.id, nowMs, change.actorId, toKey(to), note});
        if (!r.ok())
            return r.error();
    }

    // One event per kind of change, all in this transaction.
    const QString ref = before.reference;
    QList<std::pair<EventKind, QJsonObject>> events;
    if (change.sla && after.sla != before.sla)
        events.append({EventKind::ComplaintReclassified,
                       {{u"reference"_s, ref},
                        {u"from"_s, toKey(before.sla)},
                        {u"to"_s, toKey(after.sla)},
                        {u"due"_s, after.dueDay.toString(Qt::ISODate)}}});
    if (assigns)
        events.append({EventKind::ComplaintAssigned,
                       {{u"reference"_s, ref},
                        {u"agency"_s, after.assignedAgency},
                        {u"staff"_s, after.assignedStaff}}});
    if (change.answer)
        events.append({EventKind::ComplaintAnswered, {{u"reference"_s, ref}, {u"answer"_s, after.answer}}});
    if (moves) {
        QJsonObject data{{u"reference"_s, ref}, {u"from"_s, toKey(from)}, {u"to"_s, toKey(to)}};
        if (to == ComplaintStatus::Ditolak)
            data.insert(u"reason"_s, note);
        events.append({EventKind::ComplaintStatusChanged, data});
    } else if (!note.isEmpty()) {
        events.append({EventKind::ComplaintNoted, {{u"reference"_s, ref}, {u"note"_s, note}}});
    }
    if (moves && to != ComplaintStatus::Ditolak && !note.isEmpty())
        events.append({EventKind::ComplaintNoted, {{u"reference"_s, ref}, {u"note"_s, note}}});
    for (const auto& [kind, data] : events)
        if (auto e = AuditLog::append(db, now, kind, data, 0, {}, change.actorId); !e.ok())
            return e.error();
    return Done{};
}

Result<QList<Complaint>> ComplaintStore::list(const ComplaintFilter& filter)
{
    QString where;
    QVariantList args;
    QStringList conditions;
    if (filter.status) {
        conditions.append(u"status = ?"_s);
        args.append(toKey(*filter.status));
    }
    if (filter.openOnly || filter.overdueOnly)
        conditions.append(u"status NOT IN ('selesai', 'ditolak')"_s);
    QDate today;
    if (filter.overdueOnly) {
        auto day = this->today();
        if (!day.ok())
            return day.error();
        today = day.value();
        conditions.append(u"status IN ('diterima', 'diverifikasi', 'ditindaklanjuti') AND due_day < ?"_s);
        args.append(today.toString(Qt::ISODate));
    }
    if (!conditions.isEmpty())
        where = u"WHERE "_s + conditions.join(u" AND "_s) + u' ';
    return readAll(m_db.sql(), where + u"ORDER BY year DESC, seq DESC"_s, args);
}

Result<ComplaintReport> ComplaintStore::report(QDate from, QDate to)
{
    auto day = today();
    if (!day.ok())
        return day.error();
    auto complaints =
        readAll(m_db.sql(), u"WHERE received_day >= ? AND received_day <= ? ORDER BY year, seq"_s,
                {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    if (!complaints.ok())
        return complaints.error();
    return ComplaintReportBuilder::build(complaints.value(), from, to, day.value());
}

Result<ComplaintBacklog> ComplaintStore::backlog()
{
    auto day = today();
    if (!day.ok())
        return day.error();
    auto open = list({std::nullopt, false, true});
    if (!open.ok())
        return open.error();
    ComplaintBacklog backlog;
    for (const Complaint& c : open.value()) {
        ++backlog.open;
        if (c.isOverdue(day.value())) {
            ++backlog.overdue;
            backlog.overdueComplaints.append(c);
        }
    }
    std::sort(backlog.overdueComplaints.begin(), backlog.overdueComplaints.end(),
              [](const Complaint& a, const Complaint& b) {
                  return std::tie(a.dueDay, a.year, a.seq) < std::tie(b.dueDay, b.year, b.seq);
              });
    return backlog;
}

} // namespace antre
