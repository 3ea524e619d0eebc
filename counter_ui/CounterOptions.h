#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace antre {

// The counter program's own options, beyond the common ones of AppContext.
struct CounterOptions
{
    Q_DECLARE_TR_FUNCTIONS(CounterOptions)
public:
    QString staffId;                 // --staff: prefilled, or logged in with --pin-stdin / --screenshot
    QString counter;                 // --counter: opened right after that login
    std::optional<QString> pin;      // --pin-stdin: first line of standard input
    bool pinless = false;            // only with --screenshot: show a logged-in booth without a PIN
    bool compact = false;            // --compact
    bool onTop = false;              // --on-top (applies to the compact window)
    int idleLockMs = 10 * 60 * 1000; // --lock-after MINUTES, 0 = never
    int autoCall = 0;                // --auto-call N (drills and the multi-process test)
    QString memoryPath;              // where the booth is remembered; empty: nowhere
    QSize compactSize{360, 520};

    static void addTo(QCommandLineParser& parser);
    // screenshot: whether --screenshot was given (the only case that allows a login without PIN).
    static Result<CounterOptions> read(const QCommandLineParser& parser, const QString& databasePath,
                                       bool screenshot);
};

} // namespace antre
