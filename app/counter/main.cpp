#include "counter_ui/AutoCall.h"
#include "counter_ui/CounterOptions.h"
#include "counter_ui/CounterWindow.h"
#include "ui_common/AppContext.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    antre::AppContext::drawOffscreenWithoutScreen(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"antre-counter"_s);
    QApplication::setOrganizationName(u"antre"_s);
    antre::Style::apply(app);

    antre::AppContext ctx(u"counter"_s, u"Antre counter: call, serve and close tickets at a booth."_s);
    antre::CounterOptions::addTo(ctx.parser());
    if (auto opened = ctx.open(QApplication::arguments()); !opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return antre::AppContext::exitCodeFor(opened.error());
    }
    auto options =
        antre::CounterOptions::read(ctx.parser(), ctx.databasePath(), !ctx.screenshotPath().isEmpty());
    if (!options.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error().message));
        return antre::AppContext::exitCodeFor(options.error());
    }

    antre::CounterWindow window(antre::CounterDeps::fromHall(ctx.services(), &ctx.i18n()), options.value());
    if (auto started = window.start(); !started.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().message));
        return antre::AppContext::exitCodeFor(started.error());
    }
    if (options.value().autoCall > 0)
        return antre::AutoCall::run(window, options.value().autoCall);

    ctx.show(&window);
    window.applyWindowMode(ctx.size().isValid());
    return app.exec();
}
