#include "core/config/ConfigFormats.h"

#include "core/Schedule.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString formatTime(QTime time)
{
    return Schedule::isEndOfDay(time) ? u"24:00"_s : time.toString(u"HH:mm"_s);
}

} // namespace

QString ConfigFormats::formatRange(const TimeRange& range)
{
    return formatTime(range.from) + u'-' + formatTime(range.to);
}

std::optional<TimeRange> ConfigFormats::parseRange(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})\\s*$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime from(match.captured(1).toInt(), match.captured(2).toInt());
    // "24:00" ends a range at midnight; "00:00-23:59" would close a minute early.
    const bool endOfDay = match.captured(3) == u"24"_s && match.captured(4) == u"00"_s;
    const QTime to =
        endOfDay ? Schedule::endOfDay() : QTime(match.captured(3).toInt(), match.captured(4).toInt());
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return TimeRange{from, to};
}

std::optional<QDate> ConfigFormats::parseDate(const QString& text)
{
    // \A…\z, not ^…$: "$" also matches before a final line break.
    static const QRegularExpression pattern(u"\\A\\d{4}-\\d{2}-\\d{2}\\z"_s);
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

QString ConfigFormats::weekdayKey(int isoWeekday)
{
    static const QStringList keys{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s};
    return keys.value(isoWeekday - 1);
}

int ConfigFormats::weekdayFromKey(QStringView key)
{
    for (int day = 1; day <= 7; ++day)
        if (key == weekdayKey(day))
            return day;
    return 0;
}

} // namespace antre
