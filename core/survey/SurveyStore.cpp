#include "core/survey/SurveyStore.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/Schedule.h"
#include "core/config/TextRules.h"
#include "core/storage/Database.h"
#include "core/survey/IkmReader.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace antre {

struct SurveyStore::Found
{
    SurveyVisit visit;
    QString status;
    qint64 serviceId = 0;
    qint64 agencyId = 0;
    QVariant counterId;
    QVariant staffId;
    bool rated = false;
};

SurveyStore::SurveyStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

SurveyStore::~SurveyStore() = default;

Result<QDate> SurveyStore::today()
{
    auto q = Database::run(m_db.sql(), u"SELECT timezone FROM site"_s);
    if (!q.ok())
        return q.error();
    auto row = Database::nextRow(q.value());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorKind::BadInput, ErrorCode::NotInitialized,
                         tr("The hall is not set up yet (antre init)."));
    return Schedule::businessDay(m_clock.now(), Schedule::zone(q.value().value(0).toString()));
}

Result<SurveyStore::Found> SurveyStore::find(QSqlDatabase& db, const TicketNumber& ticket, QDate businessDay,
                                             Phrasing phrasing)
{
    auto q = Database::run(
        db, uR"(SELECT t.id, t.status, s.code, s.name, a.code, c.code, st.staff_code, t.service_id,
                                      s.agency_id, t.counter_id, t.staff_id,
                                      (SELECT COUNT(*) FROM survey_responses r WHERE r.ticket_id = t.id)
                               FROM tickets t
                               JOIN services s ON s.id = t.service_id
                               JOIN agencies a ON a.id = s.agency_id
                               LEFT JOIN counters c ON c.id = t.counter_id
                               LEFT JOIN staff st ON st.id = t.staff_id
                               WHERE t.business_day = ? AND t.prefix = ? AND t.seq = ?)"_s,
        {businessDay.toString(Qt::ISODate), ticket.prefix(), ticket.sequence()});
    if (!q.ok())
        return q.error();
    auto row = Database::nextRow(q.value());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(
            ErrorKind::BadInput, ErrorCode::UnknownTicket,
            (phrasing == Phrasing::Sentence ? tr("No ticket %1 on %2") : tr("ticket: no ticket %1 on %2"))
                .arg(ticket.toString(), businessDay.toString(Qt::ISODate)));
    const QSqlQuery& r = q.value();
    Found found;
    found.visit.ticketId = r.value(0).toLongLong();
    found.visit.number = ticket;
    found.visit.businessDay = businessDay;
    found.status = r.value(1).toString();
    found.visit.serviceCode = r.value(2).toString();
    found.visit.serviceName = r.value(3).toString();
    found.visit.agencyCode = r.value(4).toString();
    found.visit.counterCode = r.value(5).toString();
    found.visit.staffId = r.value(6).toString();
    found.serviceId = r.value(7).toLongLong();
    found.agencyId = r.value(8).toLongLong();
    found.counterId = r.value(9).isNull() ? QVariant() : QVariant(r.value(9).toLongLong());
    found.staffId = r.value(10).isNull() ? QVariant() : QVariant(r.value(10).toLongLong());
    found.rated = r.value(11).toLongLong() > 0;
    return found;
}

Status SurveyStore::mayRate(const Found& found, QDate today, bool checkAge, Phrasing phrasing) const
{
    const QString ticket = found.visit.number.toString();
    const QString day = found.visit.businessDay.toString(Qt::ISODate);
    const bool sentence = phrasing == Phrasing::Sentence;
    if (found.status != toKey(TicketStatus::Done))
        return makeError(
            ErrorKind::Refused, ErrorCode::TicketNotServed,
            (sentence ? tr("Ticket %1 of %2 was not served (%3): only served tickets can be rated")
                      : tr("ticket: %1 of %2 was not served (%3): only served tickets can be rated"))
                .arg(ticket, day,
                     Labels::status(ticketStatusFromKey(found.status).value_or(TicketStatus::Waiting))));
    if (checkAge &&
        (found.visit.businessDay < today.addDays(-(kRatingDays - 1)) || found.visit.businessDay > today))
        return makeError(
            ErrorKind::Refused, ErrorCode::SurveyTooLate,
            tr("Ticket %1 of %2 is more than %3 days old: only tickets of the last %3 days can be "
               "rated")
                .arg(ticket, day)
                .arg(kRatingDays));
    if (found.rated)
        return makeError(ErrorKind::Refused, ErrorCode::AlreadyRated,
                         (sentence ? tr("Ticket %1 of %2 has already been rated: one response per ticket")
                                   : tr("ticket: %1 of %2 has already been rated: one response per ticket"))
                             .arg(ticket, day));
    return Done{};
}

Result<SurveyVisit> SurveyStore::visit(const TicketNumber& ticket, QDate businessDay)
{
    auto day = today();
    if (!day.ok())
        return day.error();
    auto found = find(m_db.sql(), ticket, businessDay);
    if (!found.ok())
        return found.error();
    if (auto st = mayRate(found.value(), day.value(), true); !st.ok())
        return st.error();
    return found.value().visit;
}

QString SurveyStore::profileProblem(const SurveyProfile& profile, const QString& saran)
{
    const std::pair<SurveyProfileField, QString> fields[] = {
        {SurveyProfileField::Sex, profile.sex},
        {SurveyProfileField::Age, profile.age},
        {SurveyProfileField::Education, profile.education},
        {SurveyProfileField::Occupation, profile.occupation}};
    for (const auto& [field, value] : fields) {
        const QStringList codes = SurveyQuestionnaire::optionCodes(field);
        if (!value.isEmpty() && !codes.contains(value))
            return tr("%1: \"%2\" is not one of %3")
                .arg(SurveyQuestionnaire::fieldCode(field), value, codes.join(u", "_s));
    }
    if (const QString problem = TextRules::problem(saran, TextRules::Kind::Paragraph); !problem.isEmpty())
        return u"saran: "_s + problem;
    // A suggestion of zero-width spaces would be listed as an empty line among the suggestions.
    if (!saran.trimmed().isEmpty())
        if (const QString problem = TextRules::blankProblem(saran); !problem.isEmpty())
            return u"saran: "_s + problem;
    return {};
}

Result<qint64> SurveyStore::insert(QSqlDatabase& db, const StoredSurvey& s, const QDateTime& eventAt)
{
    const auto text = [](const QString& value) { return value.isEmpty() ? QVariant() : QVariant(value); };
    QVariantList args{
        s.ticketId, s.businessDay.toString(Qt::ISODate), s.serviceId,    s.agencyId, s.counterId,
        s.staffId,  s.answeredAt.toMSecsSinceEpoch(),    toKey(s.source)};
    for (const int score : s.answers.scores())
        args << score;
    args << text(s.profile.sex) << text(s.profile.age) << text(s.profile.education)
         << text(s.profile.occupation) << (s.saran.isNull() ? u""_s : s.saran);
    auto q =
        Database::run(db, uR"(INSERT INTO survey_responses (ticket_id, business_day, service_id, agency_id,
                                   counter_id, staff_id, answered_at, source, persyaratan, prosedur, waktu, biaya,
                                   produk, kompetensi, perilaku, pengaduan, sarana, sex, age_band, education,
                                   occupation, saran)
                               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                               RETURNING id)"_s,
                      args);
    if (!q.ok())
        return q.error();
    auto row = Database::nextRow(q.value());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return Database::sqlError(u"recording a survey response"_s, u"no id returned"_s);
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    // Who answered is never known; the event records that a visit was rated, where and for which service.
    const QJsonObject data{{u"response"_s, id},
                           {u"service"_s, s.serviceCode},
                           {u"business_day"_s, s.businessDay.toString(Qt::ISODate)},
                           {u"source"_s, toKey(s.source)}};
    auto appended =
        AuditLog::append(db, eventAt, EventKind::SurveyRecorded, data,
                         s.ticketId.isNull() ? 0 : s.ticketId.toLongLong(), s.counterCode, s.staffCode);
    if (!appended.ok())
        return appended.error();
    return id;
}

Result<qint64> SurveyStore::record(const SurveyResponse& response)
{
    if (!response.ticket.isValid())
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket, tr("No ticket number given"));
    if (const QString problem = response.answers.problem(); !problem.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey, problem);
    if (const QString problem = profileProblem(response.profile, response.saran); !problem.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey, problem);
    auto day = today();
    if (!day.ok())
        return day.error();
    qint64 id = 0;
    const Status written = m_db.write([&](QSqlDatabase& db) -> Status {
        // Read again under the write lock: the ticket's state and whether it was rated are exact here.
        auto found = find(db, response.ticket, response.businessDay);
        if (!found.ok())
            return found.error();
        if (auto st = mayRate(found.value(), day.value(), true); !st.ok())
            return st;
        const Found& f = found.value();
        const StoredSurvey stored{
            f.visit.ticketId, f.visit.businessDay, f.serviceId,         f.agencyId,      f.counterId,
            f.staffId,        f.visit.serviceCode, f.visit.counterCode, f.visit.staffId, m_clock.now(),
            response.source,  response.answers,    response.profile,    response.saran};
        auto inserted = insert(db, stored, m_clock.now());
        if (!inserted.ok())
            return inserted.error();
        id = inserted.value();
        return Done{};
    });
    if (!written.ok())
        return written.error();
    return id;
}

Result<int> SurveyStore::importPaper(const QList<PaperResponse>& rows, const QString& source)
{
    auto day = today();
    if (!day.ok())
        return day.error();
    const auto rowError = [&](const PaperResponse& row, ErrorCode code, const QString& message) {
        return makeError(ErrorKind::BadInput, code,
                         tr("%1: line %2: %3").arg(source).arg(row.line).arg(message));
    };
    int stored = 0;
    const Status written = m_db.write([&](QSqlDatabase& db) -> Status {
        struct ServiceRow
        {
            qint64 id = 0;
            qint64 agencyId = 0;
        };
        QHash<QString, ServiceRow> services;
        auto q = Database::run(db, u"SELECT code, id, agency_id FROM services"_s);
        if (!q.ok())
            return q.error();
        if (auto st =
                Database::forEachRow(q.value(),
                                     [&](const QSqlQuery& r) {
                                         services.insert(r.value(0).toString(),
                                                         {r.value(1).toLongLong(), r.value(2).toLongLong()});
                                     });
            !st.ok())
            return st;
        QSet<qint64> ticketsInFile;
        for (const PaperResponse& row : rows) {
            if (const QString problem = row.answers.problem(); !problem.isEmpty())
                return rowError(row, ErrorCode::BadSurvey, problem);
            if (const QString problem = profileProblem(row.profile, row.saran); !problem.isEmpty())
                return rowError(row, ErrorCode::BadSurvey, problem);
            if (row.date > day.value())
                return rowError(row, ErrorCode::BadSurvey,
                                tr("date: \"%1\" is in the future").arg(row.date.toString(Qt::ISODate)));
            const auto service = services.constFind(row.serviceCode);
            if (service == services.constEnd())
                return rowError(row, ErrorCode::UnknownService,
                                tr("service: \"%1\" is not a service of this hall").arg(row.serviceCode));
            StoredSurvey s{
                {}, row.date, service->id,   service->agencyId,   {},          {},          row.serviceCode,
                {}, {},       m_clock.now(), SurveySource::Paper, row.answers, row.profile, row.saran};
            if (row.ticket) {
                auto found = find(db, *row.ticket, row.date, Phrasing::Column);
                if (!found.ok())
                    return rowError(row, found.error().code, found.error().message);
                const Found& f = found.value();
                if (ticketsInFile.contains(f.visit.ticketId))
                    return rowError(row, ErrorCode::AlreadyRated,
                                    tr("ticket: %1 of %2 is already rated on an earlier line")
                                        .arg(f.visit.number.toString(), row.date.toString(Qt::ISODate)));
                // A paper form is typed in days later: no age limit, but served, once, and for its service.
                if (auto st = mayRate(f, day.value(), false, Phrasing::Column); !st.ok())
                    return rowError(row, st.error().code, st.error().message);
                if (f.visit.serviceCode != row.serviceCode)
                    return rowError(row, ErrorCode::BadSurvey,
                                    tr("ticket: %1 of %2 was for service %3, not %4")
                                        .arg(f.visit.number.toString(), row.date.toString(Qt::ISODate),
                                             f.visit.serviceCode, row.serviceCode));
                ticketsInFile.insert(f.visit.ticketId);
                s.ticketId = f.visit.ticketId;
                s.counterId = f.counterId;
                s.staffId = f.staffId;
                s.counterCode = f.visit.counterCode;
                s.staffCode = f.visit.staffId;
            }
            auto inserted = insert(db, s, m_clock.now());
            if (!inserted.ok())
                return inserted.error();
            ++stored;
        }
        return Done{};
    });
    if (!written.ok())
        return written.error();
    return stored;
}

Result<IkmReport> SurveyStore::ikm(QDate from, QDate to, IkmGrouping by)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorKind::BadInput, ErrorCode::BadPeriod,
                         tr("The period's last day is before its first."));
    return IkmReader(m_db).read(from, to, by);
}

Result<SuggestionPage> SurveyStore::suggestions(QDate from, QDate to, std::optional<int> limit)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return makeError(ErrorKind::BadInput, ErrorCode::BadPeriod,
                         tr("The period's last day is before its first."));
    if (limit && *limit < 1)
        return makeError(ErrorKind::BadInput, ErrorCode::BadNumber,
                         tr("At least one suggestion must be asked for, not %1.").arg(*limit));
    // The count is a subquery of the same statement: one statement reads one snapshot on both databases
    // (a transaction on PostgreSQL, at READ COMMITTED, would not), so the total always covers the rows.
    QString sql = uR"(SELECT r.business_day, s.code, r.saran,
                                 (SELECT COUNT(*) FROM survey_responses c
                                  WHERE c.business_day BETWEEN ? AND ? AND c.saran <> '')
                          FROM survey_responses r
                          JOIN services s ON s.id = r.service_id
                          WHERE r.business_day BETWEEN ? AND ? AND r.saran <> ''
                          ORDER BY r.business_day DESC, r.id DESC)"_s;
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    QVariantList args{first, last, first, last};
    if (limit) {
        sql += u" LIMIT ?"_s;
        args << *limit;
    }
    auto q = Database::run(m_db.sql(), sql, args);
    if (!q.ok())
        return q.error();
    SuggestionPage page;
    if (auto st = Database::forEachRow(q.value(),
                                       [&](const QSqlQuery& r) {
                                           page.newest.append(
                                               {QDate::fromString(r.value(0).toString(), Qt::ISODate),
                                                r.value(1).toString(), r.value(2).toString()});
                                           page.total = r.value(3).toLongLong();
                                       });
        !st.ok())
        return st.error();
    return page;
}

} // namespace antre
