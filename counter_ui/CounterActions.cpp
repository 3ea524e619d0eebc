#include "counter_ui/CounterActions.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

int indexOf(CounterAction action)
{
    return static_cast<int>(action);
}

ActionState allowed()
{
    return ActionState{true, {}};
}

ActionState refused(const QString& reason)
{
    return ActionState{false, reason};
}

} // namespace

QList<CounterAction> CounterActions::all()
{
    return {CounterAction::CallNext, CounterAction::Recall,        CounterAction::Serve,
            CounterAction::Finish,   CounterAction::FinishAndNext, CounterAction::NoShow,
            CounterAction::Transfer, CounterAction::Break,         CounterAction::Close};
}

ActionState CounterActions::evaluate(CounterAction action, const BoothSituation& s)
{
    if (s.state == CounterState::Closed)
        return refused(tr("The counter is closed."));

    if (s.state == CounterState::Break) {
        if (action == CounterAction::Break || action == CounterAction::Close)
            return allowed();
        return refused(tr("The counter is on a break; press Resume (F8) first."));
    }

    const QString& number = s.ticketNumber;
    if (!s.ticket) {
        switch (action) {
        case CounterAction::CallNext:
            return s.waiting > 0 ? allowed() : refused(tr("No one is waiting for this counter's services."));
        case CounterAction::Break:
        case CounterAction::Close:
            return allowed();
        default:
            return refused(tr("No number is called yet; press Call next (F1) first."));
        }
    }

    if (*s.ticket == TicketStatus::Called) {
        switch (action) {
        case CounterAction::CallNext:
            return refused(
                tr("Number %1 is still called: serve it, mark it no-show or transfer it first.").arg(number));
        case CounterAction::Recall:
        case CounterAction::Serve:
        case CounterAction::NoShow:
        case CounterAction::Transfer:
            return allowed();
        case CounterAction::Finish:
        case CounterAction::FinishAndNext:
            return refused(
                tr("Number %1 has not been served yet; press Start serving (F3) first.").arg(number));
        case CounterAction::Break:
        case CounterAction::Close:
            return refused(tr("Number %1 is still open; finish it first.").arg(number));
        }
    }

    // Being served.
    switch (action) {
    case CounterAction::CallNext:
        return refused(tr("Number %1 is being served; press Done (F4) first.").arg(number));
    case CounterAction::Recall:
        return refused(tr("Number %1 is already at the counter.").arg(number));
    case CounterAction::Serve:
        return refused(tr("Number %1 is already being served.").arg(number));
    case CounterAction::NoShow:
        return refused(tr("Number %1 came and is being served.").arg(number));
    case CounterAction::Finish:
    case CounterAction::Transfer:
        return allowed();
    case CounterAction::FinishAndNext:
        return s.waiting > 0 ? allowed() : refused(tr("No one else is waiting; press Done (F4)."));
    case CounterAction::Break:
    case CounterAction::Close:
        return refused(tr("Number %1 is still open; finish it first.").arg(number));
    }
    return refused({});
}

QString CounterActions::title(CounterAction action, CounterState state)
{
    switch (action) {
    case CounterAction::CallNext:
        return tr("Call next");
    case CounterAction::Recall:
        return tr("Call again");
    case CounterAction::Serve:
        return tr("Start serving");
    case CounterAction::Finish:
        return tr("Done");
    case CounterAction::FinishAndNext:
        return tr("Done & call next");
    case CounterAction::NoShow:
        return tr("No-show");
    case CounterAction::Transfer:
        return tr("Transfer");
    case CounterAction::Break:
        return state == CounterState::Break ? tr("Resume") : tr("Break");
    case CounterAction::Close:
        return tr("Close counter");
    }
    return {};
}

QString CounterActions::shortTitle(CounterAction action, CounterState state)
{
    if (action == CounterAction::FinishAndNext)
        return tr("Done & call", "short for Done & call next");
    return title(action, state);
}

QString CounterActions::description(CounterAction action, CounterState state)
{
    switch (action) {
    case CounterAction::CallNext:
        return tr("Calls the next waiting number to this counter.");
    case CounterAction::Recall:
        return tr("Announces the current number again.");
    case CounterAction::Serve:
        return tr("The citizen has arrived: starts the service time.");
    case CounterAction::Finish:
        return tr("Ends the service and records its outcome.");
    case CounterAction::FinishAndNext:
        return tr("Ends the service as completed and calls the next number at once.");
    case CounterAction::NoShow:
        return tr("The called citizen did not come.");
    case CounterAction::Transfer:
        return tr("Sends the citizen to another service; they keep their place in line.");
    case CounterAction::Break:
        return state == CounterState::Break ? tr("Ends the break and reopens the counter.")
                                            : tr("Pauses the counter with a reason.");
    case CounterAction::Close:
        return tr("Closes the counter; waiting citizens stay in line.");
    }
    return {};
}

QList<QKeySequence> CounterActions::shortcuts(CounterAction action)
{
    static const Qt::Key functionKeys[] = {Qt::Key_F1, Qt::Key_F2, Qt::Key_F3, Qt::Key_F4, Qt::Key_F5,
                                           Qt::Key_F6, Qt::Key_F7, Qt::Key_F8, Qt::Key_F9};
    const int i = indexOf(action);
    return {QKeySequence(QKeyCombination(functionKeys[i])),
            QKeySequence(QKeyCombination(Qt::KeypadModifier, Qt::Key(Qt::Key_1 + i)))};
}

QString CounterActions::shortcutHint(CounterAction action)
{
    const int i = indexOf(action);
    return tr("F%1 · Num %1").arg(i + 1);
}

QString CounterActions::objectName(CounterAction action)
{
    static const QString names[] = {u"callNextButton"_s, u"recallButton"_s,     u"serveButton"_s,
                                    u"finishButton"_s,   u"finishNextButton"_s, u"noShowButton"_s,
                                    u"transferButton"_s, u"breakButton"_s,      u"closeButton"_s};
    return names[indexOf(action)];
}

} // namespace antre
