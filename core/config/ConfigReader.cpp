#include "core/config/ConfigReader.h"

#include "core/ConfigIo.h"
#include "core/config/ConfigFormats.h"
#include "core/config/ConfigProblem.h"
#include "core/config/ConfigValidator.h"
#include "core/config/DuplicateKeys.h"
#include "core/config/TextRules.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

using configpath::child;
using configpath::item;
using Keys = std::initializer_list<QStringView>;

Error invalidConfig(const QStringList& lines)
{
    return makeError(ErrorKind::BadInput, ErrorCode::InvalidConfig, lines.join(u'\n'));
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// The known key an unknown one most likely misspells ("dailyQuota" -> "daily_quota"), or empty.
QString likelyKey(const QString& unknown, Keys known)
{
    QString best;
    int bestDistance = 3; // further than two edits is a different word, not a typo
    for (const auto key : known) {
        // A key much longer than any known one is no typo of it (and would cost a long comparison).
        if (unknown.size() > key.size() + bestDistance)
            continue;
        const int distance = editDistance(unknown.toLower(), key.toString());
        if (distance < bestDistance) {
            best = key.toString();
            bestDistance = distance;
        }
    }
    return best;
}

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return ConfigIo::tr("null");
    case QJsonValue::Bool:
        return ConfigIo::tr("true or false");
    case QJsonValue::Double:
        return ConfigIo::tr("a number");
    case QJsonValue::String:
        return ConfigIo::tr("a string");
    case QJsonValue::Array:
        return ConfigIo::tr("a list [...]");
    case QJsonValue::Object:
        return ConfigIo::tr("an object {...}");
    case QJsonValue::Undefined:
        break;
    }
    return ConfigIo::tr("nothing");
}

QString mismatch(const QString& expected, const QJsonValue& got)
{
    return ConfigIo::tr("expected %1, got %2").arg(expected, typeName(got.type()));
}

// A number as people write it: 1000000001 and 12.5, not 1e+09 (QString::arg's six significant digits).
QString plainNumber(double number)
{
    if (std::abs(number) >= 1e21) // beyond this plain decimal is a wall of zeros
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    return QString::number(number, 'f', QLocale::FloatingPointShortest);
}

// Parse stage: JSON shape, types, unknown keys and the text formats of times and dates. Every list entry
// yields one element, a default-constructed placeholder when it cannot be read, so that the validator's
// paths ("services[3]") still match the file.
class Reader final
{
public:
    HallConfig hall(const QJsonObject& root);
    const ConfigProblems& problems() const { return m_problems; }

private:
    void add(const QString& path, const QString& text) { m_problems.append({path, text}); }
    bool expect(const QJsonValue& value, QJsonValue::Type type, const QString& path);
    void checkKeys(const QJsonObject& object, const QString& path, Keys known);

    QString string(const QJsonObject& object, const QString& path, QStringView key,
                   const QString& fallback = {});
    std::optional<int> integer(const QJsonObject& object, const QString& path, QStringView key);
    bool boolean(const QJsonObject& object, const QString& path, QStringView key, bool fallback);
    std::optional<QJsonObject> object(const QJsonObject& object, const QString& path, QStringView key,
                                      bool required = false);
    QDate date(const QJsonObject& object, const QString& path, QStringView key);
    QDate toDate(const QString& text, const QString& path);
    TimeRange toRange(const QString& text, const QString& path);

    // Reads an optional array whose entries must have `type`; entries of another type become T{}.
    template <typename T, typename Convert>
    QList<T> items(const QJsonObject& object, const QString& path, QStringView key, QJsonValue::Type type,
                   Convert convert);
    // An optional array of strings, each converted by e.g. &Reader::toDate.
    template <typename T>
    QList<T> stringList(const QJsonObject& object, const QString& path, QStringView key,
                        T (Reader::*convert)(const QString&, const QString&));
    QStringList strings(const QJsonObject& object, const QString& path, QStringView key);
    // An optional array of objects, each read by one of the entity readers below.
    template <typename T>
    QList<T> list(const QJsonObject& object, const QString& path, QStringView key,
                  T (Reader::*readOne)(const QJsonObject&, const QString&));

    SiteConfig site(const QJsonObject& json, const QString& path);
    AgencyConfig agency(const QJsonObject& json, const QString& path);
    ServiceConfig service(const QJsonObject& json, const QString& path);
    WeeklyHours weeklyHours(const QJsonObject& json, const QString& path);
    HoursOverride hoursOverride(const QJsonObject& json, const QString& path);
    ServiceStandard standard(const QJsonObject& json, const QString& path);
    CounterConfig counter(const QJsonObject& json, const QString& path);
    StaffConfig staff(const QJsonObject& json, const QString& path);

    ConfigProblems m_problems;
};

bool Reader::expect(const QJsonValue& value, QJsonValue::Type type, const QString& path)
{
    if (value.type() == type)
        return true;
    add(path, mismatch(typeName(type), value));
    return false;
}

void Reader::checkKeys(const QJsonObject& object, const QString& path, Keys known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::find(known.begin(), known.end(), it.key()) != known.end())
            continue;
        const QString guess = likelyKey(it.key(), known);
        add(child(path, it.key()),
            guess.isEmpty() ? ConfigIo::tr("unknown key")
                            : ConfigIo::tr("unknown key (did you mean %1?)").arg(TextRules::quoted(guess)));
    }
}

QString Reader::string(const QJsonObject& object, const QString& path, QStringView key,
                       const QString& fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || !expect(value, QJsonValue::String, child(path, key)))
        return fallback;
    return value.toString();
}

std::optional<int> Reader::integer(const QJsonObject& object, const QString& path, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble()) {
        add(child(path, key), mismatch(ConfigIo::tr("a whole number"), value));
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number != std::trunc(number)) {
        add(child(path, key), ConfigIo::tr("%1 is not a whole number").arg(plainNumber(number)));
        return std::nullopt;
    }
    if (number > ConfigReader::kMaxWholeNumber) {
        add(child(path, key), ConfigIo::tr("%1 is too large (at most %2)")
                                  .arg(plainNumber(number), plainNumber(ConfigReader::kMaxWholeNumber)));
        return std::nullopt;
    }
    if (number < -ConfigReader::kMaxWholeNumber) {
        add(child(path, key), ConfigIo::tr("%1 is too small (at least %2)")
                                  .arg(plainNumber(number), plainNumber(-ConfigReader::kMaxWholeNumber)));
        return std::nullopt;
    }
    return int(number);
}

bool Reader::boolean(const QJsonObject& object, const QString& path, QStringView key, bool fallback)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || !expect(value, QJsonValue::Bool, child(path, key)))
        return fallback;
    return value.toBool();
}

std::optional<QJsonObject> Reader::object(const QJsonObject& object, const QString& path, QStringView key,
                                          bool required)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            add(child(path, key), ConfigIo::tr("is required"));
        return std::nullopt;
    }
    if (!expect(value, QJsonValue::Object, child(path, key)))
        return std::nullopt;
    return value.toObject();
}

QDate Reader::date(const QJsonObject& object, const QString& path, QStringView key)
{
    const QString text = string(object, path, key); // reports a wrong type
    if (!object.value(key).isString())
        return {}; // absent or wrong type: the validator reports a missing date unless covered
    return toDate(text, child(path, key));
}

QDate Reader::toDate(const QString& text, const QString& path)
{
    const auto date = ConfigFormats::parseDate(text);
    if (!date)
        add(path, ConfigIo::tr("%1 is not a date (YYYY-MM-DD)").arg(TextRules::quoted(text)));
    return date.value_or(QDate());
}

TimeRange Reader::toRange(const QString& text, const QString& path)
{
    const auto range = ConfigFormats::parseRange(text);
    if (!range)
        add(path, ConfigIo::tr("%1 is not HH:MM-HH:MM").arg(TextRules::quoted(text)));
    return range.value_or(TimeRange{});
}

template <typename T, typename Convert>
QList<T> Reader::items(const QJsonObject& object, const QString& path, QStringView key, QJsonValue::Type type,
                       Convert convert)
{
    const QJsonValue value = object.value(key);
    const QString listPath = child(path, key);
    if (value.isUndefined() || !expect(value, QJsonValue::Array, listPath))
        return {};
    const QJsonArray array = value.toArray();
    QList<T> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = item(listPath, i);
        result.append(expect(array.at(i), type, itemPath) ? convert(array.at(i), itemPath) : T{});
    }
    return result;
}

template <typename T>
QList<T> Reader::stringList(const QJsonObject& object, const QString& path, QStringView key,
                            T (Reader::*convert)(const QString&, const QString&))
{
    return items<T>(object, path, key, QJsonValue::String, [&](const QJsonValue& value, const QString& at) {
        return (this->*convert)(value.toString(), at);
    });
}

QStringList Reader::strings(const QJsonObject& object, const QString& path, QStringView key)
{
    return items<QString>(object, path, key, QJsonValue::String,
                          [](const QJsonValue& value, const QString&) { return value.toString(); });
}

template <typename T>
QList<T> Reader::list(const QJsonObject& object, const QString& path, QStringView key,
                      T (Reader::*readOne)(const QJsonObject&, const QString&))
{
    return items<T>(object, path, key, QJsonValue::Object, [&](const QJsonValue& value, const QString& at) {
        return (this->*readOne)(value.toObject(), at);
    });
}

HallConfig Reader::hall(const QJsonObject& root)
{
    checkKeys(root, {}, {u"site", u"agencies", u"services", u"counters", u"staff"});
    HallConfig config;
    if (const auto json = object(root, {}, u"site", true))
        config.site = site(*json, u"site"_s);
    config.agencies = list(root, {}, u"agencies", &Reader::agency);
    config.services = list(root, {}, u"services", &Reader::service);
    config.counters = list(root, {}, u"counters", &Reader::counter);
    config.staff = list(root, {}, u"staff", &Reader::staff);
    return config;
}

SiteConfig Reader::site(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path,
              {u"name", u"timezone", u"priority_run_limit", u"ticket_footer", u"running_text", u"call_phrase",
               u"holidays", u"complaint_sla_days"});
    SiteConfig site;
    site.name = string(json, path, u"name");
    site.timezone = string(json, path, u"timezone", site.timezone);
    site.priorityRunLimit = integer(json, path, u"priority_run_limit").value_or(site.priorityRunLimit);
    site.ticketFooter = string(json, path, u"ticket_footer");
    site.runningText = string(json, path, u"running_text");
    site.callPhrase = string(json, path, u"call_phrase");
    site.holidays = stringList(json, path, u"holidays", &Reader::toDate);
    if (const auto sla = object(json, path, u"complaint_sla_days")) {
        const QString slaPath = path + u".complaint_sla_days"_s;
        checkKeys(*sla, slaPath, {u"ringan", u"sedang", u"berat", u"perlu_pemeriksaan"});
        ComplaintSlaDays& days = site.complaintSla;
        days.ringan = integer(*sla, slaPath, u"ringan").value_or(days.ringan);
        days.sedang = integer(*sla, slaPath, u"sedang").value_or(days.sedang);
        days.berat = integer(*sla, slaPath, u"berat").value_or(days.berat);
        days.perluPemeriksaan = integer(*sla, slaPath, u"perlu_pemeriksaan").value_or(days.perluPemeriksaan);
    }
    return site;
}

AgencyConfig Reader::agency(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path, {u"code", u"name"});
    return AgencyConfig{string(json, path, u"code"), string(json, path, u"name")};
}

ServiceConfig Reader::service(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path,
              {u"code", u"agency", u"name", u"prefix", u"daily_quota", u"target_wait_min", u"hours",
               u"closed_dates", u"cutoff_min", u"overrides", u"standard"});
    ServiceConfig service;
    service.code = string(json, path, u"code");
    service.agency = string(json, path, u"agency");
    service.name = string(json, path, u"name");
    service.prefix = string(json, path, u"prefix").toUpper();
    service.dailyQuota = integer(json, path, u"daily_quota");
    service.targetWaitMin = integer(json, path, u"target_wait_min").value_or(service.targetWaitMin);
    service.cutoffMin = integer(json, path, u"cutoff_min").value_or(service.cutoffMin);
    if (const auto hours = object(json, path, u"hours"))
        service.hours = weeklyHours(*hours, child(path, u"hours"));
    service.closedDates = stringList(json, path, u"closed_dates", &Reader::toDate);
    service.overrides = list(json, path, u"overrides", &Reader::hoursOverride);
    if (const auto standard = object(json, path, u"standard"))
        service.standard = this->standard(*standard, child(path, u"standard"));
    return service;
}

WeeklyHours Reader::weeklyHours(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path, {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"});
    WeeklyHours hours;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const int day = ConfigFormats::weekdayFromKey(it.key());
        if (day == 0)
            continue; // reported by checkKeys
        hours.insert(day, stringList(json, path, it.key(), &Reader::toRange));
    }
    return hours;
}

HoursOverride Reader::hoursOverride(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path, {u"from", u"to", u"hours"});
    HoursOverride period;
    period.from = date(json, path, u"from");
    period.to = date(json, path, u"to");
    if (const auto hours = object(json, path, u"hours", true))
        period.hours = weeklyHours(*hours, child(path, u"hours"));
    return period;
}

ServiceStandard Reader::standard(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path, {u"requirements", u"fee", u"duration"});
    return ServiceStandard{strings(json, path, u"requirements"), string(json, path, u"fee"),
                           string(json, path, u"duration")};
}

CounterConfig Reader::counter(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path, {u"code", u"name", u"services"});
    return CounterConfig{string(json, path, u"code"), string(json, path, u"name"),
                         strings(json, path, u"services")};
}

StaffConfig Reader::staff(const QJsonObject& json, const QString& path)
{
    checkKeys(json, path, {u"id", u"name", u"role", u"counters", u"pin", u"active"});
    StaffConfig staff;
    staff.id = string(json, path, u"id");
    staff.name = string(json, path, u"name");
    const QString role = string(json, path, u"role", toKey(staff.role));
    if (const auto parsed = roleFromKey(role))
        staff.role = *parsed;
    else
        add(child(path, u"role"),
            ConfigIo::tr("%1 is not one of officer, supervisor, admin").arg(TextRules::quoted(role)));
    staff.counters = strings(json, path, u"counters");
    staff.pin = string(json, path, u"pin");
    staff.active = boolean(json, path, u"active", staff.active);
    return staff;
}

// Line and column of a byte offset; Qt reports the offset just past the offending character.
QString syntaxErrorLine(const QByteArray& json, const QJsonParseError& error, const QString& fileLabel)
{
    const QString before = QString::fromUtf8(json.left(error.offset));
    const qsizetype line = before.count(u'\n') + 1;
    const qsizetype column = std::max<qsizetype>(1, before.size() - (before.lastIndexOf(u'\n') + 1));
    return ConfigIo::tr("%1: line %2, column %3: %4")
        .arg(fileLabel)
        .arg(line)
        .arg(column)
        .arg(error.errorString());
}

} // namespace

Result<HallConfig> ConfigReader::parse(const QByteArray& json, const QString& fileLabel)
{
    // Windows Notepad saves UTF-8 with a byte-order mark, which QJsonDocument rejects.
    const QByteArray body = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError syntax;
    const QJsonDocument document = QJsonDocument::fromJson(body, &syntax);
    if (syntax.error != QJsonParseError::NoError)
        return invalidConfig({syntaxErrorLine(body, syntax, fileLabel)});
    if (!document.isObject())
        return invalidConfig(
            {ConfigIo::tr("%1: line 1, column 1: the file must hold one JSON object {...}").arg(fileLabel)});

    // QJsonDocument has kept the last of two equal keys; which one was meant, only the author knows.
    ConfigProblems problems = DuplicateKeys::find(body);
    Reader reader;
    HallConfig config = reader.hall(document.object());
    const ConfigProblems& read = reader.problems();
    problems += read;
    // A value the reader could not read is already reported; the validator would only see its placeholder.
    for (const auto& problem : ConfigValidator::run(config)) {
        const bool covered = std::any_of(read.cbegin(), read.cend(), [&](const ConfigProblem& p) {
            return configpath::isWithin(problem.path, p.path);
        });
        if (!covered)
            problems.append(problem);
    }
    if (!problems.isEmpty())
        return invalidConfig(configpath::format(problems, fileLabel + u": "_s));
    return config;
}

Result<HallConfig> ConfigReader::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::BadInput, ErrorCode::ConfigUnreadable,
                         ConfigIo::tr("%1: no such file").arg(path));
    if (info.isDir())
        return makeError(ErrorKind::BadInput, ErrorCode::ConfigUnreadable,
                         ConfigIo::tr("%1: is a directory, not a configuration file").arg(path));
    // A pipe or a device would block the import until someone writes to it, or never end.
    if (!info.isFile())
        return makeError(
            ErrorKind::BadInput, ErrorCode::ConfigUnreadable,
            ConfigIo::tr("%1: is not a regular file (a pipe or a device); save the configuration "
                         "to a file and import that")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput, ErrorCode::ConfigUnreadable,
                         ConfigIo::tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    // Read one byte past the limit rather than trusting size(): pipes and /proc files report 0.
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (content.size() > kMaxFileBytes)
        return makeError(
            ErrorKind::BadInput, ErrorCode::InvalidConfig,
            ConfigIo::tr("%1: the file is larger than 5 MB; a hall configuration is much smaller").arg(path));
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::BadInput, ErrorCode::ConfigUnreadable,
                         ConfigIo::tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return parse(content, path);
}

} // namespace antre
