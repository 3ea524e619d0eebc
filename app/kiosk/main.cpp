#include "kiosk_ui/KioskApp.h"
#include "ui_common/AppContext.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>

namespace {

// The complaint form is typed on the touchscreen: Qt's virtual keyboard, when it is installed. A kiosk with
// a physical keyboard sets QT_IM_MODULE itself (even empty) and keeps it.
void preferVirtualKeyboard()
{
    if (qEnvironmentVariableIsSet("QT_IM_MODULE"))
        return;
    const QDir plugins(QLibraryInfo::path(QLibraryInfo::PluginsPath) +
                       QStringLiteral("/platforminputcontexts"));
    if (!plugins.entryList({QStringLiteral("*qtvirtualkeyboard*")}, QDir::Files).isEmpty())
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    preferVirtualKeyboard();
    antre::AppContext::drawOffscreenWithoutScreen(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("antre-kiosk"));
    QApplication::setOrganizationName(QStringLiteral("antre"));
    return antre::kiosk::KioskApp::run(app, sinceMain);
}
