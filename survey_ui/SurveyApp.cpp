#include "survey_ui/SurveyApp.h"

#include "core/hall/Hall.h"
#include "core/services/ChangeNotifier.h"
#include "survey_ui/BoothWatcher.h"
#include "survey_ui/SurveyWindow.h"
#include "ui_common/AppContext.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace antre::survey {

namespace {
int fail(const Error& error)
{
    std::fprintf(stderr, "antre-survey: %s\n", qPrintable(error.message));
    return AppContext::exitCodeFor(error);
}
} // namespace

void SurveyApp::connectLive(ChangeNotifier& changes, BoothWatcher& booth, SurveyWindow& window)
{
    window.follow(booth);
    QObject::connect(&changes, &ChangeNotifier::changed, &booth, [&booth] {
        if (auto read = booth.refresh(); !read.ok())
            qWarning("antre-survey: %s", qPrintable(read.error().message));
    });
}

int SurveyApp::run(QApplication& app)
{
    AppContext ctx(u"survey"_s, tr("Antre booth survey screen: the citizen rates the visit just finished at "
                                   "this booth (SKM)."));
    // The questionnaire's screens are the kiosk's.
    ctx.addTranslations(u"kiosk"_s);
    ctx.parser().addOptions({
        {u"counter"_s, tr("The booth this screen stands at, by code (required), e.g. L1."), u"CODE"_s},
        {u"screen"_s,
         tr("Start on a screen, with sample content that is never stored: idle, offer, "
            "survey[:STEP], thanks or rated (for screenshots)."),
         u"SCREEN"_s, u"idle"_s},
        {u"idle-seconds"_s,
         tr("Seconds without a touch before an unfinished survey is discarded (default 30)."), u"N"_s,
         u"30"_s},
    });
    if (auto opened = ctx.open(QCoreApplication::arguments()); !opened.ok())
        return fail(opened.error());
    const QString code = ctx.parser().value(u"counter"_s).trimmed();
    if (code.isEmpty())
        return fail(makeError(ErrorKind::BadInput, ErrorCode::Usage,
                              tr("--counter CODE is required: the booth this screen stands at")));
    bool secondsOk = false;
    const int idleSeconds = ctx.parser().value(u"idle-seconds"_s).toInt(&secondsOk);
    if (!secondsOk || idleSeconds < 5 || idleSeconds > 3600)
        return fail(makeError(ErrorKind::BadInput, ErrorCode::Usage,
                              tr("--idle-seconds: \"%1\" is not a number from 5 to 3600")
                                  .arg(ctx.parser().value(u"idle-seconds"_s))));
    Style::apply(app);

    HallServices& hall = ctx.services();
    BoothWatcher booth(hall.queue, code);
    // An unknown booth is refused by the core with its own message ("unknown counter L9").
    if (auto read = booth.refresh(); !read.ok())
        return fail(read.error());

    SurveyWindow window(hall.survey, hall.staff, ctx.i18n());
    window.setIdleTimeout(idleSeconds * 1000);
    connectLive(hall.changes, booth, window);
    QObject::connect(&window, &SurveyWindow::exitAuthorized, &app, &QApplication::quit);
    window.setKioskMode(!ctx.windowed() && ctx.screenshotPath().isEmpty());
    ctx.show(&window);
    // Once sized: how many screens the profile takes depends on the panel.
    if (auto shown = window.showScreen(ctx.parser().value(u"screen"_s)); !shown.ok())
        return fail(shown.error());
    window.activateWindow();
    return QApplication::exec();
}

} // namespace antre::survey
