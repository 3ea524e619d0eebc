#include "supervisor_ui/SupervisorLauncher.h"

#include "core/hall/FirstRun.h"
#include "core/hall/Hall.h"
#include "core/services/ConfigService.h"
#include "core/services/StaffService.h"
#include "supervisor_ui/LoginView.h"
#include "supervisor_ui/LookupView.h"
#include "supervisor_ui/RecapView.h"
#include "supervisor_ui/ReportView.h"
#include "supervisor_ui/SupervisorWindow.h"
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
        {u"view"_s, tr("Page to open: dashboard, report, recap, lookup, config or staff."), u"VIEW"_s},
        {u"date"_s, tr("Day of the report (and year of the recap, day of the lookup)."), u"YYYY-MM-DD"_s},
        {u"from"_s, tr("First day of a report range (with --to)."), u"YYYY-MM-DD"_s},
        {u"to"_s, tr("Last day of a report range (with --from)."), u"YYYY-MM-DD"_s},
        {u"ticket"_s, tr("Ticket number to look up, e.g. A-012."), u"NUMBER"_s},
        {u"first-run"_s,
         tr("On a hall not set up yet: the first-run step to show (choice, hall, service or admin)."),
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
    else if (!key.isEmpty() && key != u"choice")
        return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                         tr("--first-run: \"%1\" is not one of choice, hall, service, admin").arg(key));
    m_firstRun = std::make_unique<FirstRunView>(m_hall.configs);
    m_firstRun->setWindowTitle(tr("Antre supervisor — first run"));
    m_firstRun->showStep(step);
    QObject::connect(m_firstRun.get(), &FirstRunView::hallReady, m_firstRun.get(),
                     [this](const QString& staffId) { openAfterFirstRun(staffId); });
    return m_firstRun.get();
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
    if (parser.isSet(u"view"_s)) {
        view = SupervisorWindow::viewFromKey(parser.value(u"view"_s));
        if (!view)
            return makeError(
                ErrorKind::BadInput, ErrorCode::Usage,
                tr("--view: \"%1\" is not one of dashboard, report, recap, lookup, config, staff")
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
        if (date.value().isValid())
            (void)window.recapView()->showYear(day.year());
        if (parser.isSet(u"ticket"_s))
            (void)window.lookupView()->find(parser.value(u"ticket"_s), day);
        window.showView(view.value_or(SupervisorWindow::View::Dashboard));
    }
    return m_window.get();
}

} // namespace antre
