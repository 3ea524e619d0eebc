#include "core/engine/EngineParts.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::engine {

const QString kTicketSelect =
    uR"(SELECT t.id, t.business_day, t.prefix, t.seq, s.code, s.name, os.code, t.status,
        t.priority, t.transferred, t.issued_at, t.queued_at, t.first_called_at, t.called_at, t.serving_at,
        t.finished_at, c.code, st.staff_code, t.outcome, t.recall_count
    FROM tickets t
    JOIN services s ON s.id = t.service_id
    JOIN services os ON os.id = t.original_service_id
    LEFT JOIN counters c ON c.id = t.counter_id
    LEFT JOIN staff st ON st.id = t.staff_id )"_s;

const QString kNewestQueueEventTime =
    u"at FROM events WHERE kind LIKE 'ticket.%' OR kind LIKE 'counter.%' ORDER BY id DESC LIMIT 1"_s;

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

TicketInfo readTicket(const Statement& q)
{
    TicketInfo t;
    t.id = q.value(0).toLongLong();
    t.businessDay = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.number = TicketNumber(q.value(2).toString(), q.value(3).toInt());
    t.serviceCode = q.value(4).toString();
    t.serviceName = q.value(5).toString();
    t.originalServiceCode = q.value(6).toString();
    t.status = ticketStatusFromKey(q.value(7).toString()).value_or(TicketStatus::Waiting);
    t.priority = q.value(8).toInt() != 0;
    t.transferred = q.value(9).toInt() != 0;
    t.issuedAt = fromMs(q.value(10));
    t.queuedAt = fromMs(q.value(11));
    t.firstCalledAt = fromMs(q.value(12));
    t.calledAt = fromMs(q.value(13));
    t.servingAt = fromMs(q.value(14));
    t.finishedAt = fromMs(q.value(15));
    t.counterCode = q.value(16).toString();
    t.staffId = q.value(17).toString();
    if (!q.value(18).isNull())
        t.outcome = outcomeFromKey(q.value(18).toString());
    t.recallCount = q.value(19).toInt();
    return t;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", ");
}

QVariantList toVariants(const QList<qint64>& ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list << id;
    return list;
}

Error refusalFor(const Availability& availability)
{
    return makeError(ErrorKind::Refused, availability.refusalCode(), availability.reason());
}

QJsonObject ticketJson(const TicketInfo& t)
{
    return {{u"ticket"_s, t.number.toString()},
            {u"service"_s, t.serviceCode},
            {u"day"_s, t.businessDay.toString(Qt::ISODate)}};
}

Status done(const Result<Statement>& r)
{
    return r.ok() ? Status(Done{}) : Status(r.error());
}

Result<std::optional<Statement>> firstRow(Result<Statement> run)
{
    if (!run.ok())
        return run.error();
    const auto row = run.value().step();
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Statement>();
    return std::optional<Statement>(std::move(run).value());
}

Result<std::optional<TicketInfo>> firstTicket(StatementCache& statements, const QString& where,
                                              const QVariantList& args)
{
    auto row = firstRow(statements.run(kTicketSelect + where, args));
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<TicketInfo>();
    return std::optional<TicketInfo>(readTicket(*row.value()));
}

} // namespace antre::engine
