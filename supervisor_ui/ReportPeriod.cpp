#include "supervisor_ui/ReportPeriod.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

ReportPeriod ReportPeriod::around(Kind kind, QDate date)
{
    switch (kind) {
    case Kind::Day:
        return {kind, date, date};
    case Kind::Week: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        return {kind, monday, monday.addDays(6)};
    }
    case Kind::Month: {
        const QDate first(date.year(), date.month(), 1);
        return {kind, first, first.addMonths(1).addDays(-1)};
    }
    case Kind::Year:
        return {kind, QDate(date.year(), 1, 1), QDate(date.year(), 12, 31)};
    case Kind::Range:
        break;
    }
    return {Kind::Range, date, date};
}

ReportPeriod ReportPeriod::range(QDate from, QDate to)
{
    if (to < from)
        std::swap(from, to);
    return {Kind::Range, from, to};
}

ReportPeriod ReportPeriod::shifted(int steps) const
{
    switch (kind) {
    case Kind::Day:
        return around(kind, from.addDays(steps));
    case Kind::Week:
        return around(kind, from.addDays(7 * steps));
    case Kind::Month:
        return around(kind, from.addMonths(steps));
    case Kind::Year:
        return around(kind, from.addYears(steps));
    case Kind::Range:
        break;
    }
    const qint64 length = from.daysTo(to) + 1;
    return {kind, from.addDays(length * steps), to.addDays(length * steps)};
}

int ReportPeriod::days() const
{
    return int(from.daysTo(to)) + 1;
}

QString ReportPeriod::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Day:
        return tr("Day");
    case Kind::Week:
        return tr("Week");
    case Kind::Month:
        return tr("Month");
    case Kind::Year:
        return tr("Year");
    case Kind::Range:
        return tr("Date range");
    }
    return {};
}

QString ReportPeriod::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Day:
        return u"day"_s;
    case Kind::Week:
        return u"week"_s;
    case Kind::Month:
        return u"month"_s;
    case Kind::Year:
        return u"year"_s;
    case Kind::Range:
        return u"range"_s;
    }
    return {};
}

} // namespace antre
