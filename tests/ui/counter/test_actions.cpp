#include "counter_ui/CounterActions.h"
#include "tests/support/QtStringMakers.h"

#include <QSet>

using namespace antre;
using namespace Qt::Literals::StringLiterals;

namespace {

QSet<CounterAction> enabledIn(const BoothSituation& s)
{
    QSet<CounterAction> enabled;
    for (CounterAction a : CounterActions::all())
        if (CounterActions::evaluate(a, s).enabled)
            enabled << a;
    return enabled;
}

void everyDisabledHasReason(const BoothSituation& s)
{
    for (CounterAction a : CounterActions::all()) {
        const ActionState state = CounterActions::evaluate(a, s);
        INFO("action " << CounterActions::objectName(a).toStdString());
        CHECK(state.enabled == state.reason.isEmpty());
    }
}

} // namespace

TEST_CASE("an open booth without a ticket can call, break and close", "[actions]")
{
    BoothSituation s{CounterState::Open, std::nullopt, {}, 3};
    CHECK(enabledIn(s) ==
          QSet<CounterAction>{CounterAction::CallNext, CounterAction::Break, CounterAction::Close});
    everyDisabledHasReason(s);

    s.waiting = 0;
    CHECK(enabledIn(s) == QSet<CounterAction>{CounterAction::Break, CounterAction::Close});
    CHECK(CounterActions::evaluate(CounterAction::CallNext, s).reason.contains(u"waiting"_s));
}

TEST_CASE("a called ticket can be recalled, served, marked no-show or transferred", "[actions]")
{
    const BoothSituation s{CounterState::Open, TicketStatus::Called, u"A-001"_s, 2};
    CHECK(enabledIn(s) == QSet<CounterAction>{CounterAction::Recall, CounterAction::Serve,
                                              CounterAction::NoShow, CounterAction::Transfer});
    everyDisabledHasReason(s);
    // Done needs the service started first, and the reason names the ticket and the key to press.
    const QString reason = CounterActions::evaluate(CounterAction::Finish, s).reason;
    CHECK(reason.contains(u"A-001"_s));
    CHECK(reason.contains(u"F3"_s));
}

TEST_CASE("a ticket being served can be finished or transferred", "[actions]")
{
    BoothSituation s{CounterState::Open, TicketStatus::Serving, u"B-004"_s, 1};
    CHECK(enabledIn(s) ==
          QSet<CounterAction>{CounterAction::Finish, CounterAction::FinishAndNext, CounterAction::Transfer});
    everyDisabledHasReason(s);
    s.waiting = 0;
    CHECK(enabledIn(s) == QSet<CounterAction>{CounterAction::Finish, CounterAction::Transfer});
}

TEST_CASE("a booth on a break can only resume or close", "[actions]")
{
    const BoothSituation s{CounterState::Break, std::nullopt, {}, 5};
    CHECK(enabledIn(s) == QSet<CounterAction>{CounterAction::Break, CounterAction::Close});
    CHECK(CounterActions::title(CounterAction::Break, CounterState::Break) == CounterActions::tr("Resume"));
    CHECK(CounterActions::title(CounterAction::Break, CounterState::Open) == CounterActions::tr("Break"));
    everyDisabledHasReason(s);
}

TEST_CASE("a closed booth allows nothing", "[actions]")
{
    const BoothSituation s{CounterState::Closed, std::nullopt, {}, 5};
    CHECK(enabledIn(s).isEmpty());
    everyDisabledHasReason(s);
}

TEST_CASE("every action has a function key, a numpad key and a unique object name", "[actions]")
{
    QSet<QString> names;
    QSet<QString> keys;
    for (CounterAction a : CounterActions::all()) {
        const auto shortcuts = CounterActions::shortcuts(a);
        REQUIRE(shortcuts.size() == 2);
        CHECK(shortcuts.at(0).toString().startsWith(u"F"_s));
        CHECK(shortcuts.at(1)[0].keyboardModifiers() == Qt::KeypadModifier);
        keys << shortcuts.at(0).toString() << shortcuts.at(1).toString();
        names << CounterActions::objectName(a);
        CHECK(CounterActions::shortcutHint(a).contains(shortcuts.at(0).toString()));
    }
    CHECK(names.size() == CounterActions::all().size());
    CHECK(keys.size() == 2 * CounterActions::all().size());
}
