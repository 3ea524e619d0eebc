#pragma once

#include <QDeadlineTimer>
#include <QTest>

namespace antre::test {

// Runs the event loop until `condition` holds or the deadline passes, then says whether it holds (like
// QTRY_VERIFY). The deadline only bounds a hang: a slow machine makes a passing test slower, never a
// failing one, and nothing asserts on how long it took.
template <typename Condition> [[nodiscard]] bool waitUntil(Condition condition, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        // The one place tests hand the event loop a few milliseconds (see tests/check_no_sleeps.sh).
        QTest::qWait(5);
    }
    return true;
}

} // namespace antre::test
