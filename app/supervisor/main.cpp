#include "AppContext.h"
#include "I18n.h"
#include "Style.h"
#include "SupervisorLauncher.h"
#include "SupervisorWindow.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"antre-supervisor"_s);
    QApplication::setOrganizationName(u"antre"_s);
    antre::AppContext context(u"supervisor"_s, u"Antre supervisor: live dashboard, reports, configuration."_s);
    antre::SupervisorLauncher::addOptions(context.parser());
    if (auto opened = context.open(QApplication::arguments()); !opened.ok()) {
        std::fprintf(stderr, "antre-supervisor: %s\n", qUtf8Printable(opened.error().message));
        return antre::AppContext::exitCodeFor(opened.error());
    }
    // Dates and decimals in the language shown ("23 November 2026", "12,5").
    if (context.i18n().language() == u"id")
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    antre::Style::apply(app);
    antre::SupervisorLauncher launcher(context);
    auto window = launcher.createWindow();
    if (!window.ok()) {
        std::fprintf(stderr, "antre-supervisor: %s\n", qUtf8Printable(window.error().message));
        return antre::AppContext::exitCodeFor(window.error());
    }
    context.show(window.value());
    return app.exec();
}
