#pragma once

#include "counter_ui/CounterOptions.h"
#include "counter_ui/CounterWindow.h"
#include "tests/support/TestHall.h"
#include "tests/support/Widgets.h"

#include <QAbstractButton>

#include <memory>

namespace antre::test {

// A counter window on a TestHall (OFF1 at L1/L2 with PIN 1234, OFF2 at L3 with PIN 5678), shown offscreen
// and active so that its keys work, wired from the hall's services with their change notifier running, like
// the program.
class BoothHarness final
{
public:
    BoothHarness();
    explicit BoothHarness(const CounterOptions& options);
    ~BoothHarness();
    Q_DISABLE_COPY_MOVE(BoothHarness)

    // Idle lock off, booth remembered in the hall's temporary folder.
    static CounterOptions defaults(const QString& memoryPath = {});
    // A new window on the same hall, as after a restart of the program.
    void restart(const CounterOptions& options);

    CounterWindow& window() { return *m_window; }
    // The window's widget of that objectName; fails the test, naming it, when there is none.
    template <typename T> T* find(const QString& name) { return child<T>(m_window.get(), name); }
    template <typename T> bool has(const QString& name) { return hasChild<T>(m_window.get(), name); }
    // Clicks a visible, enabled button; fails the test otherwise.
    void click(const QString& name);
    bool isEnabled(const QString& name);
    void login(const QString& staffId, const QString& pin);
    void openCounter(const QString& code);
    // Logs OFF1 in and opens L1.
    void openL1();
    QStringList issue(const QString& service, int count, bool priority = false);
    QString status();
    QString loginMessage();
    QString currentNumber();
    TicketInfo ticket(const QString& number);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // With ANTRE_COUNTER_SHOTS=<folder>, saves the window as <folder>/<name>.png for a person to look at.
    void shot(const QString& name);

    TestHall hall;

private:
    void build(const CounterOptions& options);

    std::unique_ptr<CounterWindow> m_window;
};

} // namespace antre::test
