#include "ConfigIo.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <numeric>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// A hall configuration is a few hundred kilobytes at most; anything bigger is the wrong file.
constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;

using Keys = std::initializer_list<QStringView>;

struct Problem
{
    QString path;
    QString text;
};
using Problems = QList<Problem>;

QString child(const QString& path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString item(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

// True when `path` is `outer` or lies inside it ("services[2]" contains "services[2].code").
bool isWithin(const QString& path, const QString& outer)
{
    if (!path.startsWith(outer))
        return false;
    return path.size() == outer.size() || path.at(outer.size()) == u'.' || path.at(outer.size()) == u'[';
}

QStringList format(const Problems& problems, const QString& prefix)
{
    QStringList lines;
    for (const auto& problem : problems)
        lines.append(prefix + problem.path + u": "_s + problem.text);
    return lines;
}

Error invalidConfig(const QStringList& lines)
{
    return makeError(ErrorKind::BadInput, u"invalid_config"_s, lines.join(u'\n'));
}

// Code points of text; an unpaired surrogate (which a JSON "\ud800" escape gives) is kept as itself.
QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            points.append(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            points.append(c.unicode());
        }
    }
    return points;
}

bool isControl(char32_t c) // C0 (with NUL), DEL and C1
{
    return QChar::category(c) == QChar::Other_Control;
}

bool isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

bool isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// Characters that show nothing on a screen or a ticket: white space, format characters (zero-width space
// and joiners, direction marks, the byte-order mark, the soft hyphen) and the default-ignorable and blank
// characters that are not format characters, for which QChar has no property (the combining grapheme
// joiner, Hangul fillers, variation selectors, the braille blank).
bool isInvisible(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> kBlanks[] = {
        {0x034F, 0x034F}, {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F},   {0x2800, 0x2800},
        {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFFA0, 0xFFA0}, {0xE0100, 0xE01EF},
    };
    if (isControl(c) || QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format)
        return true;
    return std::any_of(std::begin(kBlanks), std::end(kBlanks),
                       [c](const auto& range) { return c >= range.first && c <= range.second; });
}

QString codePointName(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

// A character as a message names it: itself when it can be seen, otherwise its code point and what it is.
QString describe(char32_t c)
{
    const QString name = codePointName(c);
    if (isLineBreak(c))
        return ConfigIo::tr("%1 (a line break)").arg(name);
    if (isControl(c))
        return ConfigIo::tr("%1 (a control character)").arg(name);
    if (isSurrogate(c))
        return ConfigIo::tr("%1 (not a valid character)").arg(name);
    if (QChar::isSpace(c))
        return ConfigIo::tr("%1 (a space)").arg(name);
    if (isInvisible(c))
        return ConfigIo::tr("%1 (invisible)").arg(name);
    return u'"' + QString::fromUcs4(&c, 1) + u"\" ("_s + name + u')';
}

// A value in a message, as it would be written in the JSON file: characters that cannot be seen are
// escaped, so that "AK1\u200B" shows why it is not AK1, and a line break cannot split a message in two.
QString quoted(const QString& text)
{
    QString out = u"\""_s;
    for (const char32_t c : codePoints(text)) {
        if (c == u' ' || (!isInvisible(c) && !isSurrogate(c))) {
            out += QString::fromUcs4(&c, 1);
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else {
            // One escape per UTF-16 unit, as JSON writes it; an unpaired surrogate as itself.
            const QString units = c > 0xFFFF ? QString::fromUcs4(&c, 1) : QString(QChar(char16_t(c)));
            for (const QChar unit : units)
                out += u"\\u"_s + QString::number(unit.unicode(), 16).toUpper().rightJustified(4, u'0');
        }
    }
    return out + u'"';
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

int weekdayFromKey(QStringView key)
{
    for (int day = 1; day <= 7; ++day)
        if (key == ConfigIo::weekdayKey(day))
            return day;
    return 0;
}

std::optional<QDate> parseDate(const QString& text)
{
    // \A…\z, not ^…$: "$" also matches before a final line break.
    static const QRegularExpression pattern(u"\\A\\d{4}-\\d{2}-\\d{2}\\z"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

// Parse stage: JSON shape, types, unknown keys and the text formats of times and dates. Every list
// entry yields one element, a default-constructed placeholder when it cannot be read, so that the
// validator's paths ("services[3]") still match the file.
class Reader final
{
public:
    HallConfig hall(const QJsonObject& root);
    const Problems& problems() const { return m_problems; }

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

    Problems m_problems;
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
        add(child(path, it.key()), guess.isEmpty()
                                       ? ConfigIo::tr("unknown key")
                                       : ConfigIo::tr("unknown key (did you mean %1?)").arg(quoted(guess)));
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
    const double number = value.toDouble();
    if (!value.isDouble() || number != std::trunc(number) || std::abs(number) > 1e9) {
        add(child(path, key), value.isDouble() ? ConfigIo::tr("%1 is not a whole number").arg(number)
                                               : mismatch(ConfigIo::tr("a whole number"), value));
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
    const auto date = parseDate(text);
    if (!date)
        add(path, ConfigIo::tr("%1 is not a date (YYYY-MM-DD)").arg(quoted(text)));
    return date.value_or(QDate());
}

TimeRange Reader::toRange(const QString& text, const QString& path)
{
    const auto range = ConfigIo::parseRange(text);
    if (!range)
        add(path, ConfigIo::tr("%1 is not HH:MM-HH:MM").arg(quoted(text)));
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
    checkKeys(
        json, path,
        {u"name", u"timezone", u"priority_run_limit", u"ticket_footer", u"running_text", u"call_phrase"});
    SiteConfig site;
    site.name = string(json, path, u"name");
    site.timezone = string(json, path, u"timezone", site.timezone);
    site.priorityRunLimit = integer(json, path, u"priority_run_limit").value_or(site.priorityRunLimit);
    site.ticketFooter = string(json, path, u"ticket_footer");
    site.runningText = string(json, path, u"running_text");
    site.callPhrase = string(json, path, u"call_phrase");
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
        const int day = weekdayFromKey(it.key());
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
            ConfigIo::tr("%1 is not one of officer, supervisor, admin").arg(quoted(role)));
    staff.counters = strings(json, path, u"counters");
    staff.pin = string(json, path, u"pin");
    staff.active = boolean(json, path, u"active", staff.active);
    return staff;
}

// Where a text may have several lines: the ticket footer (the printer starts a new line) and the running text
// (edited in a multi-line box; the ticker joins the lines). Names and the other texts are shown, printed and
// spoken on one line.
enum class Lines
{
    One,
    Several
};

// Validation stage: the rules that hold for the structs whether they came from a file or the editor.
class Validator final
{
public:
    explicit Validator(const HallConfig& config) : m_config(config) {}
    Problems run();

private:
    void add(const QString& path, const QString& text) { m_problems.append({path, text}); }
    // A name people read: required, on one line, with something visible.
    void name(const QString& value, const QString& path);
    // A code people type and programs match exactly: required, ASCII letters, digits, "-", "_", ".".
    void code(const QString& value, const QString& path);
    // Any text: no control characters, no line break unless lines is Several. False when it found a problem.
    bool text(const QString& value, const QString& path, Lines lines = Lines::One);
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
    void counter(const CounterConfig& counter, const QString& path);
    void weeklyHours(const WeeklyHours& hours, const QString& path);
    void dayRanges(const QList<TimeRange>& ranges, const QString& path);
    void overrides(const QList<HoursOverride>& overrides, const QString& path);
    void staff(const StaffConfig& staff, const QString& path);

    const HallConfig& m_config;
    Problems m_problems;
};

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

Problems Validator::run()
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

void Validator::agency(const AgencyConfig& agency, const QString& path)
{
    code(agency.code, child(path, u"code"));
    name(agency.name, child(path, u"name"));
}

void Validator::counter(const CounterConfig& counter, const QString& path)
{
    code(counter.code, child(path, u"code"));
    name(counter.name, child(path, u"name"));
    referenceList(counter.services, child(path, u"services"), keysOf(m_config.services, &ServiceConfig::code),
                  ConfigIo::tr("unknown service %1"));
}

void Validator::name(const QString& value, const QString& path)
{
    if (value.trimmed().isEmpty()) {
        add(path, ConfigIo::tr("is required"));
        return;
    }
    if (!text(value, path))
        return;
    // A zero-width space or a lone joiner looks empty on every screen and ticket.
    QStringList hidden;
    for (const char32_t c : codePoints(value)) {
        if (!isInvisible(c))
            return;
        if (!QChar::isSpace(c) && !hidden.contains(codePointName(c)))
            hidden.append(codePointName(c));
    }
    add(path, ConfigIo::tr("contains only invisible characters (%1)").arg(hidden.join(u", "_s)));
}

void Validator::code(const QString& value, const QString& path)
{
    if (value.trimmed().isEmpty()) {
        add(path, ConfigIo::tr("is required"));
        return;
    }
    // ASCII only: anything else can look like a character it is not (an invisible one, a Cyrillic A, an é
    // composed or not) while matching is exact, and cannot always be typed at a booth or a command line.
    const auto allowed = [](char32_t c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_' || c == u'.';
    };
    for (const char32_t c : codePoints(value)) {
        if (!allowed(c)) {
            add(path, ConfigIo::tr("contains %1; a code may only use letters A-Z and a-z, digits 0-9, \"-\", "
                                   "\"_\" and \".\"")
                          .arg(describe(c)));
            return;
        }
    }
}

bool Validator::text(const QString& value, const QString& path, Lines lines)
{
    for (const char32_t c : codePoints(value)) {
        if (c == u'\n' && lines == Lines::Several)
            continue;
        if (isLineBreak(c) && lines == Lines::One) {
            add(path, ConfigIo::tr("contains %1; this text must be on one line").arg(describe(c)));
            return false;
        }
        if (isControl(c) || isSurrogate(c)) {
            add(path, ConfigIo::tr("contains %1; remove it").arg(describe(c)));
            return false;
        }
    }
    return true;
}

void Validator::reference(const QString& value, const QString& path, const QStringList& known,
                          const QString& unknownText)
{
    if (value.isEmpty())
        add(path, ConfigIo::tr("is required"));
    else if (!known.contains(value))
        add(path, unknownText.arg(quoted(value)));
}

void Validator::referenceList(const QStringList& values, const QString& path, const QStringList& known,
                              const QString& unknownText)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        reference(values[i], item(path, i), known, unknownText);
    forEachRepeat(values, [&](qsizetype index, qsizetype first) {
        add(item(path, index),
            ConfigIo::tr("%1 is listed twice (also %2)").arg(quoted(values[index]), item(path, first)));
    });
}

void Validator::unique(const QStringList& keys, const QString& section, QStringView field)
{
    forEachRepeat(keys, [&](qsizetype index, qsizetype first) {
        add(child(item(section, index), field),
            ConfigIo::tr("duplicate %1 %2 (first used by %3)")
                .arg(field.toString(), quoted(keys[index]), item(section, first)));
    });
}

void Validator::site()
{
    const SiteConfig& site = m_config.site;
    name(site.name, u"site.name"_s);
    text(site.ticketFooter, u"site.ticket_footer"_s, Lines::Several);
    text(site.runningText, u"site.running_text"_s, Lines::Several);
    text(site.callPhrase, u"site.call_phrase"_s);
    if (site.timezone.isEmpty())
        add(u"site.timezone"_s, ConfigIo::tr("is required"));
    else if (!QTimeZone::isTimeZoneIdAvailable(site.timezone.toUtf8()))
        add(u"site.timezone"_s,
            ConfigIo::tr("%1 is not a known IANA time zone (e.g. Asia/Jakarta)").arg(quoted(site.timezone)));
    if (site.priorityRunLimit < 1)
        add(u"site.priority_run_limit"_s, ConfigIo::tr("must be at least 1"));
}

void Validator::service(const ServiceConfig& service, const QString& path)
{
    static const QRegularExpression prefixPattern(u"\\A[A-Za-z]{1,3}\\z"_s);
    code(service.code, child(path, u"code"));
    name(service.name, child(path, u"name"));
    reference(service.agency, child(path, u"agency"), keysOf(m_config.agencies, &AgencyConfig::code),
              ConfigIo::tr("unknown agency %1"));
    if (service.prefix.isEmpty())
        add(child(path, u"prefix"), ConfigIo::tr("is required"));
    else if (!prefixPattern.match(service.prefix).hasMatch())
        add(child(path, u"prefix"),
            ConfigIo::tr("%1 must be 1 to 3 letters A-Z").arg(quoted(service.prefix)));
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
    const QString standard = child(path, u"standard");
    for (qsizetype i = 0; i < service.standard.requirements.size(); ++i)
        text(service.standard.requirements[i], item(child(standard, u"requirements"), i));
    text(service.standard.fee, child(standard, u"fee"));
    text(service.standard.duration, child(standard, u"duration"));
}

void Validator::weeklyHours(const WeeklyHours& hours, const QString& path)
{
    for (auto it = hours.begin(); it != hours.end(); ++it) {
        const QString key = ConfigIo::weekdayKey(it.key());
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
    for (qsizetype i = 0; i < ranges.size(); ++i) {
        const TimeRange& range = ranges[i];
        if (!range.from.isValid() || !range.to.isValid()) {
            add(item(path, i), ConfigIo::tr("is not a valid time range"));
            continue;
        }
        if (!usable(range)) {
            add(item(path, i),
                ConfigIo::tr("%1 must end after it starts").arg(quoted(ConfigIo::formatRange(range))));
            continue;
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (usable(ranges[j]) && range.from < ranges[j].to && ranges[j].from < range.to) {
                add(item(path, i),
                    ConfigIo::tr("%1 overlaps %2")
                        .arg(quoted(ConfigIo::formatRange(range)), quoted(ConfigIo::formatRange(ranges[j]))));
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
    code(staff.id, child(path, u"id"));
    name(staff.name, child(path, u"name"));
    referenceList(staff.counters, child(path, u"counters"), keysOf(m_config.counters, &CounterConfig::code),
                  ConfigIo::tr("unknown counter %1"));
    // The PIN itself is never echoed: error messages end up in logs and on screens.
    if (!staff.pin.isEmpty() && !pinPattern.match(staff.pin).hasMatch())
        add(child(path, u"pin"), ConfigIo::tr("must be 4 to 12 digits"));
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
        json.insert(ConfigIo::weekdayKey(it.key()), arrayOf(it.value(), ConfigIo::formatRange));
    return json;
}

QJsonArray datesJson(const QList<QDate>& dates)
{
    return arrayOf(dates, [](QDate date) { return date.toString(Qt::ISODate); });
}

QJsonObject siteJson(const SiteConfig& site)
{
    return {{u"name"_s, site.name},
            {u"timezone"_s, site.timezone},
            {u"priority_run_limit"_s, site.priorityRunLimit},
            {u"ticket_footer"_s, site.ticketFooter},
            {u"running_text"_s, site.runningText},
            {u"call_phrase"_s, site.callPhrase}};
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
    // No "pin": a configuration export may be mailed around; PINs only travel into the hall.
    return {{u"id"_s, staff.id},
            {u"name"_s, staff.name},
            {u"role"_s, toKey(staff.role)},
            {u"counters"_s, QJsonArray::fromStringList(staff.counters)},
            {u"active"_s, staff.active}};
}

} // namespace

Result<HallConfig> ConfigIo::parse(const QByteArray& json, const QString& fileLabel)
{
    // Windows Notepad saves UTF-8 with a byte-order mark, which QJsonDocument rejects.
    const QByteArray body = json.startsWith("\xEF\xBB\xBF") ? json.mid(3) : json;
    QJsonParseError syntax;
    const QJsonDocument document = QJsonDocument::fromJson(body, &syntax);
    if (syntax.error != QJsonParseError::NoError)
        return invalidConfig({syntaxErrorLine(body, syntax, fileLabel)});
    if (!document.isObject())
        return invalidConfig(
            {tr("%1: line 1, column 1: the file must hold one JSON object {...}").arg(fileLabel)});

    Reader reader;
    HallConfig config = reader.hall(document.object());
    Problems problems = reader.problems();
    // A value the reader could not read is already reported; the validator would only see its placeholder.
    for (const auto& problem : Validator(config).run()) {
        const bool covered = std::any_of(problems.cbegin(), problems.cend(),
                                         [&](const Problem& p) { return isWithin(problem.path, p.path); });
        if (!covered)
            problems.append(problem);
    }
    if (!problems.isEmpty())
        return invalidConfig(format(problems, fileLabel + u": "_s));
    return config;
}

Result<HallConfig> ConfigIo::readFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::BadInput, u"config_unreadable"_s, tr("%1: no such file").arg(path));
    if (info.isDir())
        return makeError(ErrorKind::BadInput, u"config_unreadable"_s,
                         tr("%1: is a directory, not a configuration file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput, u"config_unreadable"_s,
                         tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    // Read one byte past the limit rather than trusting size(): pipes and /proc files report 0.
    const QByteArray content = file.read(kMaxFileBytes + 1);
    if (content.size() > kMaxFileBytes)
        return makeError(
            ErrorKind::BadInput, u"invalid_config"_s,
            tr("%1: the file is larger than 5 MB; a hall configuration is much smaller").arg(path));
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorKind::BadInput, u"config_unreadable"_s,
                         tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return parse(content, path);
}

QStringList ConfigIo::validate(const HallConfig& config)
{
    return format(Validator(config).run(), {});
}

QJsonObject ConfigIo::toJson(const HallConfig& config)
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

QByteArray ConfigIo::toJsonBytes(const HallConfig& config)
{
    return QJsonDocument(toJson(config)).toJson(QJsonDocument::Indented);
}

QString ConfigIo::formatRange(const TimeRange& range)
{
    return range.from.toString(u"HH:mm"_s) + u'-' + range.to.toString(u"HH:mm"_s);
}

std::optional<TimeRange> ConfigIo::parseRange(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime from(match.captured(1).toInt(), match.captured(2).toInt());
    const QTime to(match.captured(3).toInt(), match.captured(4).toInt());
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return TimeRange{from, to};
}

QString ConfigIo::weekdayKey(int isoWeekday)
{
    static const QStringList keys{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return keys.value(isoWeekday - 1);
}

} // namespace antre
