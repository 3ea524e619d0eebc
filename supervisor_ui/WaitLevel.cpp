#include "supervisor_ui/WaitLevel.h"

#include "ui_common/Style.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

WaitLevel waitLevel(const QDateTime& oldestWaitingSince, int targetWaitMin, const QDateTime& now)
{
    if (!oldestWaitingSince.isValid())
        return WaitLevel::None;
    const qint64 waitedSecs = oldestWaitingSince.secsTo(now);
    const qint64 targetSecs = qint64(targetWaitMin) * 60;
    if (waitedSecs > targetSecs)
        return WaitLevel::Red;
    // Compared in whole numbers: 4 × wait ≥ 3 × target is "at least 75 %" without rounding.
    if (4 * waitedSecs >= 3 * targetSecs)
        return WaitLevel::Amber;
    return WaitLevel::Green;
}

QColor waitColor(WaitLevel level)
{
    switch (level) {
    case WaitLevel::Green:
        return Style::ok();
    case WaitLevel::Amber:
        return Style::warning();
    case WaitLevel::Red:
        return Style::danger();
    case WaitLevel::None:
        break;
    }
    return Style::muted();
}

QString waitKey(WaitLevel level)
{
    switch (level) {
    case WaitLevel::Green:
        return u"green"_s;
    case WaitLevel::Amber:
        return u"amber"_s;
    case WaitLevel::Red:
        return u"red"_s;
    case WaitLevel::None:
        break;
    }
    return u"none"_s;
}

} // namespace antre
