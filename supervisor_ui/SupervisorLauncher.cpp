#include "supervisor_ui/SupervisorLauncher.h"

#include "core/hall/FirstRun.h"
#include "core/hall/Hall.h"
#include "core/services/ConfigService.h"
#include "core/services/StaffService.h"
#include "supervisor_ui/ComplaintReportView.h"
#include "supervisor_ui/IkmView.h"
#include "supervisor_ui/LoginView.h"
#include "supervisor_ui/LookupView.h"
#include "supervisor_ui/RecapView.h"
#include "supervisor_ui/ReportView.h"
#include "supervisor_ui/SupervisorWindow.h"
#include "supervisor_ui/VoiceView.h"
#include "supervisor_ui/firstrun/FirstRunView.h"
#include "ui_common/AppContext.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
Result<QDate> dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                         SupervisorLauncher::tr("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(name, text));
    return date;
}
} // namespace

void SupervisorLauncher::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"staff"_s, tr("Staff ID to sign in with; with --screenshot no PIN is asked (screenshots only)."),
         u"ID"_s},
        {u"view"_s,
         tr("Page to open: dashboard, report, ikm, complaint-report, complaints, recap, lookup, config or "
            "staff."),
         u"VIEW"_s},
        {u"date"_s, tr("Day of the report (and year of the recap, day of the lookup)."), u"YYYY-MM-DD"_s},
        {u"from"_s, tr("First day of a report range (with --to)."), u"YYYY-MM-DD"_s},
        {u"to"_s, tr("Last day of a report range (with --from)."), u"YYYY-MM-DD"_s},
        {u"ticket"_s, tr("Ticket number to look up, e.g. A-012."), u"NUMBER"_s},
        {u"first-run"_s,
         tr("On a hall not set up yet: the first-run step to show (choice, hall, service or admin), or demo: "
            "the demo way started."),
         u"STEP"_s},
    });
}

SupervisorLauncher::SupervisorLauncher(AppContext& context) : m_context(context), m_hall(context.services())
{}

SupervisorLauncher::~SupervisorLauncher() = default;

Result<QWidget*> SupervisorLauncher::createFirstRun()
{
    const QCommandLineParser& parser = m_context.parser();
    std::optional<FirstRunWizard::Step> step;
    const QString key = parser.value(u"first-run"_s);
    if (key == u"hall")
        step = FirstRunWizard::Step::Hall;
    else if (key == u"service")
        step = FirstRunWizard::Step::Service;
    else if (key == u"admin")
        step = FirstRunWizard::Step::Admin;
    else if (!key.isEmpty() && key != u"choice" && key != u"demo")
        return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                         tr("--first-run: \"%1\" is not one of choice, demo, hall, service, admin").arg(key));
    m_firstRun = std::make_unique<FirstRunView>(m_hall.configs, m_context.databasePath(), m_context.clock());
    m_firstRun->setWindowTitle(tr("Antre supervisor — first run"));
    m_firstRun->showStep(step);
    QObject::connect(m_firstRun.get(), &FirstRunView::hallReady, m_firstRun.get(),
                     [this](const QString& staffId) { openAfterFirstRun(staffId); });
    QObject::connect(m_firstRun.get(), &FirstRunView::demoReady, m_firstRun.get(),
                     [this](const QString& supervisorId, QDate firstDay, QDate lastDay) {
                         openDemo(supervisorId, firstDay, lastDay);
                     });
    // As if the demo way were clicked: the window busy with it (for a screenshot of that state; the demo is
    // still made before the program ends).
    if (key == u"demo")
        m_firstRun->startDemo();
    return m_firstRun.get();
}

void SupervisorLauncher::openDemo(const QString& supervisorId, QDate firstDay, QDate lastDay)
{
    openAfterFirstRun(supervisorId);
    // The demo's PINs are public (docs/SUPERVISOR.md) and whoever chose the demo sits at this PC: its
    // supervisor is signed in, so that the hall is there to look at at once. Should the member be missing,
    // the sign-in stays, with the ID filled in.
    auto member = m_hall.staff.find(supervisorId);
    if (!member.ok() || !m_window->signIn(member.value()).ok())
        return;
    // The pages on the simulated days rather than on today, which has no tickets yet.
    if (firstDay.isValid()) {
        const ReportPeriod week = ReportPeriod::range(firstDay, lastDay);
        (void)m_window->reportView()->showPeriod(week); // errors show in the view
        (void)m_window->voiceView()->ikm()->showPeriod(week);
        (void)m_window->voiceView()->complaints()->showMonth(lastDay);
    }
    m_window->showView(SupervisorWindow::View::Dashboard);
}

void SupervisorLauncher::openAfterFirstRun(const QString& staffId)
{
    m_window = std::make_unique<SupervisorWindow>(m_hall);
    m_window->login()->setStaffId(staffId);
    // The sign-in takes the first run's place, in the same size and state.
    if (m_firstRun->isFullScreen()) {
        m_window->showFullScreen();
    } else {
        m_window->setGeometry(m_firstRun->geometry());
        m_window->show();
    }
    m_firstRun->hide();
    // Not deleted here: this runs inside the view's own signal.
    m_firstRun.release()->deleteLater();
}

Result<QWidget*> SupervisorLauncher::createWindow()
{
    const QCommandLineParser& parser = m_context.parser();
    if (FirstRun::isNeeded(m_hall.configs))
        return createFirstRun();
    if (parser.isSet(u"first-run"_s))
        return makeError(ErrorKind::Refused, ErrorCode::AlreadyInitialized,
                         tr("--first-run: this hall is already set up"));
    std::optional<SupervisorWindow::View> view;
    // The three tabs of the IKM & complaints page each have a name of their own.
    const QString viewKey = parser.value(u"view"_s);
    std::optional<VoiceView::Tab> voiceTab;
    if (viewKey == u"ikm")
        voiceTab = VoiceView::Tab::Ikm;
    else if (viewKey == u"complaint-report")
        voiceTab = VoiceView::Tab::Complaints;
    else if (viewKey == u"complaints")
        voiceTab = VoiceView::Tab::Desk;
    if (parser.isSet(u"view"_s)) {
        view = SupervisorWindow::viewFromKey(voiceTab ? u"voice"_s : viewKey);
        if (!view)
            return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                             tr("--view: \"%1\" is not one of dashboard, report, ikm, complaint-report, "
                                "complaints, recap, lookup, config, staff")
                                 .arg(parser.value(u"view"_s)));
    }
    auto date = dateOption(parser, u"date"_s);
    auto from = dateOption(parser, u"from"_s);
    auto to = dateOption(parser, u"to"_s);
    for (const auto* parsed : {&date, &from, &to})
        if (!parsed->ok())
            return parsed->error();
    if (from.value().isValid() != to.value().isValid())
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, tr("--from and --to go together"));

    m_window = std::make_unique<SupervisorWindow>(m_hall);
    SupervisorWindow& window = *m_window;
    if (view)
        window.showView(*view);

    const QString staffId = parser.value(u"staff"_s);
    if (!staffId.isEmpty() && !m_context.screenshotPath().isEmpty()) {
        auto member = m_hall.staff.find(staffId);
        if (!member.ok())
            return member.error();
        if (auto signedIn = window.signIn(member.value()); !signedIn.ok())
            return signedIn.error();
    } else if (!staffId.isEmpty()) {
        window.login()->setStaffId(staffId);
    }

    if (window.isSignedIn()) {
        // Each page shows its own errors, as it would after a click.
        const QDate day = date.value().isValid() ? date.value() : m_hall.today();
        if (from.value().isValid())
            (void)window.reportView()->showPeriod(ReportPeriod::range(from.value(), to.value()));
        else if (date.value().isValid())
            (void)window.reportView()->showPeriod(ReportPeriod::around(ReportPeriod::Kind::Day, day));
        if (from.value().isValid())
            (void)window.voiceView()->ikm()->showPeriod(ReportPeriod::range(from.value(), to.value()));
        else if (date.value().isValid())
            (void)window.voiceView()->ikm()->showPeriod(ReportPeriod::around(ReportPeriod::Kind::Month, day));
        if (date.value().isValid() || from.value().isValid())
            (void)window.voiceView()->complaints()->showMonth(date.value().isValid() ? day : from.value());
        if (date.value().isValid())
            (void)window.recapView()->showYear(day.year());
        if (parser.isSet(u"ticket"_s))
            (void)window.lookupView()->find(parser.value(u"ticket"_s), day);
        window.showView(view.value_or(SupervisorWindow::View::Dashboard));
        if (voiceTab)
            window.voiceView()->showTab(*voiceTab);
    }
    return m_window.get();
}

} // namespace antre
