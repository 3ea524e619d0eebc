#include "counter_ui/AutoCall.h"

#include "counter_ui/ActionButton.h"
#include "counter_ui/BoothPage.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/CounterWindow.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

bool click(CounterWindow& window, const QString& name)
{
    auto* button = window.findChild<QAbstractButton*>(name);
    if (!button || !button->isEnabled())
        return false;
    button->click();
    return true;
}

} // namespace

int AutoCall::run(CounterWindow& window, int count)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CounterSession& session = window.session();
    if (window.page() != CounterWindow::Page::Booth) {
        err << tr("auto-call: the counter is not open") << Qt::endl;
        return 1;
    }
    out << "ready " << session.counterCode() << Qt::endl;
    std::string line;
    if (!std::getline(std::cin, line) || QString::fromStdString(line).trimmed() != u"go") {
        err << tr("auto-call: expected \"go\" on standard input") << Qt::endl;
        return 1;
    }
    int called = 0;
    QElapsedTimer clock;
    for (int i = 0; i < count; ++i) {
        clock.start();
        if (!click(window, u"callNextButton"_s)) {
            // Disabled: the queue looked empty. Pressing its key shows why, as an officer would see it.
            window.boothPage().trigger(CounterAction::CallNext);
        }
        const auto& current = session.snapshot().counter.current;
        if (!current || current->status != TicketStatus::Called) {
            out << "stop " << window.boothPage().statusText() << Qt::endl;
            break;
        }
        const QString number = current->number.toString();
        // The time the press took, screen refresh included: what an officer waits for.
        out << "called " << number << ' ' << clock.elapsed() << "ms" << Qt::endl;
        ++called;
        if (!click(window, u"serveButton"_s) || !click(window, u"finishButton"_s) ||
            !click(window, u"choice_completed"_s)) {
            err << tr("auto-call: could not finish %1: %2").arg(number, window.boothPage().statusText())
                << Qt::endl;
            return 1;
        }
    }
    out << "done " << called << Qt::endl;
    return 0;
}

} // namespace antre
