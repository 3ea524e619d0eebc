#include "kiosk_ui/KioskApp.h"

#include "core/hall/Hall.h"
#include "core/services/ChangeNotifier.h"
#include "kiosk_ui/KioskController.h"
#include "kiosk_ui/KioskSettings.h"
#include "kiosk_ui/KioskWindow.h"
#include "kiosk_ui/StartupProbe.h"
#include "kiosk_ui/TicketPrinter.h"
#include "ui_common/AppContext.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {
int fail(const Error& error)
{
    std::fprintf(stderr, "antre-kiosk: %s\n", qPrintable(error.message));
    return AppContext::exitCodeFor(error);
}
} // namespace

int KioskApp::run(QApplication& app, QElapsedTimer sinceMain)
{
    AppContext ctx(u"kiosk"_s,
                   tr("Antre citizen kiosk: choose a service, take a queue number, print the ticket."));
    KioskSettingsIo::addOptions(ctx.parser());
    if (auto opened = ctx.open(app.arguments()); !opened.ok())
        return fail(opened.error());
    auto settings = KioskSettingsIo::fromCommandLine(ctx.parser());
    if (!settings.ok())
        return fail(settings.error());
    Style::apply(app);

    HallServices& hall = ctx.services();
    KioskController controller(hall.queue, hall.audit, settings.value(),
                               TicketPrinters::create(settings.value()));
    KioskWindow window(hall.queue, hall.staff, ctx.i18n(), hall.clock, controller);
    window.enableVoice(hall.survey, hall.complaints);
    QObject::connect(&hall.changes, &ChangeNotifier::changed, &window, &KioskWindow::scheduleRefresh);
    QObject::connect(&window, &KioskWindow::exitAuthorized, &app, &QApplication::quit);
    if (auto shown = window.showScreen(ctx.parser().value(u"screen"_s)); !shown.ok())
        return fail(shown.error());

    StartupProbe probe(&window, sinceMain);
    if (ctx.parser().isSet(u"measure-startup"_s)) {
        QObject::connect(
            &probe, &StartupProbe::firstFramePainted, &app, [](qint64 sinceStart, qint64 sinceMain) {
                std::printf("startup: first frame painted %lld ms after process start (%lld ms after main)\n",
                            static_cast<long long>(sinceStart), static_cast<long long>(sinceMain));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
    }
    window.setKioskMode(!ctx.windowed() && ctx.screenshotPath().isEmpty());
    ctx.show(&window);
    // The kiosk is the only thing on its screen; without a window manager (or before it acts) nothing else
    // gives it the input focus, and without focus no screen change reaches a screen reader.
    window.activateWindow();
    return app.exec();
}

} // namespace antre::kiosk
