#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // Some core pieces (ChangeWatcher, tr()) need an application object and an event loop.
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
