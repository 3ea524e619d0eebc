#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace antre {

// The display's own command-line options, on top of AppContext's common ones.
struct DisplayOptions final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayOptions)
public:
    enum class Voice
    {
        Auto,
        Clips,
        Speech
    };

    QStringList agencies; // empty: all
    QStringList counters; // empty: all
    bool sound = true;
    bool digitByDigit = false;
    Voice voice = Voice::Auto;
    QString clipDir; // empty: the default pack
    QString logo;    // image file shown beside the hall name
    int recentCount = 6;

    static QString description();
    static void addTo(QCommandLineParser& parser);
    // Reads the options after AppContext::open() has parsed the command line.
    static Result<DisplayOptions> from(const QCommandLineParser& parser);
};

} // namespace antre
