#include "tests/ui/counter/BoothHarness.h"

#include "core/services/ChangeNotifier.h"
#include "counter_ui/BoothPage.h"
#include "counter_ui/CounterSession.h"
#include "ui_common/AppContext.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

BoothHarness::BoothHarness() : BoothHarness(defaults()) {}

BoothHarness::BoothHarness(const CounterOptions& options)
{
    hall.services().changes.start();
    CounterOptions o = options;
    if (o.memoryPath.isEmpty())
        o.memoryPath = hall.dir() + u"/booth.ini"_s;
    build(o);
}

BoothHarness::~BoothHarness()
{
    m_window.reset();
    hall.services().changes.stop();
}

CounterOptions BoothHarness::defaults(const QString& memoryPath)
{
    CounterOptions o;
    o.idleLockMs = 0;
    o.memoryPath = memoryPath;
    return o;
}

void BoothHarness::build(const CounterOptions& options)
{
    m_window = std::make_unique<CounterWindow>(CounterDeps::fromHall(hall.services()), options);
    m_window->resize(1366, 768);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    REQUIRE(QTest::qWaitForWindowExposed(m_window.get()));
    auto started = m_window->start();
    if (!started.ok())
        FAIL(started.error().message.toStdString());
}

void BoothHarness::restart(const CounterOptions& options)
{
    m_window.reset();
    CounterOptions o = options;
    if (o.memoryPath.isEmpty())
        o.memoryPath = hall.dir() + u"/booth.ini"_s;
    build(o);
}

void BoothHarness::click(const QString& name)
{
    test::click(m_window.get(), name);
}

bool BoothHarness::isEnabled(const QString& name)
{
    return find<QAbstractButton>(name)->isEnabled();
}

void BoothHarness::login(const QString& staffId, const QString& pin)
{
    REQUIRE(m_window->page() == CounterWindow::Page::Login);
    find<QLineEdit>(u"staffIdEdit"_s)->setText(staffId);
    auto* pinEdit = find<QLineEdit>(u"pinEdit"_s);
    pinEdit->setFocus();
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClick(pinEdit, Qt::Key_Return);
}

void BoothHarness::openCounter(const QString& code)
{
    REQUIRE(m_window->page() == CounterWindow::Page::Picker);
    click(u"counter_"_s + code);
    REQUIRE(m_window->page() == CounterWindow::Page::Booth);
}

void BoothHarness::openL1()
{
    login(u"OFF1"_s, u"1234"_s);
    openCounter(u"L1"_s);
}

QStringList BoothHarness::issue(const QString& service, int count, bool priority)
{
    QStringList numbers;
    for (int i = 0; i < count; ++i) {
        auto issued = hall.services().queue.issue(service, priority);
        REQUIRE(issued.ok());
        numbers << issued.value().number.toString();
    }
    // What the change watcher would do a few milliseconds later.
    m_window->session().refresh();
    return numbers;
}

QString BoothHarness::status()
{
    return m_window->boothPage().statusText();
}

QString BoothHarness::loginMessage()
{
    return find<QLabel>(u"loginMessage"_s)->text();
}

QString BoothHarness::currentNumber()
{
    return find<QLabel>(u"ticketNumber"_s)->text();
}

TicketInfo BoothHarness::ticket(const QString& number)
{
    auto parsed = TicketNumber::parse(number);
    REQUIRE(parsed);
    auto t = hall.services().queue.ticket(*parsed, TestHall::monday());
    REQUIRE(t.ok());
    return t.value();
}

void BoothHarness::key(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

} // namespace antre::test

namespace antre::test {

void BoothHarness::shot(const QString& name)
{
    const QString folder = qEnvironmentVariable("ANTRE_COUNTER_SHOTS");
    if (folder.isEmpty())
        return;
    QCoreApplication::processEvents();
    CHECK(saveScreenshot(m_window.get(), folder + u'/' + name + u".png"_s));
}

} // namespace antre::test
