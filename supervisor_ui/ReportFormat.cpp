#include "supervisor_ui/ReportFormat.h"

#include "core/Schedule.h"

#include <QLocale>
#include <QTime>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QString ReportFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString ReportFormat::minutes(double value, bool hasSamples)
{
    return hasSamples ? QLocale().toString(value, 'f', 1) : dash();
}

QString ReportFormat::percent(double value, bool hasSamples)
{
    // A no-break space keeps "85,0 %" on one line in narrow table columns.
    return hasSamples ? QLocale().toString(value, 'f', 1) + u"\u00a0%"_s : dash();
}

QString ReportFormat::date(QDate date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

QString ReportFormat::shortDate(QDate date)
{
    return QLocale().toString(date, u"dd/MM"_s);
}

QString ReportFormat::weekdayDate(QDate date)
{
    return QLocale().toString(date, u"ddd, dd/MM/yyyy"_s);
}

QString ReportFormat::month(QDate date)
{
    return QLocale().toString(date, u"MMMM yyyy"_s);
}

QString ReportFormat::period(QDate from, QDate to)
{
    if (from == to)
        return date(from);
    return date(from) + u" – "_s + date(to);
}

QString ReportFormat::time(const QDateTime& instant, const QTimeZone& zone)
{
    return Schedule::formatTime(instant.toTimeZone(zone).time());
}

QString ReportFormat::dateTime(const QDateTime& instant, const QTimeZone& zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return date(local.date()) + u' ' + Schedule::formatTime(local.time());
}

QString ReportFormat::hourRange(int hour)
{
    return Schedule::formatTime(QTime(hour, 0)) + u'–' + Schedule::formatTime(QTime((hour + 1) % 24, 0));
}

QString ReportFormat::elapsed(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    const QString mmss = u"%1:%2"_s.arg(h > 0 ? u"%1"_s.arg(m, 2, 10, QChar(u'0')) : QString::number(m))
                             .arg(s, 2, 10, QChar(u'0'));
    return h > 0 ? QString::number(h) + u':' + mmss : mmss;
}

QString ReportFormat::dash()
{
    return u"–"_s;
}

} // namespace antre
