#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace antre {

// `antre [--db FILE] [--json] COMMAND …`. Exit codes: 0 done; 2 bad input; 3 nothing to do;
// 4 refused by a rule; 1 anything else.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static int run(const QStringList& arguments);
    static QString defaultDatabasePath();
};

} // namespace antre
