#include "counter_ui/CounterWindow.h"

#include "core/I18n.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"
#include "core/services/ChangeNotifier.h"
#include "counter_ui/BoothPage.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/CounterStyle.h"
#include "counter_ui/CounterText.h"
#include "counter_ui/IdleLock.h"
#include "counter_ui/LockPage.h"
#include "counter_ui/LoginPage.h"
#include "counter_ui/PickerPage.h"

#include <QApplication>
#include <QEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

CounterDeps CounterDeps::fromHall(HallServices& hall, I18n* i18n)
{
    return {hall.queue, hall.staff, hall.reports, hall.clock, &hall.changes, i18n};
}

CounterWindow::CounterWindow(const CounterDeps& deps, const CounterOptions& options, QWidget* parent)
    : QWidget(parent), m_options(options), m_i18n(deps.i18n), m_memory(options.memoryPath),
      m_session(new CounterSession(deps.queue, deps.staff, deps.reports, deps.clock, this)),
      m_idle(new IdleLock(this)), m_stack(new QStackedWidget(this)), m_login(new LoginPage),
      m_picker(new PickerPage), m_booth(new BoothPage(*m_session)), m_lock(new LockPage),
      m_refresh(new QTimer(this)), m_tick(new QTimer(this))
{
    setObjectName(u"counterWindow"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_stack->addWidget(m_login);
    m_stack->addWidget(m_picker);
    m_stack->addWidget(m_booth);
    m_stack->addWidget(m_lock);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    if (auto config = deps.queue.config(); config.ok())
        m_siteName = config.value().site.name;
    m_login->setSiteName(m_siteName);
    m_login->setLanguageButtonVisible(m_i18n != nullptr);
    m_booth->setLanguageButtonVisible(m_i18n != nullptr);

    connect(m_login, &LoginPage::loginRequested, this, &CounterWindow::onLoginRequested);
    connect(m_login, &LoginPage::languageRequested, this, &CounterWindow::toggleLanguage);
    connect(m_picker, &PickerPage::counterChosen, this, &CounterWindow::enterBooth);
    connect(m_picker, &PickerPage::logoutRequested, this, &CounterWindow::logout);
    connect(m_booth, &BoothPage::closed, this, [this](const QString& message) {
        m_memory.forgetCounter();
        showPicker(message, false);
    });
    connect(m_booth, &BoothPage::lockRequested, this, &CounterWindow::lock);
    connect(m_booth, &BoothPage::compactRequested, this, [this] {
        setCompact(!m_compact);
        applyWindowMode(m_sizeGiven);
    });
    connect(m_booth, &BoothPage::languageRequested, this, &CounterWindow::toggleLanguage);
    connect(m_lock, &LockPage::unlockRequested, this, &CounterWindow::onUnlock);
    connect(m_session, &CounterSession::refreshed, m_booth, &BoothPage::render);
    connect(m_session, &CounterSession::boothLost, this, &CounterWindow::onBoothLost);

    m_idle->setTimeoutMs(options.idleLockMs);
    connect(m_idle, &IdleLock::idleTimedOut, this, &CounterWindow::lock);

    // Many commits can arrive together (a kiosk rush); one refresh per event-loop turn is enough.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &CounterWindow::refreshNow);
    if (deps.changes)
        connect(deps.changes, &ChangeNotifier::changed, m_refresh, qOverload<>(&QTimer::start));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_page != Page::Booth)
            return;
        // No change notice comes from a server out of reach: look again each second (the database layer
        // spaces its reconnection attempts).
        if (m_session->isDisconnected())
            m_session->refresh();
        m_booth->tick();
    });
    m_tick->start();

    m_login->setStaffId(m_memory.staffId());
    setCompact(options.compact);
    retranslate();
    setPage(Page::Login);
}

CounterWindow::~CounterWindow() = default;

Status CounterWindow::start()
{
    const QString counter = m_options.counter;
    if (!m_options.staffId.isEmpty())
        m_login->setStaffId(m_options.staffId);
    if (m_options.pin) {
        m_login->setPin(*m_options.pin);
        m_login->submit();
        if (!m_session->isLoggedIn())
            return makeError(ErrorKind::Refused, ErrorCode::Login, m_login->message());
    } else if (m_options.pinless) {
        auto member = m_session->loginWithoutPin(m_options.staffId);
        if (!member.ok())
            return member.error();
        afterLogin(m_options.counter);
    }
    if (m_session->isLoggedIn() && !counter.isEmpty() && m_page != Page::Booth)
        return makeError(ErrorKind::Refused, ErrorCode::Counter, m_picker->message());
    if (m_page == Page::Login)
        m_login->focusFirstEmpty();
    return Done{};
}

void CounterWindow::retranslate()
{
    const QString title =
        m_session->inBooth() ? tr("Antre — %1").arg(m_session->counterName()) : tr("Antre — counter");
    setWindowTitle(title);
    setAccessibleName(title);
}

void CounterWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CounterWindow::setPage(Page page)
{
    m_page = page;
    QWidget* widget = m_login;
    switch (page) {
    case Page::Login:
        widget = m_login;
        break;
    case Page::Picker:
        widget = m_picker;
        break;
    case Page::Booth:
        widget = m_booth;
        break;
    case Page::Lock:
        widget = m_lock;
        break;
    }
    m_stack->setCurrentWidget(widget);
    m_idle->setArmed(page == Page::Picker || page == Page::Booth);
    retranslate();
    Q_EMIT pageChanged();
}

void CounterWindow::onLoginRequested(const QString& staffId, const QString& pin)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto member = m_session->login(staffId, pin);
    QApplication::restoreOverrideCursor();
    m_login->clearPin();
    if (!member.ok()) {
        m_login->showMessage(member.error().message);
        m_login->focusFirstEmpty();
        return;
    }
    m_login->showMessage({});
    // The counter given on the command line is only for the first login of this run.
    const QString counter = m_options.counter;
    m_options.counter.clear();
    afterLogin(counter);
}

void CounterWindow::afterLogin(const QString& preferredCounter)
{
    m_picker->setOfficer(m_session->officer().name);
    const QString resumable = m_session->resumableCounter();
    if (!resumable.isEmpty()) {
        enterBooth(resumable);
        return;
    }
    m_memory.remember(m_session->officer().id, m_memory.counterCode());
    if (!preferredCounter.isEmpty()) {
        enterBooth(preferredCounter);
        return;
    }
    showPicker({});
}

void CounterWindow::showPicker(const QString& message, bool error)
{
    auto choices = m_session->choices();
    m_picker->showMessage(choices.ok() ? message : choices.error().message, error || !choices.ok());
    m_picker->setChoices(choices.ok() ? choices.value() : QList<BoothChoice>{}, m_memory.counterCode());
    if (!message.isEmpty())
        m_picker->showMessage(message, error);
    // A booth lost while the screen is locked must not unlock it.
    if (m_page == Page::Lock)
        m_beforeLock = Page::Picker;
    else
        setPage(Page::Picker);
}

void CounterWindow::enterBooth(const QString& code)
{
    const ActionOutcome outcome = m_session->enter(code);
    if (!outcome.ok) {
        showPicker(outcome.message);
        return;
    }
    m_memory.remember(m_session->officer().id, code);
    setPage(Page::Booth);
    m_booth->showOutcome(outcome);
    m_booth->focusFirstAction();
}

void CounterWindow::onBoothLost(const QString& message)
{
    m_memory.forgetCounter();
    m_booth->cancelChoice();
    showPicker(message);
}

void CounterWindow::lock()
{
    if (m_page != Page::Picker && m_page != Page::Booth)
        return;
    m_beforeLock = m_page;
    QString info = m_session->officer().name;
    if (m_session->inBooth())
        info = QString(m_session->counterName() + u" · " + info);
    m_lock->setInfo(info);
    m_lock->reset();
    setPage(Page::Lock);
    m_lock->reset();
}

void CounterWindow::onUnlock(const QString& pin)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status verified = m_session->verifyPin(pin);
    QApplication::restoreOverrideCursor();
    if (!verified.ok()) {
        m_lock->reset();
        m_lock->showMessage(verified.error().message);
        return;
    }
    m_lock->reset();
    if (m_beforeLock == Page::Booth && m_session->inBooth()) {
        setPage(Page::Booth);
        m_session->refresh();
    } else {
        setPage(Page::Picker);
        refreshNow();
    }
}

void CounterWindow::logout()
{
    m_session->logout();
    m_login->clearPin();
    m_login->showMessage({});
    setPage(Page::Login);
    m_login->focusFirstEmpty();
}

void CounterWindow::refreshNow()
{
    if (m_session->inBooth()) {
        m_session->refresh();
    } else if (m_page == Page::Picker) {
        // Another booth opening or closing changes what this officer may choose.
        if (auto choices = m_session->choices(); choices.ok())
            m_picker->setChoices(choices.value(), m_memory.counterCode());
    }
}

void CounterWindow::toggleLanguage()
{
    if (!m_i18n)
        return;
    m_i18n->setLanguage(m_i18n->language() == u"id" ? u"en"_s : u"id"_s);
}

void CounterWindow::setCompact(bool compact)
{
    m_compact = compact;
    setStyleSheet(CounterStyle::sheet(compact));
    m_login->setCompact(compact);
    m_picker->setCompact(compact);
    m_booth->setCompact(compact);
    m_lock->setCompact(compact);
}

void CounterWindow::applyWindowMode(bool sizeGiven)
{
    m_sizeGiven = sizeGiven;
    if (!isVisible() || sizeGiven)
        return;
    if (m_compact) {
        if (!m_fullGeometry) {
            m_wasFullScreen = isFullScreen();
            m_fullGeometry = geometry();
        }
        setWindowFlag(Qt::WindowStaysOnTopHint, m_options.onTop);
        showNormal();
        // The compact layout's smaller minimum size only applies once its layout requests are handled;
        // resizing before that would leave the window as wide as the full layout needed.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        resize(m_options.compactSize);
    } else if (m_fullGeometry) {
        // Back to what the window was before it became compact.
        setWindowFlag(Qt::WindowStaysOnTopHint, false);
        if (m_wasFullScreen) {
            showFullScreen();
        } else {
            setGeometry(*m_fullGeometry);
            showNormal();
        }
        m_fullGeometry.reset();
    }
}

} // namespace antre
