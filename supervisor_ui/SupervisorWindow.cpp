#include "supervisor_ui/SupervisorWindow.h"

#include "core/Clock.h"
#include "core/QueueService.h"
#include "core/Schedule.h"
#include "supervisor_ui/ComplaintDesk.h"
#include "supervisor_ui/ConfigEditor.h"
#include "supervisor_ui/DashboardView.h"
#include "supervisor_ui/LoginView.h"
#include "supervisor_ui/LookupView.h"
#include "supervisor_ui/RecapView.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportView.h"
#include "supervisor_ui/StaffView.h"
#include "supervisor_ui/UiHelpers.h"
#include "supervisor_ui/VoiceView.h"
#include "ui_common/ElidedLabel.h"
#include "ui_common/Style.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
QString hallName(HallAccess& hall)
{
    auto config = hall.queue.config();
    return config.ok() ? config.value().site.name : QString();
}
} // namespace

SupervisorWindow::SupervisorWindow(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_pages(new QStackedWidget(this)),
      m_login(new LoginView(hall.staff, hallName(hall), this)), m_main(new QWidget(this)),
      m_views(new QStackedWidget(this)), m_nav(new QButtonGroup(this)), m_hallName(new ElidedLabel(this)),
      m_clock(new QLabel(this)), m_user(new ElidedLabel(this)), m_clockTimer(new QTimer(this))
{
    setObjectName(u"supervisor"_s);
    setWindowTitle(tr("Antre — Supervisor"));
    m_views->setObjectName(u"views"_s);
    auto* mainLayout = new QVBoxLayout(m_main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->setSpacing(0);
    mainLayout->addWidget(buildHeader());
    mainLayout->addWidget(m_views, 1);

    m_pages->addWidget(m_login);
    m_pages->addWidget(m_main);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // LoginView only signals members who may use the program, so signIn cannot refuse here.
    connect(m_login, &LoginView::loggedIn, this, [this](const StaffMember& member) { (void)signIn(member); });
    connect(m_nav, &QButtonGroup::idClicked, this, [this](int id) { showView(View(id)); });
    connect(m_clockTimer, &QTimer::timeout, this, &SupervisorWindow::updateClock);
    m_clockTimer->start(1000);
    updateClock();
}

SupervisorWindow::~SupervisorWindow() = default;

QWidget* SupervisorWindow::buildHeader()
{
    auto* header = new QFrame(this);
    header->setObjectName(u"header"_s);
    header->setStyleSheet(u"#header { background: %1; } #header QLabel { color: white; }"
                          u"#header QPushButton { color: white; background: transparent; border: none;"
                          u" padding: 6px 12px; font-size: 12pt; font-weight: bold; border-radius: 4px; }"
                          u"#header QPushButton:checked { background: white; color: %1; font-weight: bold; }"
                          u"#header QPushButton:hover:!checked { background: rgba(255,255,255,40); }"_s.arg(
                              Style::primary().name()));
    QFont nameFont = m_hallName->font();
    nameFont.setPointSize(14);
    nameFont.setBold(true);
    m_hallName->setFont(nameFont);
    m_hallName->setMaximumWidth(320);
    m_user->setMaximumWidth(280);
    m_hallName->setObjectName(u"header.hall"_s);
    m_clock->setObjectName(u"header.clock"_s);
    m_user->setObjectName(u"header.user"_s);
    QFont small = m_user->font();
    small.setPointSize(10);
    m_user->setFont(small);
    m_clock->setFont(small);
    m_clock->setAlignment(Qt::AlignRight);
    m_user->setAlignment(Qt::AlignRight);

    auto* layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->setSpacing(6);
    layout->addWidget(m_hallName);
    layout->addSpacing(24);
    const std::pair<View, std::pair<QString, QString>> pages[] = {
        {View::Dashboard, {tr("Dashboard"), tr("Live view of booths, queues and alerts")}},
        {View::Report, {tr("Reports"), tr("Wait-time reports for a day, week, month, year or range")}},
        {View::Voice,
         {tr("Feedback"),
          tr("Satisfaction index (IKM), the monthly complaint report and the complaint desk")}},
        {View::Recap, {tr("Recap"), tr("Monthly and annual recap of visitors and services")}},
        {View::Lookup, {tr("Find ticket"), tr("Find a ticket by number and date and see its history")}},
        {View::Config, {tr("Configuration"), tr("Site, agencies, services, hours and booths")}},
        {View::Staff, {tr("Staff"), tr("Staff accounts, roles, PINs and booths")}},
    };
    const QStringList keys{u"dashboard"_s, u"report"_s, u"voice"_s, u"recap"_s,
                           u"lookup"_s,    u"config"_s, u"staff"_s};
    for (const auto& [view, text] : pages) {
        auto* b = ui::button(text.first, u"nav."_s + keys.at(int(view)), text.second, header);
        b->setCheckable(true);
        m_nav->addButton(b, int(view));
        layout->addWidget(b);
    }
    layout->addStretch();
    auto* who = new QVBoxLayout;
    who->setSpacing(0);
    who->addWidget(m_clock);
    who->addWidget(m_user);
    layout->addLayout(who);
    layout->addSpacing(8);
    auto* signOutButton =
        ui::button(tr("Sign out"), u"header.signOut"_s, tr("Sign out and return to the sign-in"), header);
    layout->addWidget(signOutButton);
    connect(signOutButton, &QPushButton::clicked, this, &SupervisorWindow::signOut);
    return header;
}

void SupervisorWindow::updateClock()
{
    const QDateTime local = m_hall.localNow();
    m_clock->setText(QLocale().toString(local.date(), u"dddd, d MMMM yyyy"_s) + u"  "_s +
                     Schedule::formatTime(local.time()));
}

ComplaintDesk* SupervisorWindow::complaintDesk() const
{
    return m_voice ? m_voice->desk() : nullptr;
}

std::optional<SupervisorWindow::View> SupervisorWindow::viewFromKey(const QString& key)
{
    const QStringList keys{u"dashboard"_s, u"report"_s, u"voice"_s, u"recap"_s,
                           u"lookup"_s,    u"config"_s, u"staff"_s};
    const qsizetype index = keys.indexOf(key);
    if (index < 0)
        return std::nullopt;
    return View(index);
}

Status SupervisorWindow::signIn(const StaffMember& member)
{
    if (auto allowed = LoginView::mayUse(member); !allowed.ok())
        return allowed;
    const View next = m_pending;
    signOut();
    m_member = member;
    m_hallName->setFullText(hallName(m_hall));
    m_user->setFullText(tr("%1 (%2)").arg(member.name, Labels::role(member.role)));
    m_dashboard = new DashboardView(m_hall, m_views);
    m_report = new ReportView(m_hall, m_views);
    m_voice = new VoiceView(m_hall, member, m_views);
    m_recap = new RecapView(m_hall, m_views);
    m_lookup = new LookupView(m_hall, m_views);
    m_config = new ConfigEditor(m_hall, member.id, m_views);
    m_staff = new StaffView(m_hall, member, m_views);
    for (QWidget* view : std::initializer_list<QWidget*>{m_dashboard, m_report, m_voice, m_recap, m_lookup,
                                                         m_config, m_staff})
        m_views->addWidget(view);
    connect(m_dashboard, &DashboardView::complaintsRequested, m_voice, [this](bool overdueOnly) {
        m_voice->desk()->showPreset(overdueOnly ? ComplaintDesk::Preset::Overdue
                                                : ComplaintDesk::Preset::Open);
        showView(View::Voice);
        m_voice->showTab(VoiceView::Tab::Desk);
    });
    m_pages->setCurrentWidget(m_main);
    showView(next);
    return Done{};
}

void SupervisorWindow::signOut()
{
    if (!m_member)
        return;
    m_member.reset();
    for (QWidget* view : std::initializer_list<QWidget*>{m_dashboard, m_report, m_voice, m_recap, m_lookup,
                                                         m_config, m_staff}) {
        m_views->removeWidget(view);
        delete view;
    }
    m_dashboard = nullptr;
    m_report = nullptr;
    m_voice = nullptr;
    m_recap = nullptr;
    m_lookup = nullptr;
    m_config = nullptr;
    m_staff = nullptr;
    m_pending = View::Dashboard;
    m_login->clear();
    m_pages->setCurrentWidget(m_login);
}

void SupervisorWindow::showView(View view)
{
    m_pending = view;
    if (!m_member)
        return;
    m_nav->button(int(view))->setChecked(true);
    switch (view) {
    case View::Dashboard:
        m_views->setCurrentWidget(m_dashboard);
        break;
    case View::Report:
        if (!m_report->report())
            (void)m_report->showPeriod(m_report->period()); // errors show on the page
        m_views->setCurrentWidget(m_report);
        break;
    case View::Voice:
        m_voice->fillShown();
        m_views->setCurrentWidget(m_voice);
        break;
    case View::Recap:
        if (!m_recap->recap())
            (void)m_recap->showYear(m_hall.today().year());
        m_views->setCurrentWidget(m_recap);
        break;
    case View::Lookup:
        m_views->setCurrentWidget(m_lookup);
        break;
    case View::Config:
        m_views->setCurrentWidget(m_config);
        break;
    case View::Staff:
        m_views->setCurrentWidget(m_staff);
        break;
    }
}

} // namespace antre
