#include "core/I18n.h"
#include "supervisor_ui/SupervisorLauncher.h"
#include "supervisor_ui/SupervisorWindow.h"
#include "ui_common/AppContext.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    antre::AppContext::drawOffscreenWithoutScreen(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"antre-supervisor"_s);
    QApplication::setOrganizationName(u"antre"_s);
    antre::AppContext context(u"supervisor"_s,
                              u"Antre supervisor: live dashboard, reports, configuration."_s);
    antre::SupervisorLauncher::addOptions(context.parser());
    context.acceptNewHall();
    if (auto opened = context.open(QApplication::arguments()); !opened.ok()) {
        std::fprintf(stderr, "antre-supervisor: %s\n", qUtf8Printable(opened.error().message));
        return antre::AppContext::exitCodeFor(opened.error());
    }
    // Dates and decimals in the language shown ("23 November 2026", "12,5").
    // The PDF exports' own strings (report_pdf: "Halaman 1 dari 3"), in the language shown.
    antre::I18n pdfText({u"report_pdf"_s});
    pdfText.setLanguage(context.i18n().language());
    if (context.i18n().language() == u"id")
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    antre::Style::apply(app);
    // Style::apply sets text colours for every state; here disabled controls must look disabled (the staff
    // page for a supervisor, "save" before anything changed).
    QPalette palette = QApplication::palette();
    for (const auto role : {QPalette::ButtonText, QPalette::Text, QPalette::WindowText})
        palette.setColor(QPalette::Disabled, role, antre::Style::muted());
    QApplication::setPalette(palette);
    antre::SupervisorLauncher launcher(context);
    auto window = launcher.createWindow();
    if (!window.ok()) {
        std::fprintf(stderr, "antre-supervisor: %s\n", qUtf8Printable(window.error().message));
        return antre::AppContext::exitCodeFor(window.error());
    }
    context.show(window.value());
    return app.exec();
}
