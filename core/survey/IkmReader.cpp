#include "core/survey/IkmReader.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// Both statements read an index alone, each holding every column its statement needs (schema version 7):
// survey_responses_day and the served tickets' tickets_served. Grouped first by the index's own columns up to
// the key, a day's rows come in the index's order and need no sorting; only the few rows that makes per day
// are then grouped by the key. (Sorting a year's 200,000 responses and 250,000 tickets by service was most of
// a year's IKM, four times a scan of the table: docs/PERFORMANCE.md §8.)
const QStringList kResponsesIndex{u"business_day"_s, u"service_id"_s, u"agency_id"_s, u"counter_id"_s,
                                  u"staff_id"_s};
const QStringList kServedIndex{u"business_day"_s, u"service_id"_s, u"counter_id"_s, u"staff_id"_s};

struct Grouping
{
    QString responseKey;   // column of survey_responses, empty for the whole hall
    QString ticketKey;     // column of tickets
    QString names;         // SELECT id, code, name of the grouped things
    bool byAgency = false; // tickets have no agency: their services' is joined to the day's groups
};

Grouping groupingOf(IkmGrouping by)
{
    switch (by) {
    case IkmGrouping::None:
        break;
    case IkmGrouping::Service:
        return {u"service_id"_s, u"service_id"_s, u"SELECT id, code, name FROM services"_s};
    case IkmGrouping::Agency:
        return {u"agency_id"_s, u"service_id"_s, u"SELECT id, code, name FROM agencies"_s, true};
    case IkmGrouping::Counter:
        return {u"counter_id"_s, u"counter_id"_s, u"SELECT id, code, name FROM counters"_s};
    case IkmGrouping::Staff:
        return {u"staff_id"_s, u"staff_id"_s, u"SELECT id, staff_code, name FROM staff"_s};
    }
    return {};
}

// The GROUP BY of a day's rows in `index`'s order, up to and including `key`.
QString dayGroups(const QStringList& index, const QString& key)
{
    return index.mid(0, index.indexOf(key) + 1).join(u", "_s);
}

QString responsesSql(const Grouping& g)
{
    QString sums;
    QString sumsOfDays;
    for (const QString& code : SurveyQuestionnaire::codes()) {
        sums += u", SUM(%1) AS %1"_s.arg(code);
        sumsOfDays += u", SUM(%1)"_s.arg(code);
    }
    const QString period = u"FROM survey_responses WHERE business_day BETWEEN ? AND ?"_s;
    if (g.responseKey.isEmpty())
        return u"SELECT 0, COUNT(*)%1 %2"_s.arg(sums, period);
    return u"SELECT k, SUM(n)%1 FROM (SELECT %2 AS k, COUNT(*) AS n%3 %4 GROUP BY %5) d GROUP BY k"_s.arg(
        sumsOfDays, g.responseKey, sums, period, dayGroups(kResponsesIndex, g.responseKey));
}

// The period's served tickets per group: the population the sample size is judged against.
QString servedSql(const Grouping& g)
{
    const QString period = u"FROM tickets WHERE business_day BETWEEN ? AND ? AND status = 'done'"_s;
    if (g.responseKey.isEmpty())
        return u"SELECT 0, COUNT(*) %1"_s.arg(period);
    const QString days = u"(SELECT %1 AS k, COUNT(*) AS n %2 GROUP BY %3) d"_s.arg(
        g.ticketKey, period, dayGroups(kServedIndex, g.ticketKey));
    if (g.byAgency)
        return u"SELECT s.agency_id, SUM(d.n) FROM %1 JOIN services s ON s.id = d.k GROUP BY s.agency_id"_s
            .arg(days);
    return u"SELECT k, SUM(n) FROM %1 GROUP BY k"_s.arg(days);
}

// A group's id as read: 0 for NULL (a paper form without a ticket has no booth or officer).
qint64 idOf(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

} // namespace

IkmReader::IkmReader(Database& db) : m_db(db) {}

Result<IkmReport> IkmReader::read(QDate from, QDate to, IkmGrouping by)
{
    const Grouping g = groupingOf(by);
    const QVariantList period{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    QMap<qint64, IkmGroup> groups;

    auto responses = Database::run(m_db.sql(), responsesSql(g), period);
    if (!responses.ok())
        return responses.error();
    if (auto st = Database::forEachRow(responses.value(),
                                       [&](const QSqlQuery& r) {
                                           IkmGroup& group = groups[idOf(r.value(0))];
                                           group.tally.responses += r.value(1).toLongLong();
                                           for (int i = 0; i < kSurveyElementCount; ++i)
                                               group.tally.sums.at(std::size_t(i)) +=
                                                   r.value(2 + i).toLongLong();
                                       });
        !st.ok())
        return st.error();

    auto served = Database::run(m_db.sql(), servedSql(g), period);
    if (!served.ok())
        return served.error();
    if (auto st = Database::forEachRow(
            served.value(),
            [&](const QSqlQuery& r) { groups[idOf(r.value(0))].population += r.value(1).toLongLong(); });
        !st.ok())
        return st.error();

    IkmReport report;
    report.from = from;
    report.to = to;
    report.by = by;
    for (const IkmGroup& group : std::as_const(groups)) {
        report.total.tally.add(group.tally);
        report.total.population += group.population;
    }
    if (by == IkmGrouping::None)
        return report;

    QHash<qint64, std::pair<QString, QString>> names;
    auto named = Database::run(m_db.sql(), g.names);
    if (!named.ok())
        return named.error();
    if (auto st = Database::forEachRow(
            named.value(),
            [&](const QSqlQuery& r) {
                names.insert(r.value(0).toLongLong(), {r.value(1).toString(), r.value(2).toString()});
            });
        !st.ok())
        return st.error();
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        IkmGroup group = it.value();
        if (it.key() == 0) {
            group.name = tr("(not recorded)");
        } else {
            const auto name = names.value(it.key());
            group.key = name.first;
            group.name = name.second;
        }
        report.groups.append(group);
    }
    // By code, the groups without one (paper forms without a booth or officer) last.
    std::sort(report.groups.begin(), report.groups.end(), [](const IkmGroup& a, const IkmGroup& b) {
        if (a.key.isEmpty() != b.key.isEmpty())
            return b.key.isEmpty();
        return a.key < b.key;
    });
    return report;
}

} // namespace antre
