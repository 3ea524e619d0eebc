#include "survey_ui/SurveyWindow.h"

#include "core/I18n.h"
#include "core/services/SurveyService.h"
#include "kiosk_ui/ExitPanel.h"
#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/SurveyFlow.h"
#include "survey_ui/BoothWatcher.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre::survey {

namespace {

using kiosk::KioskTheme;

constexpr int kIdleMs = 30000;
constexpr int kDoneMs = 6000;
constexpr int kExitTaps = 5;
constexpr int kExitWindowMs = 3000;

// What the booth screen adds to the kiosk's look: the booth's name as large as the panel allows.
QString extraSheet(double unit)
{
    return uR"css(
QWidget#surveyRoot { background: %1; }
QLabel[kiosk="boothName"] { color: %2; font-weight: bold; font-size: %3px; }
QLabel[kiosk="question"] { color: %4; font-weight: bold; font-size: %5px; }
)css"_s.arg(u"#f4f6fa"_s, u"#0b3d91"_s)
        .arg(KioskTheme::px(unit, 110))
        .arg(u"#1d232b"_s)
        .arg(KioskTheme::px(unit, 64));
}

QLabel* centred(QLabel* label)
{
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

SurveyWindow::SurveyWindow(SurveyService& survey, StaffService& staff, I18n& i18n, QWidget* parent)
    : QWidget(parent), m_survey(survey), m_i18n(i18n), m_defaultLanguage(i18n.language()),
      m_pages(new QStackedWidget(this)), m_flow(new kiosk::SurveyFlow),
      m_exit(new kiosk::ExitPanel(staff, this)), m_idleTimer(new QTimer(this)), m_doneTimer(new QTimer(this)),
      m_lock(*this, kExitTaps, kExitWindowMs)
{
    setObjectName(u"surveyRoot"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_pages->setObjectName(u"surveyPages"_s);
    m_pages->addWidget(buildIdle());
    m_pages->addWidget(buildOffer());
    m_pages->addWidget(m_flow);
    m_pages->addWidget(buildDone());
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(buildHeader());
    column->addWidget(m_pages, 1);
    m_exit->hide();

    connect(m_flow, &kiosk::SurveyFlow::completed, this, &SurveyWindow::completed);
    // Back from the first question: the offer again, where the citizen may still skip.
    connect(m_flow, &kiosk::SurveyFlow::cancelled, this, [this] { showPage(m_offer); });
    connect(m_exit, &kiosk::ExitPanel::exitAuthorized, this, [this](const QString& staffId) {
        m_lock.allowExit();
        Q_EMIT exitAuthorized(staffId);
    });
    connect(m_exit, &kiosk::ExitPanel::cancelled, this, [this] { m_lock.forgetTaps(); });

    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(kIdleMs);
    connect(m_idleTimer, &QTimer::timeout, this, &SurveyWindow::goIdle);
    m_doneTimer->setSingleShot(true);
    m_doneTimer->setInterval(kDoneMs);
    connect(m_doneTimer, &QTimer::timeout, this, &SurveyWindow::goIdle);
    qApp->installEventFilter(this);

    retranslate();
    applyUnit();
    goIdle();
}

SurveyWindow::~SurveyWindow()
{
    qApp->removeEventFilter(this);
}

QWidget* SurveyWindow::buildHeader()
{
    m_header = new QWidget(this);
    m_header->setProperty("kiosk", u"header"_s);
    m_header->setAttribute(Qt::WA_StyledBackground);
    m_headerBooth = KioskTheme::label("hallName", m_header);
    m_headerBooth->setObjectName(u"surveyHeaderTitle"_s);
    m_language = KioskTheme::button("lang", u"surveyLanguage"_s, m_header);
    connect(m_language, &QPushButton::clicked, this, &SurveyWindow::toggleLanguage);
    auto* row = new QHBoxLayout(m_header);
    row->addWidget(m_headerBooth, 1);
    row->addWidget(m_language);
    return m_header;
}

QWidget* SurveyWindow::buildIdle()
{
    m_idle = new QWidget;
    m_idle->setObjectName(u"surveyIdle"_s);
    m_idleBooth = centred(KioskTheme::label("boothName", m_idle));
    m_idleBooth->setObjectName(u"surveyIdleBooth"_s);
    m_idleTitle = centred(KioskTheme::label("question", m_idle));
    m_idleTitle->setObjectName(u"surveyIdleTitle"_s);
    m_idleHint = centred(KioskTheme::label("subtitle", m_idle));
    m_idleHint->setObjectName(u"surveyIdleHint"_s);
    auto* column = new QVBoxLayout(m_idle);
    column->addStretch(2);
    column->addWidget(m_idleBooth);
    column->addStretch(1);
    column->addWidget(m_idleTitle);
    column->addWidget(m_idleHint);
    column->addStretch(2);
    KioskTheme::makeHeading(m_idle, m_idleTitle);
    return m_idle;
}

QWidget* SurveyWindow::buildOffer()
{
    m_offer = new QWidget;
    m_offer->setObjectName(u"surveyOffer"_s);
    m_offerTitle = centred(KioskTheme::label("question", m_offer));
    m_offerTitle->setObjectName(u"surveyOfferTitle"_s);
    m_offerService = centred(KioskTheme::label("heading", m_offer));
    m_offerService->setObjectName(u"surveyOfferService"_s);
    m_offerHint = centred(KioskTheme::label("subtitle", m_offer));
    m_start = KioskTheme::button("primary", u"surveyStart"_s, m_offer);
    m_skip = KioskTheme::button("secondary", u"surveySkip"_s, m_offer);
    connect(m_start, &QPushButton::clicked, this, &SurveyWindow::start);
    connect(m_skip, &QPushButton::clicked, this, &SurveyWindow::goIdle);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_skip, 2);
    buttons->addWidget(m_start, 3);
    buttons->addStretch(1);
    auto* column = new QVBoxLayout(m_offer);
    column->addStretch(2);
    column->addWidget(m_offerTitle);
    column->addWidget(m_offerService);
    column->addStretch(1);
    column->addLayout(buttons);
    column->addSpacing(16);
    column->addWidget(m_offerHint);
    column->addStretch(2);
    KioskTheme::makeHeading(m_offer, m_offerTitle);
    return m_offer;
}

QWidget* SurveyWindow::buildDone()
{
    m_done = new QWidget;
    m_done->setObjectName(u"surveyDone"_s);
    m_doneTitle = centred(KioskTheme::label("question", m_done));
    m_doneTitle->setObjectName(u"surveyDoneTitle"_s);
    m_doneText = centred(KioskTheme::label("body", m_done));
    m_doneText->setObjectName(u"surveyDoneText"_s);
    auto* column = new QVBoxLayout(m_done);
    column->addStretch(1);
    column->addWidget(m_doneTitle);
    column->addWidget(m_doneText);
    column->addStretch(1);
    KioskTheme::makeHeading(m_done, m_doneTitle);
    return m_done;
}

void SurveyWindow::setBooth(const QString& code, const QString& name)
{
    m_boothCode = code;
    m_boothName = name;
    retranslate();
}

void SurveyWindow::follow(BoothWatcher& booth)
{
    setBooth(booth.counterCode(), booth.status().name);
    connect(&booth, &BoothWatcher::statusChanged, this,
            [this, &booth](const CounterStatus& status) { setBooth(booth.counterCode(), status.name); });
    connect(&booth, &BoothWatcher::finished, this,
            [this](const TicketInfo& ticket) { offer(ticket.number, ticket.businessDay); });
}

void SurveyWindow::offer(const TicketNumber& ticket, QDate businessDay)
{
    // A citizen still answering (or reading the thanks) keeps the screen; the next one's turn comes after.
    if (m_pages->currentWidget() != m_idle) {
        m_pending = std::pair{ticket, businessDay};
        return;
    }
    auto visit = m_survey.visit(ticket, businessDay);
    if (!visit.ok()) {
        if (visit.error().code == ErrorCode::AlreadyRated) {
            m_doneTicket = ticket;
            showDone(DoneKind::Rated);
        }
        // Anything else (not served after all, too old) is not the citizen's to read.
        return;
    }
    m_preview = false;
    m_visit = visit.value();
    retranslate();
    showPage(m_offer);
}

QString SurveyWindow::currentScreen() const
{
    QWidget* page = m_pages->currentWidget();
    if (page == m_offer)
        return u"offer"_s;
    if (page == m_flow)
        return u"survey"_s;
    if (page == m_done) {
        switch (m_doneKind) {
        case DoneKind::Thanks:
            return u"thanks"_s;
        case DoneKind::Rated:
            return u"rated"_s;
        case DoneKind::Failed:
            return u"failed"_s;
        }
    }
    return u"idle"_s;
}

Status SurveyWindow::showScreen(const QString& spec)
{
    const QString screen = spec.section(u':', 0, 0);
    const QString arg = spec.section(u':', 1);
    const auto bad = [&spec] {
        return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                         tr("--screen: \"%1\" is not idle, offer, survey[:STEP], thanks or rated").arg(spec));
    };
    SurveyVisit sample;
    sample.number = TicketNumber(u"A"_s, 12);
    sample.serviceName = tr("Sample service");
    const auto preview = [this, &sample] {
        goIdle();
        m_preview = true;
        m_visit = sample;
        retranslate();
    };
    if (screen == u"idle" && arg.isEmpty()) {
        goIdle();
    } else if (screen == u"offer" && arg.isEmpty()) {
        preview();
        showPage(m_offer);
    } else if (screen == u"survey") {
        bool ok = arg.isEmpty();
        const int step = arg.isEmpty() ? 0 : arg.section(u':', 0, 0).toInt(&ok);
        // survey:9:N, the profile's part N on a compact panel.
        bool partOk = true;
        const int profilePart = arg.section(u':', 1).isEmpty() ? 0 : arg.section(u':', 1).toInt(&partOk);
        if (!ok || !partOk || step < 0 || step > kSurveyElementCount + 1 || profilePart < 0 ||
            profilePart > 3)
            return bad();
        preview();
        start();
        // The sample answers are given as a finger would, so the screen shown is exactly the one reached.
        for (int i = 0; i < std::min(step, kSurveyElementCount); ++i)
            m_flow->findChild<QPushButton*>(u"surveyAnswer_%1"_s.arg(i % kSurveyMaxScore + 1))->click();
        // Past the profile, however many screens it takes on this panel.
        for (int part = 0; step > kSurveyElementCount && m_flow->step() == kSurveyElementCount && part < 8;
             ++part)
            m_flow->findChild<QPushButton*>(u"surveyProfileNext"_s)->click();
        for (int part = 0; step == kSurveyElementCount && part < profilePart; ++part)
            m_flow->findChild<QPushButton*>(u"surveyProfileNext"_s)->click();
    } else if (screen == u"thanks" && arg.isEmpty()) {
        preview();
        showDone(DoneKind::Thanks);
    } else if (screen == u"rated" && arg.isEmpty()) {
        preview();
        m_doneTicket = sample.number;
        showDone(DoneKind::Rated);
    } else {
        return bad();
    }
    return Done{};
}

void SurveyWindow::setIdleTimeout(int ms)
{
    m_idleTimer->setInterval(ms);
}

int SurveyWindow::idleTimeout() const
{
    return m_idleTimer->interval();
}

void SurveyWindow::setDoneTimeout(int ms)
{
    m_doneTimer->setInterval(ms);
}

void SurveyWindow::showPage(QWidget* page)
{
    m_pages->setCurrentWidget(page);
    m_doneTimer->stop();
    m_idleTimer->stop();
    if (page == m_done)
        m_doneTimer->start();
    else if (page != m_idle)
        m_idleTimer->start();
    page->setFocus(Qt::OtherFocusReason);
}

void SurveyWindow::goIdle()
{
    // Whatever was unfinished is forgotten here: nothing of it was stored.
    m_visit.reset();
    m_preview = false;
    m_flow->restart();
    if (m_i18n.language() != m_defaultLanguage && !m_i18n.setLanguage(m_defaultLanguage))
        qWarning("antre-survey: translations for %s are incomplete", qPrintable(m_defaultLanguage));
    retranslate();
    showPage(m_idle);
    if (auto pending = std::exchange(m_pending, std::nullopt))
        offer(pending->first, pending->second);
}

void SurveyWindow::start()
{
    m_flow->restart();
    showPage(m_flow);
}

void SurveyWindow::completed(const SurveyAnswers& answers, const SurveyProfile& profile, const QString& saran)
{
    if (!m_visit)
        return;
    if (m_preview) {
        showDone(DoneKind::Thanks);
        return;
    }
    SurveyResponse response;
    response.ticket = m_visit->number;
    response.businessDay = m_visit->businessDay;
    response.answers = answers;
    response.profile = profile;
    response.saran = saran;
    response.source = SurveySource::Booth;
    auto recorded = m_survey.record(response);
    if (recorded.ok()) {
        Q_EMIT responseRecorded(recorded.value());
        showDone(DoneKind::Thanks);
    } else if (recorded.error().code == ErrorCode::AlreadyRated) {
        // Rated at the kiosk meanwhile: the first response stands.
        m_doneTicket = m_visit->number;
        showDone(DoneKind::Rated);
    } else {
        m_failure = recorded.error().message;
        showDone(DoneKind::Failed);
    }
}

void SurveyWindow::showDone(DoneKind kind)
{
    m_doneKind = kind;
    retranslate();
    showPage(m_done);
}

void SurveyWindow::toggleLanguage()
{
    const QString next = m_i18n.language() == u"en" ? u"id"_s : u"en"_s;
    if (!m_i18n.setLanguage(next))
        qWarning("antre-survey: translations for %s are incomplete", qPrintable(next));
}

void SurveyWindow::setKioskMode(bool on)
{
    m_lock.setLocked(on);
}

void SurveyWindow::closeEvent(QCloseEvent* event)
{
    // Alt+F4 or a window manager close must not end the screen: only the supervisor exit can.
    if (m_lock.refusesClose()) {
        event->ignore();
        return;
    }
    QWidget::closeEvent(event);
}

bool SurveyWindow::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::TouchBegin || type == QEvent::KeyPress) {
        if (m_idleTimer->isActive())
            m_idleTimer->start();
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

void SurveyWindow::cornerTapped()
{
    if (m_lock.cornerTapped(m_exit->isVisible()))
        m_exit->open();
}

void SurveyWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // The booth's panels (800 pixels on the short side) cannot hold the whole profile on one screen.
    m_flow->setCompact(std::min(width(), height()) < 1000);
    applyUnit();
    if (m_exit->isVisible())
        m_exit->setGeometry(rect());
}

void SurveyWindow::applyUnit()
{
    const double unit = KioskTheme::unitFor(width(), height());
    if (std::abs(unit - m_unit) <= 0.01)
        return;
    m_unit = unit;
    setStyleSheet(KioskTheme::styleSheet(unit) + extraSheet(unit));
    const int margin = KioskTheme::px(unit, 40);
    m_header->layout()->setContentsMargins(margin, KioskTheme::px(unit, 16), margin,
                                           KioskTheme::px(unit, 16));
    for (QWidget* page : {m_idle, m_offer, m_done})
        page->layout()->setContentsMargins(margin, margin, margin, margin);
    m_flow->setContentsMargins(margin, margin / 2, margin, margin / 2);
    m_flow->setUnit(unit);
    for (QPushButton* button : {m_start, m_skip})
        button->setMinimumHeight(KioskTheme::touch(unit, 150));
}

void SurveyWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SurveyWindow::retranslate()
{
    setWindowTitle(tr("Antre survey"));
    setAccessibleName(tr("Customer satisfaction survey"));
    m_headerBooth->setText(tr("Customer satisfaction survey"));
    // Each language's name in itself, so that its reader finds it.
    m_language->setText(m_i18n.language() == u"en" ? u"Bahasa Indonesia"_s : u"English"_s);
    // The booth's name as on its sign ("Loket 1"); a booth without one by its code.
    m_idleBooth->setText(
        KioskTheme::breakable(m_boothName.isEmpty() ? tr("Booth %1").arg(m_boothCode) : m_boothName));

    m_idleTitle->setText(tr("How was our service?"));
    m_idleHint->setText(tr("When your visit here is finished, this screen asks you to rate it: about 30 "
                           "seconds, and your name is never asked."));
    if (m_visit) {
        m_offerTitle->setText(tr("Rate the service for ticket %1?").arg(m_visit->number.toString()));
        m_offerService->setText(m_visit->serviceName);
    }
    m_offerHint->setText(tr("Nine short questions, about 30 seconds. Your name is not asked."));
    m_start->setText(tr("Start"));
    m_skip->setText(tr("Skip"));
    switch (m_doneKind) {
    case DoneKind::Thanks:
        m_doneTitle->setText(tr("Thank you!"));
        m_doneText->setText(tr("Your answers help us improve our service."));
        break;
    case DoneKind::Rated:
        m_doneTitle->setText(tr("Thank you"));
        m_doneText->setText(tr("Ticket %1 has already been rated. One response per visit is enough.")
                                .arg(m_doneTicket.toString()));
        break;
    case DoneKind::Failed:
        m_doneTitle->setText(tr("Sorry, your answers could not be saved"));
        m_doneText->setText(m_failure);
        break;
    }
}

} // namespace antre::survey
