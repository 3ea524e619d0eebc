#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace antre {

class StaffService;

// Wording of the booth. Refusals are worded here for the officer at the booth, keyed on the engine's
// stable error codes, so that the reason is always in the officer's language and names the key to press;
// an error this booth does not know is shown with the engine's own message.
class CounterText final
{
    Q_DECLARE_TR_FUNCTIONS(CounterText)
public:
    struct Context
    {
        QString counterName;
        QString ticketNumber;          // the booth's open ticket, if any
        QString ticketStatus;          // its status, translated
        StaffService* staff = nullptr; // for the remaining lockout time
        QString staffId;
        QDateTime now; // from the injected clock
    };
    static QString explain(const Error& error, const Context& context);
    // Why the buttons wait while the hall's server cannot be reached.
    static QString waitingForServer();
    // The hall could not be reached, or a write's outcome is unknown.
    static bool isConnectionFault(const Error& error);

    // "12 min", "1 h 05 min", "< 1 min"
    static QString minutes(qint64 seconds);
    // "6 min 30 s"
    static QString minutesSeconds(qint64 seconds);
    static QString outcome(Outcome outcome);
    static QString outcomeDetail(Outcome outcome);
    static QString ticketStatus(TicketStatus status);
    static QString counterState(CounterState state);
    static QStringList breakReasons();
};

} // namespace antre
