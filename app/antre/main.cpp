#include "cli/Cli.h"

#include <QCoreApplication>
#ifdef ANTRE_HAVE_PDF
#include <QGuiApplication>
#endif

#include <cstring>

int main(int argc, char** argv)
{
#ifdef ANTRE_HAVE_PDF
    // Only the PDF report needs fonts, hence a QGuiApplication; on a server without a display it draws
    // offscreen. Every other command keeps the plain core application.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf = pdf || std::strcmp(argv[i], "ombudsman") == 0;
    if (pdf) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("antre"));
        QCoreApplication::setOrganizationName(QStringLiteral("antre"));
        return antre::Cli::run(QCoreApplication::arguments());
    }
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antre"));
    QCoreApplication::setOrganizationName(QStringLiteral("antre"));
    return antre::Cli::run(QCoreApplication::arguments());
}
