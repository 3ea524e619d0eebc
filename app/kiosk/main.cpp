#include "kiosk_ui/KioskApp.h"

#include <QApplication>
#include <QElapsedTimer>

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("antre-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("antre"));
    return antre::kiosk::KioskApp::run(app, sinceMain);
}
