#pragma once

#include <QCoreApplication>

namespace antre {

class CounterWindow;

// Drill and test mode (--auto-call N): drives the booth's own buttons as an officer would — Call next,
// Start serving, Done → Completed — N times, printing "called A-001 12ms" for each number on standard
// output (with the time the press of Call next took).
// It prints "ready" once the booth is open and starts on a line "go" from standard input, so that a test
// can make several booths press Call next at the same instant.
class AutoCall final
{
    Q_DECLARE_TR_FUNCTIONS(AutoCall)
public:
    // Returns the exit code: 0 after N calls or an empty queue, 1 when an action fails otherwise.
    static int run(CounterWindow& window, int count);
};

} // namespace antre
