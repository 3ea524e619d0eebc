#include "kiosk_ui/KioskWindow.h"

#include "core/Clock.h"
#include "core/I18n.h"
#include "core/QueueService.h"
#include "core/Schedule.h"
#include "kiosk_ui/ConfirmPage.h"
#include "kiosk_ui/ExitPanel.h"
#include "kiosk_ui/HomePage.h"
#include "kiosk_ui/IssuedPage.h"
#include "kiosk_ui/KioskController.h"
#include "kiosk_ui/KioskHeader.h"
#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/PrintQueue.h"
#include "kiosk_ui/ReconnectPage.h"
#include "kiosk_ui/ServicesPage.h"
#include "kiosk_ui/StandardPage.h"
#include "kiosk_ui/TicketPrinter.h"
#include "kiosk_ui/VoicePage.h"
#include "ui_common/PageStack.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

KioskWindow::KioskWindow(QueueService& queue, StaffService& staff, I18n& i18n, const Clock& clock,
                         KioskController& controller, QWidget* parent)
    : QWidget(parent), m_queue(queue), m_i18n(i18n), m_clock(clock), m_controller(controller),
      m_defaultLanguage(i18n.language()), m_header(new KioskHeader(controller.settings().logo, this)),
      m_stack(new ui::PageStack(this)), m_home(new HomePage(m_stack)), m_services(new ServicesPage(m_stack)),
      m_standard(new StandardPage(m_stack)), m_confirm(new ConfirmPage(m_stack)),
      m_issued(new IssuedPage(m_stack)), m_reconnect(new ReconnectPage(m_stack)),
      m_exit(new ExitPanel(staff, this)), m_printing(new PrintQueue(this)), m_idle(new QTimer(this)),
      m_ticker(new QTimer(this)), m_refreshSoon(new QTimer(this)), m_reconnectTimer(new QTimer(this)),
      m_lock(*this, controller.settings().exitTaps, controller.settings().exitWindowMs)
{
    setObjectName(u"kioskRoot"_s);
    setAttribute(Qt::WA_StyledBackground);
    setWindowTitle(tr("Antre kiosk"));
    setAccessibleName(tr("Queue ticket kiosk"));
    setAccessibleDescription(tr("Choose an agency, then a service, to take a queue number"));
    m_stack->setObjectName(u"pages"_s);
    for (QWidget* page : {static_cast<QWidget*>(m_home), static_cast<QWidget*>(m_services),
                          static_cast<QWidget*>(m_standard), static_cast<QWidget*>(m_confirm),
                          static_cast<QWidget*>(m_issued), static_cast<QWidget*>(m_reconnect)})
        m_stack->addWidget(page);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(m_stack, 1);
    m_issued->setAutoReturnSeconds(controller.settings().issuedSeconds);

    connect(m_header, &KioskHeader::languageChosen, this, &KioskWindow::setLanguage);
    connect(m_home, &HomePage::agencyChosen, this, &KioskWindow::showAgency);
    connect(m_services, &ServicesPage::serviceChosen, this, &KioskWindow::showConfirm);
    connect(m_services, &ServicesPage::standardRequested, this,
            [this](const QString& code) { showStandard(code, m_services); });
    connect(m_services, &ServicesPage::backRequested, this, &KioskWindow::goHome);
    connect(m_standard, &StandardPage::takeRequested, this, &KioskWindow::showConfirm);
    connect(m_standard, &StandardPage::backRequested, this, [this] {
        if (m_standardReturn == m_confirm)
            showConfirm(m_standard->service());
        else
            showAgency(m_services->agency());
    });
    connect(m_confirm, &ConfirmPage::issueRequested, this,
            [this](const QString& code, bool priority) { (void)issue(code, priority); });
    connect(m_confirm, &ConfirmPage::standardRequested, this,
            [this](const QString& code) { showStandard(code, m_confirm); });
    connect(m_confirm, &ConfirmPage::backRequested, this, [this] {
        const ServiceStatus* service = m_snapshot.service(m_confirm->service());
        if (service && m_snapshot.servicesOf(service->agencyCode).size() > 1)
            showAgency(service->agencyCode);
        else
            goHome();
    });
    connect(m_issued, &IssuedPage::reprintRequested, this, &KioskWindow::printTicket);
    connect(m_issued, &IssuedPage::doneRequested, this, &KioskWindow::goHome);
    connect(m_exit, &ExitPanel::exitAuthorized, this, [this](const QString& staffId) {
        m_lock.allowExit();
        Q_EMIT exitAuthorized(staffId);
    });
    connect(m_exit, &ExitPanel::cancelled, this, [this] { m_lock.forgetTaps(); });

    m_idle->setSingleShot(true);
    m_idle->setInterval(controller.settings().idleSeconds * 1000);
    connect(m_idle, &QTimer::timeout, this, &KioskWindow::idleTimedOut);
    // Hours and cutoffs change on the minute; the tick notices a new minute within a second.
    m_ticker->setInterval(1000);
    connect(m_ticker, &QTimer::timeout, this, &KioskWindow::tick);
    m_ticker->start();
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, &KioskWindow::refresh);
    // The database layer spaces its own reconnection attempts (200 ms to 5 s): asking every second is cheap.
    m_reconnectTimer->setInterval(1000);
    connect(m_reconnectTimer, &QTimer::timeout, this, &KioskWindow::tryReconnect);
    qApp->installEventFilter(this);

    m_header->setLanguage(m_i18n.language());
    refresh();
    applyUnit();
    // The start screen's heading has the focus once the window is shown, like after showPage().
    m_home->setFocus(Qt::OtherFocusReason);
}

void KioskWindow::enableVoice(SurveyService& survey, ComplaintService& complaints)
{
    if (m_voice)
        return;
    m_voice = new VoicePage(survey, complaints, m_i18n, m_stack);
    m_stack->addWidget(m_voice);
    m_voice->setUnit(m_unit);
    m_home->setVoiceAvailable(true);
    connect(m_home, &HomePage::voiceRequested, this, [this] {
        m_voice->start();
        showPage(m_voice);
    });
    connect(m_voice, &VoicePage::homeRequested, this, &KioskWindow::goHome);
    connect(m_voice, &VoicePage::complaintRecorded, this, &KioskWindow::printComplaintSlip);
    refresh();
}

KioskWindow::~KioskWindow()
{
    qApp->removeEventFilter(this);
    // First, while the pages are still there: it waits for a print in progress and answers every job, so a
    // ticket that was not printed is logged as such.
    delete m_printing;
}

void KioskWindow::setKioskMode(bool on)
{
    m_lock.setLocked(on);
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    // Alt+F4 or a window manager close must not end the kiosk: only the supervisor exit can.
    if (m_lock.refusesClose()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

void KioskWindow::scheduleRefresh()
{
    m_refreshSoon->start();
}

void KioskWindow::refresh()
{
    auto config = m_queue.config();
    auto status = m_queue.status();
    if (!config.ok() || !status.ok()) {
        const Error& error = config.ok() ? status.error() : config.error();
        if (KioskController::isConnectionFault(error))
            return enterOutage();
        m_home->setProblem(tr("The queue cannot be read right now: %1").arg(error.message));
        return;
    }
    m_home->setProblem({});
    const bool recovered = inOutage() && !m_controller.hasPending();
    if (recovered)
        m_reconnectTimer->stop();
    m_snapshot.config = std::move(config).value();
    m_snapshot.status = std::move(status).value();
    m_snapshot.localNow = m_snapshot.status.at.toTimeZone(Schedule::zone(m_snapshot.config.site.timezone));
    m_snapshot.language = m_i18n.language();
    m_lastMinute = m_snapshot.localNow.time().hour() * 60 + m_snapshot.localNow.time().minute();

    m_header->setSnapshot(m_snapshot);
    m_home->setSnapshot(m_snapshot);
    if (recovered)
        return goHome();
    QWidget* current = m_stack->currentWidget();
    // A supervisor may remove what the citizen is looking at; then the only sensible place is the start.
    if (current == m_services && !m_snapshot.config.agency(m_services->agency()))
        return goHome();
    if ((current == m_standard && !m_snapshot.service(m_standard->service())) ||
        (current == m_confirm && !m_snapshot.service(m_confirm->service())))
        return goHome();
    if (!m_services->agency().isEmpty())
        m_services->setSnapshot(m_snapshot);
    if (!m_standard->service().isEmpty())
        m_standard->setSnapshot(m_snapshot);
    if (!m_confirm->service().isEmpty())
        m_confirm->setSnapshot(m_snapshot);
    if (m_voice) {
        QStringList prefixes;
        for (const ServiceConfig& service : m_snapshot.config.services)
            if (!prefixes.contains(service.prefix))
                prefixes << service.prefix;
        prefixes.sort();
        m_voice->setPrefixes(prefixes);
    }
}

void KioskWindow::tick()
{
    const QDateTime local = m_clock.now().toTimeZone(Schedule::zone(m_snapshot.config.site.timezone));
    const int minute = local.time().hour() * 60 + local.time().minute();
    if (minute != m_lastMinute)
        refresh();
}

QString KioskWindow::currentScreen() const
{
    QWidget* current = m_stack->currentWidget();
    if (current == m_services)
        return u"services:"_s + m_services->agency();
    if (current == m_standard)
        return u"standard:"_s + m_standard->service();
    if (current == m_confirm)
        return u"confirm:"_s + m_confirm->service();
    if (m_voice && current == m_voice)
        return m_voice->currentScreen();
    if (current == m_issued && m_controller.current())
        return u"issued:"_s + m_controller.current()->serviceCode;
    if (current == m_reconnect)
        return u"reconnecting"_s;
    return u"home"_s;
}

Status KioskWindow::showScreen(const QString& spec)
{
    const QStringList parts = spec.split(u':');
    const QString screen = parts.value(0);
    const QString code = parts.value(1);
    const auto bad = [&](const QString& message) {
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, u"--screen: "_s + message);
    };
    if (screen == u"home" && parts.size() == 1) {
        goHome();
        return Done{};
    }
    if (m_voice && screen == u"voice" && parts.size() <= 2) {
        m_voice->start();
        showPage(m_voice);
        if (code == u"ticket")
            m_voice->showSurveyEntry();
        else if (code == u"complaint")
            m_voice->showComplaint();
        else if (code == u"survey")
            m_voice->showQuestionnaire();
        else if (parts.size() == 2)
            return bad(tr("\"%1\" is not voice, voice:ticket, voice:survey or voice:complaint").arg(spec));
        return Done{};
    }
    // For screenshots of the outage: the screen a citizen sees while the hall's server is away, after a
    // press whose ticket is still being taken with ":pending".
    if (screen == u"reconnecting" && (parts.size() == 1 || (parts.size() == 2 && code == u"pending"))) {
        m_reconnect->setPressPending(parts.size() == 2);
        showPage(m_reconnect);
        return Done{};
    }
    if (screen == u"services" && parts.size() == 2) {
        if (!m_snapshot.config.agency(code))
            return bad(tr("unknown agency \"%1\"").arg(code));
        showAgency(code);
        return Done{};
    }
    const bool serviceScreen = screen == u"standard" || screen == u"confirm" || screen == u"issued";
    const bool priority = screen == u"issued" && parts.size() == 3 && parts.at(2) == u"priority";
    if (!serviceScreen || (parts.size() != 2 && !priority))
        return bad(tr("\"%1\" is not home, services:AGENCY, standard:SERVICE, confirm:SERVICE, "
                      "issued:SERVICE[:priority] or reconnecting[:pending]")
                       .arg(spec));
    if (!m_snapshot.service(code))
        return bad(tr("unknown service \"%1\"").arg(code));
    if (screen == u"standard") {
        showStandard(code, m_services);
        return Done{};
    }
    showConfirm(code);
    if (screen == u"confirm")
        return Done{};
    return issue(code, priority);
}

void KioskWindow::showPage(QWidget* page)
{
    m_stack->setCurrentWidget(page);
    // Each page hands the focus to its heading (its focus proxy): the focus event is how a screen reader
    // learns that a tap led to another screen, and the heading is what it then reads.
    page->setFocus(Qt::OtherFocusReason);
    m_idle->start();
}

void KioskWindow::goHome()
{
    // Whatever the citizen left half done (a survey, a complaint being typed) is gone for the next one.
    if (m_voice)
        m_voice->start();
    showPage(m_home);
    m_exit->hide();
}

void KioskWindow::showAgency(const QString& agencyCode)
{
    // An agency with a single service goes straight to it: one tap less for the citizen.
    const QList<ServiceStatus> services = m_snapshot.servicesOf(agencyCode);
    if (services.size() == 1)
        return showConfirm(services.first().code);
    m_services->setAgency(agencyCode);
    m_services->setSnapshot(m_snapshot);
    showPage(m_services);
}

void KioskWindow::showStandard(const QString& serviceCode, QWidget* returnTo)
{
    m_standardReturn = returnTo;
    if (const ServiceStatus* service = m_snapshot.service(serviceCode); service && returnTo == m_services)
        m_services->setAgency(service->agencyCode);
    m_standard->setService(serviceCode);
    m_standard->setSnapshot(m_snapshot);
    showPage(m_standard);
}

void KioskWindow::showConfirm(const QString& serviceCode)
{
    if (const ServiceStatus* service = m_snapshot.service(serviceCode))
        m_services->setAgency(service->agencyCode);
    m_confirm->setService(serviceCode);
    m_confirm->setSnapshot(m_snapshot);
    showPage(m_confirm);
}

Status KioskWindow::issue(const QString& serviceCode, bool priority)
{
    auto issued = m_controller.issue(serviceCode, priority, m_i18n.language());
    if (!issued.ok()) {
        m_confirm->setBusy(false);
        if (KioskController::isConnectionFault(issued.error())) {
            enterOutage();
            return issued.error();
        }
        m_confirm->setProblem(issued.error().message);
        refresh();
        return issued.error();
    }
    showIssued(issued.value());
    return Done{};
}

bool KioskWindow::inOutage() const
{
    return m_stack->currentWidget() == m_reconnect;
}

void KioskWindow::enterOutage()
{
    m_reconnect->setPressPending(m_controller.hasPending());
    if (!inOutage()) {
        m_exit->hide();
        showPage(m_reconnect);
    }
    if (!m_reconnectTimer->isActive())
        m_reconnectTimer->start();
}

void KioskWindow::tryReconnect()
{
    if (!m_controller.hasPending())
        return refresh();
    auto issued = m_controller.retryPending();
    if (issued.ok()) {
        m_reconnectTimer->stop();
        refresh();
        return showIssued(issued.value());
    }
    if (KioskController::isConnectionFault(issued.error()))
        return enterOutage();
    // The hall answered, with a refusal (closed meanwhile, quota full): the citizen reads why at the start.
    m_reconnectTimer->stop();
    refresh();
    goHome();
    m_home->setProblem(issued.error().message);
}

void KioskWindow::showIssued(const IssuedTicket& ticket)
{
    m_issued->showTicket(ticket, m_controller.content());
    m_issued->setPrintState(IssuedPage::PrintState::Printing);
    showPage(m_issued);
    // Print once the number is on screen: a slow or dead printer must never hide it.
    QTimer::singleShot(50, this, &KioskWindow::printTicket);
}

void KioskWindow::printTicket()
{
    if (!m_controller.current())
        return;
    m_issued->setPrintState(IssuedPage::PrintState::Printing);
    // On the printing thread: the screen keeps answering taps while a printer takes its time, and the next
    // citizen can take a ticket meanwhile (prints come out in order).
    m_printing->submit(m_controller.printJob(), [this](const PrintJob& job, const Status& printed) {
        const Status result = m_controller.printFinished(job, printed);
        const auto& shown = m_controller.current();
        if (!shown || shown->id != job.ticketId)
            return; // an earlier citizen's ticket: its fault is logged, the screen has moved on
        if (result.ok())
            m_issued->setPrintState(IssuedPage::PrintState::Printed);
        else
            m_issued->setPrintState(IssuedPage::PrintState::Failed, result.error().message);
    });
}

void KioskWindow::printComplaintSlip(const Complaint& complaint)
{
    PrintJob job;
    job.printer = &m_controller.printer();
    job.number = complaint.reference;
    job.attempt = 1;
    TicketContent& c = job.content;
    c.businessDay = complaint.receivedDay;
    c.number = complaint.reference;
    c.hallName = m_snapshot.config.site.name;
    c.agencyName = tr("Complaint");
    c.serviceName = ComplaintLabels::category(complaint.category);
    c.numberLabel = tr("Complaint reference");
    c.issuedAt = TicketText::longDate(complaint.receivedDay, m_i18n.language());
    c.ahead = tr("We will answer by %1").arg(TicketText::longDate(complaint.dueDay, m_i18n.language()));
    c.qrData = complaint.reference;
    c.footer = tr("Ask about your complaint at the information desk with this reference.");
    m_printing->submit(job, [this](const PrintJob& printed, const Status& result) {
        if (!m_voice || m_voice->currentScreen() != u"voice:complaint-done")
            return;
        if (result.ok())
            m_voice->setSlipState(tr("Your slip with reference %1 has been printed.").arg(printed.number));
        else
            m_voice->setSlipState(tr("The slip could not be printed (%1). Please note the reference.")
                                      .arg(result.error().message));
    });
}

void KioskWindow::setLanguage(const QString& language)
{
    if (language == m_i18n.language())
        return;
    if (!m_i18n.setLanguage(language))
        qWarning("kiosk: translations for %s are incomplete", qPrintable(language));
    m_header->setLanguage(language);
}

void KioskWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Antre kiosk"));
        setAccessibleName(tr("Queue ticket kiosk"));
        setAccessibleDescription(tr("Choose an agency, then a service, to take a queue number"));
        // Availability reasons and dates come from core in the new language.
        scheduleRefresh();
    }
    QWidget::changeEvent(event);
}

void KioskWindow::idleTimedOut()
{
    if (inOutage())
        return; // the reconnecting screen stays until the hall is back
    // The next citizen starts from the beginning, in the hall's language.
    if (m_i18n.language() != m_defaultLanguage)
        setLanguage(m_defaultLanguage);
    goHome();
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::TouchBegin || type == QEvent::KeyPress) {
        m_idle->start();
        // One press reaches the filter once per widget it propagates through: count it once.
        const auto* input = static_cast<QInputEvent*>(event);
        if (type == QEvent::MouseButtonPress && input->timestamp() != m_lastPressStamp) {
            m_lastPressStamp = input->timestamp();
            const QPoint at = mapFromGlobal(static_cast<QMouseEvent*>(event)->globalPosition().toPoint());
            const int corner = std::max(80, KioskTheme::px(m_unit, 110));
            if (at.x() >= 0 && at.y() >= 0 && at.x() < corner && at.y() < corner)
                cornerTapped();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::cornerTapped()
{
    if (m_lock.cornerTapped(m_exit->isVisible()))
        m_exit->open();
}

void KioskWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    applyUnit();
    if (m_exit->isVisible())
        m_exit->setGeometry(rect());
}

void KioskWindow::applyUnit()
{
    const double unit = KioskTheme::unitFor(width(), height());
    if (std::abs(unit - m_unit) > 0.01) {
        m_unit = unit;
        setStyleSheet(KioskTheme::styleSheet(unit));
    }
    m_header->setUnit(m_unit);
    m_home->setUnit(m_unit);
    m_services->setUnit(m_unit);
    m_standard->setUnit(m_unit);
    m_confirm->setUnit(m_unit);
    m_issued->setUnit(m_unit);
    m_reconnect->setUnit(m_unit);
    if (m_voice)
        m_voice->setUnit(m_unit);
}

const KioskSnapshot& KioskWindow::snapshot() const
{
    return m_snapshot;
}

} // namespace antre::kiosk
