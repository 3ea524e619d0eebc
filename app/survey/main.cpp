#include "survey_ui/SurveyApp.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("antre-survey"));
    QApplication::setOrganizationName(QStringLiteral("antre"));
    return antre::survey::SurveyApp::run(app);
}
