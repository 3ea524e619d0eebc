// Creates a database with the demo hall (resources/demo/hall.json) for screenshots and manual runs of
// the kiosk, without needing the CLI: kiosk_demo_db OUT.db [hall.json]
#include "Clock.h"
#include "ConfigIo.h"
#include "Database.h"
#include "HallStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: kiosk_demo_db OUT.db [hall.json]\n");
        return 2;
    }
    const QString json = args.value(2, QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/resources/demo/hall.json"_s);
    auto config = antre::ConfigIo::readFile(json);
    if (!config.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(config.error().message));
        return 2;
    }
    auto db = antre::Database::open(args.at(1));
    if (!db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    const auto clock = antre::clockFromEnvironment(false);
    if (auto imported = antre::HallStore(*db.value(), *clock).import(config.value()); !imported.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error().message));
        return 1;
    }
    return 0;
}
