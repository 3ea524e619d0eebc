#pragma once

#include "core/Types.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

#include <optional>

namespace antre {

// Everything an officer can do at an open booth. Break is one button that reads "Istirahat" while open
// and "Lanjut" while on a break, so the key that starts a break also ends it.
enum class CounterAction
{
    CallNext,
    Recall,
    Serve,
    Finish,
    FinishAndNext,
    NoShow,
    Transfer,
    Break,
    Close
};

struct ActionState
{
    bool enabled = false;
    QString reason; // why it is disabled, translated; empty when enabled
};

// What the booth looks like right now, as far as the rules are concerned.
struct BoothSituation
{
    CounterState state = CounterState::Closed;
    std::optional<TicketStatus> ticket; // the booth's open ticket (called or being served)
    QString ticketNumber;
    int waiting = 0; // tickets waiting for this booth's services
};

// Which actions apply in a situation and why the others do not. The engine enforces the same rules;
// these exist so that a button that would be refused is disabled before it is pressed.
class CounterActions final
{
    Q_DECLARE_TR_FUNCTIONS(CounterActions)
public:
    static QList<CounterAction> all();
    static ActionState evaluate(CounterAction action, const BoothSituation& situation);

    static QString title(CounterAction action, CounterState state);
    // For the compact window's narrow buttons; the full title stays in the tooltip.
    static QString shortTitle(CounterAction action, CounterState state);
    static QString description(CounterAction action, CounterState state);
    // Function key first, then the numeric keypad key.
    static QList<QKeySequence> shortcuts(CounterAction action);
    // "F1 · Num 1", as printed on the button.
    static QString shortcutHint(CounterAction action);
    static QString objectName(CounterAction action);
};

} // namespace antre
