#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Widgets need a QApplication; ctest sets QT_QPA_PLATFORM=offscreen.
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
