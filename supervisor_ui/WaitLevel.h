#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

namespace antre {

// How the longest current wait of a service compares with its target: green below 75 % of the target,
// amber from 75 % up to the target, red beyond it; None when nobody waits.
enum class WaitLevel
{
    None,
    Green,
    Amber,
    Red
};

WaitLevel waitLevel(const QDateTime& oldestWaitingSince, int targetWaitMin, const QDateTime& now);
QColor waitColor(WaitLevel level);
// Stable key for tests and accessibility ("none", "green", "amber", "red").
QString waitKey(WaitLevel level);

} // namespace antre
