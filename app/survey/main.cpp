#include "survey_ui/SurveyApp.h"
#include "ui_common/AppContext.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>

namespace {

// The suggestion is typed on the touchscreen: Qt's virtual keyboard when it is installed (as antre-kiosk
// does). A booth screen with a keyboard sets QT_IM_MODULE itself (even empty) and keeps it.
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
    preferVirtualKeyboard();
    antre::AppContext::drawOffscreenWithoutScreen(argc, argv);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("antre-survey"));
    QApplication::setOrganizationName(QStringLiteral("antre"));
    return antre::survey::SurveyApp::run(app);
}
