#include "core/config/ConfigWriter.h"

#include "core/config/ConfigFormats.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

template <typename T, typename ToJson> QJsonArray arrayOf(const QList<T>& list, ToJson toJson)
{
    QJsonArray array;
    for (const auto& entry : list)
        array.append(toJson(entry));
    return array;
}

QJsonObject hoursJson(const WeeklyHours& hours)
{
    QJsonObject json;
    for (auto it = hours.begin(); it != hours.end(); ++it)
        json.insert(ConfigFormats::weekdayKey(it.key()), arrayOf(it.value(), ConfigFormats::formatRange));
    return json;
}

QJsonArray datesJson(const QList<QDate>& dates)
{
    return arrayOf(dates, [](QDate date) { return date.toString(Qt::ISODate); });
}

QJsonObject siteJson(const SiteConfig& site)
{
    QJsonObject json{{u"name"_s, site.name},
                     {u"timezone"_s, site.timezone},
                     {u"priority_run_limit"_s, site.priorityRunLimit},
                     {u"ticket_footer"_s, site.ticketFooter},
                     {u"running_text"_s, site.runningText},
                     {u"call_phrase"_s, site.callPhrase}};
    // Written only when set, so that a hall without them exports the file it always did.
    if (!site.holidays.isEmpty())
        json.insert(u"holidays"_s, datesJson(site.holidays));
    if (site.complaintSla != ComplaintSlaDays{})
        json.insert(u"complaint_sla_days"_s,
                    QJsonObject{{u"ringan"_s, site.complaintSla.ringan},
                                {u"sedang"_s, site.complaintSla.sedang},
                                {u"berat"_s, site.complaintSla.berat},
                                {u"perlu_pemeriksaan"_s, site.complaintSla.perluPemeriksaan}});
    return json;
}

QJsonObject serviceJson(const ServiceConfig& service)
{
    QJsonObject json{
        {u"code"_s, service.code},
        {u"agency"_s, service.agency},
        {u"name"_s, service.name},
        {u"prefix"_s, service.prefix},
        {u"target_wait_min"_s, service.targetWaitMin},
        {u"hours"_s, hoursJson(service.hours)},
        {u"closed_dates"_s, datesJson(service.closedDates)},
        {u"cutoff_min"_s, service.cutoffMin},
        {u"overrides"_s, arrayOf(service.overrides,
                                 [](const HoursOverride& o) {
                                     return QJsonObject{{u"from"_s, o.from.toString(Qt::ISODate)},
                                                        {u"to"_s, o.to.toString(Qt::ISODate)},
                                                        {u"hours"_s, hoursJson(o.hours)}};
                                 })},
        {u"standard"_s,
         QJsonObject{{u"requirements"_s, QJsonArray::fromStringList(service.standard.requirements)},
                     {u"fee"_s, service.standard.fee},
                     {u"duration"_s, service.standard.duration}}}};
    if (service.dailyQuota) // absent means unlimited
        json.insert(u"daily_quota"_s, *service.dailyQuota);
    return json;
}

QJsonObject staffJson(const StaffConfig& staff)
{
    // No "pin".
    return {{u"id"_s, staff.id},
            {u"name"_s, staff.name},
            {u"role"_s, toKey(staff.role)},
            {u"counters"_s, QJsonArray::fromStringList(staff.counters)},
            {u"active"_s, staff.active}};
}

} // namespace

QJsonObject ConfigWriter::toJson(const HallConfig& config)
{
    return {{u"site"_s, siteJson(config.site)},
            {u"agencies"_s, arrayOf(config.agencies,
                                    [](const AgencyConfig& a) {
                                        return QJsonObject{{u"code"_s, a.code}, {u"name"_s, a.name}};
                                    })},
            {u"services"_s, arrayOf(config.services, serviceJson)},
            {u"counters"_s, arrayOf(config.counters,
                                    [](const CounterConfig& c) {
                                        return QJsonObject{
                                            {u"code"_s, c.code},
                                            {u"name"_s, c.name},
                                            {u"services"_s, QJsonArray::fromStringList(c.services)}};
                                    })},
            {u"staff"_s, arrayOf(config.staff, staffJson)}};
}

QByteArray ConfigWriter::toJsonBytes(const HallConfig& config)
{
    return QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
}

} // namespace antre
