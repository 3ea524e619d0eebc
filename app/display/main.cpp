#include "core/hall/Hall.h"
#include "core/services/AuditService.h"
#include "display_ui/AudioSetup.h"
#include "display_ui/AudioSink.h"
#include "display_ui/DisplayOptions.h"
#include "display_ui/DisplayWindow.h"
#include "display_ui/LobbyDisplay.h"
#include "ui_common/AppContext.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSysInfo>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    antre::AppContext::drawOffscreenWithoutScreen(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"antre-display"_s);
    QApplication::setOrganizationName(u"antre"_s);
    antre::Style::apply(app);

    antre::AppContext ctx(u"display"_s, antre::DisplayOptions::description());
    antre::DisplayOptions::addTo(ctx.parser());
    if (auto opened = ctx.open(QApplication::arguments()); !opened.ok()) {
        std::fprintf(stderr, "antre-display: %s\n", qPrintable(opened.error().message));
        return antre::AppContext::exitCodeFor(opened.error());
    }
    auto options = antre::DisplayOptions::from(ctx.parser());
    if (!options.ok()) {
        std::fprintf(stderr, "antre-display: %s\n", qPrintable(options.error().message));
        return antre::AppContext::exitCodeFor(options.error());
    }
    // A screenshot is a silent render: no voice to set up, no speech daemon to start.
    if (!ctx.screenshotPath().isEmpty())
        options.value().sound = false;

    antre::HallServices& hall = ctx.services();
    const auto clipsUnusable = [&hall](const QString& clipDir, const QString& problem) {
        antre::DeviceFault fault;
        fault.device = u"speaker"_s;
        fault.source = u"display "_s + QSysInfo::machineHostName();
        fault.deviceName = clipDir;
        fault.message = problem + u"; announcing with text-to-speech"_s;
        if (auto recorded = hall.audit.recordDeviceFault(fault); !recorded.ok())
            std::fprintf(stderr, "antre-display: %s\n", qPrintable(recorded.error().message));
    };
    antre::LobbyDisplay display(hall.queue, hall.clock, &hall.changes, options.value(),
                                antre::AudioSetup::create(options.value(), clipsUnusable));
    if (auto started = display.start(); !started.ok()) {
        std::fprintf(stderr, "antre-display: %s\n", qPrintable(started.error().message));
        return antre::AppContext::exitCodeFor(started.error());
    }
    ctx.show(&display.window());
    return app.exec();
}
