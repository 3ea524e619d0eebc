#include "core/complaint/SiteCalendarStore.h"

#include "core/storage/Database.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// The classes as the configuration file names them; SQL keeps the same keys.
QList<std::pair<QString, int>> slaRows(const ComplaintSlaDays& days)
{
    return {{u"ringan"_s, days.ringan},
            {u"sedang"_s, days.sedang},
            {u"berat"_s, days.berat},
            {u"perlu_pemeriksaan"_s, days.perluPemeriksaan}};
}

} // namespace

Status SiteCalendarStore::write(QSqlDatabase& db, const SiteConfig& site)
{
    for (const QString& sql : {u"DELETE FROM site_holidays"_s, u"DELETE FROM complaint_sla"_s})
        if (auto r = Database::run(db, sql); !r.ok())
            return r.error();
    for (const QDate day : site.holidays)
        if (auto r = Database::run(db, u"INSERT INTO site_holidays (day) VALUES (?)"_s,
                                   {day.toString(Qt::ISODate)});
            !r.ok())
            return r.error();
    // Only what differs from the defaults is stored, so that the defaults of a later release apply to a hall
    // that never chose its own.
    const auto defaults = slaRows(ComplaintSlaDays{});
    const auto chosen = slaRows(site.complaintSla);
    for (qsizetype i = 0; i < chosen.size(); ++i)
        if (chosen[i].second != defaults[i].second)
            if (auto r = Database::run(db, u"INSERT INTO complaint_sla (sla_class, days) VALUES (?, ?)"_s,
                                       {chosen[i].first, chosen[i].second});
                !r.ok())
                return r.error();
    return Done{};
}

Status SiteCalendarStore::read(QSqlDatabase& db, QJsonObject& site)
{
    auto holidays = Database::run(db, u"SELECT day FROM site_holidays ORDER BY day"_s);
    if (!holidays.ok())
        return holidays.error();
    QJsonArray days;
    if (auto s = Database::forEachRow(holidays.value(),
                                      [&](const QSqlQuery& row) { days.append(row.value(0).toString()); });
        !s.ok())
        return s;
    if (!days.isEmpty())
        site.insert(u"holidays"_s, days);

    auto sla = Database::run(db, u"SELECT sla_class, days FROM complaint_sla ORDER BY sla_class"_s);
    if (!sla.ok())
        return sla.error();
    QJsonObject classes;
    if (auto s = Database::forEachRow(
            sla.value(),
            [&](const QSqlQuery& row) { classes.insert(row.value(0).toString(), row.value(1).toInt()); });
        !s.ok())
        return s;
    if (!classes.isEmpty())
        site.insert(u"complaint_sla_days"_s, classes);
    return Done{};
}

} // namespace antre
