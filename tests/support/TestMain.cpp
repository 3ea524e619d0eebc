// The one main() of every test binary: Catch2's runner inside the application object the code under test
// needs. Built twice (see tests/CMakeLists.txt): antre_test_main with a QCoreApplication for core tests,
// antre_test_main_gui with ANTRE_TEST_GUI and a QApplication for the widget tests.
#define CATCH_CONFIG_RUNNER

#ifdef ANTRE_TEST_GUI
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
#ifdef ANTRE_TEST_GUI
    // ctest sets QT_QPA_PLATFORM=offscreen; test discovery at build time and a plain run from a shell
    // need it too, so the suite never needs a display. A platform set by the caller wins.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    // Some core pieces (ChangeWatcher, tr()) need an application object and an event loop.
    QCoreApplication app(argc, argv);
#endif
    return Catch::Session().run(argc, argv);
}
