#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("antre"));
    QCoreApplication::setOrganizationName(QStringLiteral("antre"));
    return antre::Cli::run(QCoreApplication::arguments());
}
