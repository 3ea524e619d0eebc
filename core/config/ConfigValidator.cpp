#include "core/config/ConfigValidator.h"

#include "core/ConfigIo.h"
#include "core/Schedule.h"
#include "core/config/ConfigFormats.h"
#include "core/config/TextRules.h"

#include <QHash>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

using configpath::child;
using configpath::item;
using Kind = TextRules::Kind;

template <typename T> QStringList keysOf(const QList<T>& list, QString T::*member, bool upper = false)
{
    QStringList keys;
    for (const auto& entry : list)
        keys.append(upper ? (entry.*member).toUpper() : entry.*member);
    return keys;
}

// Calls report(index, firstIndex) for every non-empty key that repeats an earlier one.
template <typename Report> void forEachRepeat(const QStringList& keys, Report report)
{
    QHash<QString, qsizetype> first;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (keys[i].isEmpty())
            continue;
        if (const auto it = first.constFind(keys[i]); it != first.cend())
            report(i, *it);
        else
            first.insert(keys[i], i);
    }
}

int minutesOf(const TimeRange& range)
{
    return (Schedule::msecsOfDay(range.to) - Schedule::msecsOfDay(range.from)) / 60'000;
}

class Validator final
{
public:
    explicit Validator(const HallConfig& config) : m_config(config) {}
    ConfigProblems run();

private:
    void add(const QString& path, const QString& text) { m_problems.append({path, text}); }
    void text(const QString& value, const QString& path, Kind kind);
    void reference(const QString& value, const QString& path, const QStringList& known,
                   const QString& unknownText);
    void referenceList(const QStringList& values, const QString& path, const QStringList& known,
                       const QString& unknownText);
    void unique(const QStringList& keys, const QString& section, QStringView field);

    template <typename T>
    void forEach(const QList<T>& list, const QString& section,
                 void (Validator::*check)(const T&, const QString&));

    void site();
    void agency(const AgencyConfig& agency, const QString& path);
    void service(const ServiceConfig& service, const QString& path);
    void cutoff(const ServiceConfig& service, const QString& path);
    void counter(const CounterConfig& counter, const QString& path);
    void weeklyHours(const WeeklyHours& hours, const QString& path);
    void dayRanges(const QList<TimeRange>& ranges, const QString& path);
    void overrides(const QList<HoursOverride>& overrides, const QString& path);
    void staff(const StaffConfig& staff, const QString& path);

    const HallConfig& m_config;
    ConfigProblems m_problems;
};

ConfigProblems Validator::run()
{
    site();
    unique(keysOf(m_config.agencies, &AgencyConfig::code), u"agencies"_s, u"code");
    forEach(m_config.agencies, u"agencies"_s, &Validator::agency);
    unique(keysOf(m_config.services, &ServiceConfig::code), u"services"_s, u"code");
    unique(keysOf(m_config.services, &ServiceConfig::prefix, true), u"services"_s, u"prefix");
    forEach(m_config.services, u"services"_s, &Validator::service);
    unique(keysOf(m_config.counters, &CounterConfig::code), u"counters"_s, u"code");
    forEach(m_config.counters, u"counters"_s, &Validator::counter);
    unique(keysOf(m_config.staff, &StaffConfig::id), u"staff"_s, u"id");
    forEach(m_config.staff, u"staff"_s, &Validator::staff);
    return m_problems;
}

template <typename T>
void Validator::forEach(const QList<T>& list, const QString& section,
                        void (Validator::*check)(const T&, const QString&))
{
    for (qsizetype i = 0; i < list.size(); ++i)
        (this->*check)(list[i], item(section, i));
}

void Validator::text(const QString& value, const QString& path, Kind kind)
{
    if (const QString problem = TextRules::problem(value, kind); !problem.isEmpty())
        add(path, problem);
}

void Validator::reference(const QString& value, const QString& path, const QStringList& known,
                          const QString& unknownText)
{
    if (value.isEmpty())
        add(path, ConfigIo::tr("is required"));
    else if (!known.contains(value))
        add(path, unknownText.arg(TextRules::quoted(value)));
}

void Validator::referenceList(const QStringList& values, const QString& path, const QStringList& known,
                              const QString& unknownText)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        reference(values[i], item(path, i), known, unknownText);
    forEachRepeat(values, [&](qsizetype index, qsizetype first) {
        add(item(path, index), ConfigIo::tr("%1 is listed twice (also %2)")
                                   .arg(TextRules::quoted(values[index]), item(path, first)));
    });
}

void Validator::unique(const QStringList& keys, const QString& section, QStringView field)
{
    forEachRepeat(keys, [&](qsizetype index, qsizetype first) {
        add(child(item(section, index), field),
            ConfigIo::tr("duplicate %1 %2 (first used by %3)")
                .arg(field.toString(), TextRules::quoted(keys[index]), item(section, first)));
    });
}

void Validator::site()
{
    const SiteConfig& site = m_config.site;
    text(site.name, u"site.name"_s, Kind::Name);
    // The footer is printed (the printer starts a new line); the running text is edited in a multi-line
    // box and the ticker joins its lines. The call phrase is spoken in one go.
    text(site.ticketFooter, u"site.ticket_footer"_s, Kind::Paragraph);
    text(site.runningText, u"site.running_text"_s, Kind::Paragraph);
    text(site.callPhrase, u"site.call_phrase"_s, Kind::Line);
    if (const QString problem = ConfigValidator::timeZoneProblem(site.timezone); !problem.isEmpty())
        add(u"site.timezone"_s, problem);
    if (site.priorityRunLimit < 1)
        add(u"site.priority_run_limit"_s, ConfigIo::tr("must be at least 1"));
    for (qsizetype i = 0; i < site.holidays.size(); ++i)
        if (!site.holidays[i].isValid())
            add(item(u"site.holidays"_s, i), ConfigIo::tr("is not a valid date"));
    QStringList holidays;
    for (const QDate day : site.holidays)
        holidays.append(day.toString(Qt::ISODate));
    forEachRepeat(holidays, [&](qsizetype index, qsizetype first) {
        add(item(u"site.holidays"_s, index), ConfigIo::tr("%1 is listed twice (also %2)")
                                                 .arg(holidays[index], item(u"site.holidays"_s, first)));
    });
    // A year of working days at most: a longer promise is no service standard.
    const std::pair<const char16_t*, int> sla[] = {
        {u"ringan", site.complaintSla.ringan},
        {u"sedang", site.complaintSla.sedang},
        {u"berat", site.complaintSla.berat},
        {u"perlu_pemeriksaan", site.complaintSla.perluPemeriksaan}};
    for (const auto& [key, days] : sla)
        if (days < 1 || days > 260)
            add(u"site.complaint_sla_days."_s + QString::fromUtf16(key),
                ConfigIo::tr("must be from 1 to 260 working days"));
}

void Validator::agency(const AgencyConfig& agency, const QString& path)
{
    text(agency.code, child(path, u"code"), Kind::Code);
    text(agency.name, child(path, u"name"), Kind::Name);
}

void Validator::service(const ServiceConfig& service, const QString& path)
{
    static const QRegularExpression prefixPattern(u"\\A[A-Za-z]{1,3}\\z"_s);
    text(service.code, child(path, u"code"), Kind::Code);
    text(service.name, child(path, u"name"), Kind::Name);
    reference(service.agency, child(path, u"agency"), keysOf(m_config.agencies, &AgencyConfig::code),
              ConfigIo::tr("unknown agency %1"));
    if (service.prefix.isEmpty())
        add(child(path, u"prefix"), ConfigIo::tr("is required"));
    else if (!prefixPattern.match(service.prefix).hasMatch())
        add(child(path, u"prefix"),
            ConfigIo::tr("%1 must be 1 to 3 letters A-Z").arg(TextRules::quoted(service.prefix)));
    if (service.dailyQuota && *service.dailyQuota <= 0)
        add(child(path, u"daily_quota"), ConfigIo::tr("must be greater than 0 (leave it out for no limit)"));
    if (service.targetWaitMin < 1)
        add(child(path, u"target_wait_min"), ConfigIo::tr("must be greater than 0"));
    if (service.cutoffMin < 0)
        add(child(path, u"cutoff_min"), ConfigIo::tr("must not be negative"));
    weeklyHours(service.hours, child(path, u"hours"));
    for (qsizetype i = 0; i < service.closedDates.size(); ++i)
        if (!service.closedDates[i].isValid())
            add(item(child(path, u"closed_dates"), i), ConfigIo::tr("is not a valid date"));
    overrides(service.overrides, child(path, u"overrides"));
    cutoff(service, path);
    const QString standard = child(path, u"standard");
    for (qsizetype i = 0; i < service.standard.requirements.size(); ++i)
        text(service.standard.requirements[i], item(child(standard, u"requirements"), i), Kind::LongLine);
    text(service.standard.fee, child(standard, u"fee"), Kind::Line);
    text(service.standard.duration, child(standard, u"duration"), Kind::Line);
}

// Ticket issue stops cutoff_min before a range ends; a range no longer than that never issues a ticket.
void Validator::cutoff(const ServiceConfig& service, const QString& path)
{
    if (service.cutoffMin <= 0)
        return;
    QList<std::pair<QString, const WeeklyHours*>> weeks{{child(path, u"hours"), &service.hours}};
    for (qsizetype i = 0; i < service.overrides.size(); ++i)
        weeks.append({child(item(child(path, u"overrides"), i), u"hours"), &service.overrides[i].hours});
    for (const auto& [weekPath, hours] : weeks) {
        for (auto it = hours->begin(); it != hours->end(); ++it) {
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                const TimeRange& range = it.value()[i];
                if (!range.from.isValid() || !range.to.isValid() || range.to <= range.from ||
                    minutesOf(range) > service.cutoffMin)
                    continue;
                add(child(path, u"cutoff_min"),
                    ConfigIo::tr("%1 minutes is not shorter than %2 %3 (%4 minutes): no ticket could be "
                                 "issued in it")
                        .arg(service.cutoffMin)
                        .arg(item(child(weekPath, ConfigFormats::weekdayKey(it.key())), i),
                             TextRules::quoted(ConfigFormats::formatRange(range)))
                        .arg(minutesOf(range)));
                return;
            }
        }
    }
}

void Validator::counter(const CounterConfig& counter, const QString& path)
{
    text(counter.code, child(path, u"code"), Kind::Code);
    text(counter.name, child(path, u"name"), Kind::Name);
    referenceList(counter.services, child(path, u"services"), keysOf(m_config.services, &ServiceConfig::code),
                  ConfigIo::tr("unknown service %1"));
}

void Validator::weeklyHours(const WeeklyHours& hours, const QString& path)
{
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        const QString key = ConfigFormats::weekdayKey(it.key());
        if (key.isEmpty())
            add(path, ConfigIo::tr("weekday %1 is not between 1 (Monday) and 7 (Sunday)").arg(it.key()));
        else
            dayRanges(it.value(), child(path, key));
    }
}

void Validator::dayRanges(const QList<TimeRange>& ranges, const QString& path)
{
    const auto usable = [](const TimeRange& r) {
        return r.from.isValid() && r.to.isValid() && r.from < r.to;
    };
    const auto shown = [](const TimeRange& r) { return TextRules::quoted(ConfigFormats::formatRange(r)); };
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const TimeRange& range = ranges[i];
        if (!range.from.isValid() || !range.to.isValid()) {
            add(item(path, i), ConfigIo::tr("is not a valid time range"));
            continue;
        }
        if (!usable(range)) {
            add(item(path, i), ConfigIo::tr("%1 must end after it starts").arg(shown(range)));
            continue;
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (usable(ranges[j]) && range.from < ranges[j].to && ranges[j].from < range.to) {
                add(item(path, i), ConfigIo::tr("%1 overlaps %2").arg(shown(range), shown(ranges[j])));
                break;
            }
        }
    }
}

void Validator::overrides(const QList<HoursOverride>& overrides, const QString& path)
{
    const auto isDated = [](const HoursOverride& o) {
        return o.from.isValid() && o.to.isValid() && o.from <= o.to;
    };
    for (qsizetype i = 0; i < overrides.size(); ++i) {
        const HoursOverride& period = overrides[i];
        const QString at = item(path, i);
        if (!period.from.isValid())
            add(child(at, u"from"), ConfigIo::tr("a date (YYYY-MM-DD) is required"));
        if (!period.to.isValid())
            add(child(at, u"to"), ConfigIo::tr("a date (YYYY-MM-DD) is required"));
        if (period.from.isValid() && period.to.isValid() && period.from > period.to)
            add(at, ConfigIo::tr("starts (%1) after it ends (%2)")
                        .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
        weeklyHours(period.hours, child(at, u"hours"));
        // Two periods on one date would make the hours depend on their order in the file.
        for (qsizetype j = 0; j < i && isDated(period); ++j) {
            if (isDated(overrides[j]) && period.from <= overrides[j].to && overrides[j].from <= period.to) {
                add(at, ConfigIo::tr("period overlaps %1").arg(item(path, j)));
                break;
            }
        }
    }
}

void Validator::staff(const StaffConfig& staff, const QString& path)
{
    static const QRegularExpression pinPattern(u"\\A[0-9]{4,12}\\z"_s);
    text(staff.id, child(path, u"id"), Kind::Code);
    text(staff.name, child(path, u"name"), Kind::Name);
    referenceList(staff.counters, child(path, u"counters"), keysOf(m_config.counters, &CounterConfig::code),
                  ConfigIo::tr("unknown counter %1"));
    // The PIN itself is never echoed: error messages end up in logs and on screens.
    if (!staff.pin.isEmpty() && !pinPattern.match(staff.pin).hasMatch())
        add(child(path, u"pin"), ConfigIo::tr("must be 4 to 12 digits"));
}

} // namespace

ConfigProblems ConfigValidator::run(const HallConfig& config)
{
    return Validator(config).run();
}

QString ConfigValidator::timeZoneProblem(const QString& ianaId)
{
    if (ianaId.isEmpty())
        return ConfigIo::tr("is required");
    if (ianaId.size() > kMaxTimeZoneLength)
        return ConfigIo::tr("%1 characters, at most %2").arg(ianaId.size()).arg(kMaxTimeZoneLength);
    // A fixed offset knows no history: it is right today and quietly wrong for any past date when the
    // region's offset was another. Indonesia has three IANA zones.
    static const QRegularExpression offset(u"\\A(?:Etc/)?(?:UTC|GMT|UT)\\s*[+-]"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (offset.match(ianaId).hasMatch())
        return ConfigIo::tr("%1 is a fixed offset, not a time zone; use Asia/Jakarta (WIB), Asia/Makassar "
                            "(WITA) or Asia/Jayapura (WIT)")
            .arg(TextRules::quoted(ianaId));
    // QTimeZone lists only canonical ids as available but also opens aliases (Asia/Calcutta), and reads any
    // POSIX rule ("WIB-7", even "Asia") as a zone: an alias must have the Area/Location shape of the IANA
    // database, outside its posix/ and right/ (leap seconds) copies.
    static const QRegularExpression ianaName(u"\\A[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z][A-Za-z0-9_+-]*)+\\z"_s);
    const QByteArray id = ianaId.toUtf8();
    const bool alias = ianaName.match(ianaId).hasMatch() && !ianaId.startsWith(u"posix/"_s) &&
                       !ianaId.startsWith(u"right/"_s) && QTimeZone(id).isValid();
    if (!QTimeZone::isTimeZoneIdAvailable(id) && !alias)
        return ConfigIo::tr("%1 is not a known IANA time zone (e.g. Asia/Jakarta)")
            .arg(TextRules::quoted(ianaId));
    return {};
}

} // namespace antre
