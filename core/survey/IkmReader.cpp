#include "core/survey/IkmReader.h"

#include "core/storage/Database.h"

#include <QHash>
#include <QMap>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

struct Grouping
{
    QString responseKey; // column of survey_responses r
    QString ticketKey;   // column of tickets t (joined with services s)
    QString names;       // SELECT id, code, name of the grouped things
};

Grouping groupingOf(IkmGrouping by)
{
    switch (by) {
    case IkmGrouping::None:
        break;
    case IkmGrouping::Service:
        return {u"r.service_id"_s, u"t.service_id"_s, u"SELECT id, code, name FROM services"_s};
    case IkmGrouping::Agency:
        return {u"r.agency_id"_s, u"s.agency_id"_s, u"SELECT id, code, name FROM agencies"_s};
    case IkmGrouping::Counter:
        return {u"r.counter_id"_s, u"t.counter_id"_s, u"SELECT id, code, name FROM counters"_s};
    case IkmGrouping::Staff:
        return {u"r.staff_id"_s, u"t.staff_id"_s, u"SELECT id, staff_code, name FROM staff"_s};
    }
    return {u"0"_s, u"0"_s, {}};
}

constexpr qint64 kScanFromDays = 90;

// The whole hall is one group: no GROUP BY (a constant there would be read as a column number).
QString groupBy(const QString& key)
{
    return key == u"0" ? QString() : u" GROUP BY "_s + key;
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

    // A long period (a quarter or more: the yearly SKM) reads both tables by a scan, several times faster
    // there than through their day indexes (docs/PERFORMANCE.md §7-8); a day or a month through the index.
    // The group key too: grouped by an indexed column, SQLite walks that index and looks every row up.
    const bool scan = from.daysTo(to) >= kScanFromDays;
    const auto scanned = [&](const QString& column) {
        return scan && column != u"0" ? m_db.dialect().scannedFilterColumn(column) : column;
    };
    const QString responseKey = scanned(g.responseKey);
    const QString ticketKey = scanned(g.ticketKey);
    QString sums;
    for (const QString& code : SurveyQuestionnaire::codes())
        sums += u", SUM(r.%1)"_s.arg(code);
    auto responses = Database::run(m_db.sql(),
                                   u"SELECT %1, COUNT(*)%2 FROM survey_responses r "
                                   u"WHERE %3 BETWEEN ? AND ?%4"_s.arg(
                                       responseKey, sums, scanned(u"r.business_day"_s), groupBy(responseKey)),
                                   period);
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

    auto served = Database::run(m_db.sql(),
                                u"SELECT %1, COUNT(*) FROM tickets t JOIN services s ON s.id = t.service_id "
                                u"WHERE %2 BETWEEN ? AND ? AND t.status = 'done'%3"_s.arg(
                                    ticketKey, scanned(u"t.business_day"_s), groupBy(ticketKey)),
                                period);
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
