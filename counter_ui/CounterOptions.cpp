#include "counter_ui/CounterOptions.h"

#include "counter_ui/BoothMemory.h"

#include <QCommandLineParser>

#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace antre {

void CounterOptions::addTo(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"staff"_s, tr("Staff ID to log in with (the PIN is still asked for)."), u"ID"_s},
        {u"counter"_s, tr("Counter to open right after logging in, e.g. L1."), u"CODE"_s},
        {u"pin-stdin"_s, tr("Read the PIN from the first line of standard input (with --staff).")},
        {u"compact"_s, tr("Start in the compact window (about 360×520) to sit beside another application.")},
        {u"on-top"_s, tr("Keep the compact window above other windows.")},
        {u"lock-after"_s, tr("Lock the screen after MINUTES without input (default 10, 0 = never)."),
         u"MINUTES"_s, u"10"_s},
    });
    QCommandLineOption autoCall(
        u"auto-call"_s,
        tr("Drill and test mode: log in with --staff, --counter and --pin-stdin, wait for "
           "a line \"go\" on standard input, then call and finish N tickets, printing each "
           "called number."),
        u"N"_s);
    autoCall.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(autoCall);
}

Result<CounterOptions> CounterOptions::read(const QCommandLineParser& parser, const QString& databasePath,
                                            bool screenshot)
{
    const auto usage = [](const QString& message) {
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, message);
    };
    CounterOptions o;
    o.staffId = parser.value(u"staff"_s).trimmed();
    o.counter = parser.value(u"counter"_s).trimmed();
    o.compact = parser.isSet(u"compact"_s);
    o.onTop = parser.isSet(u"on-top"_s);
    bool ok = false;
    const int minutes = parser.value(u"lock-after"_s).toInt(&ok);
    if (!ok || minutes < 0 || minutes > 24 * 60)
        return usage(tr("--lock-after: \"%1\" is not a number of minutes from 0 to 1440")
                         .arg(parser.value(u"lock-after"_s)));
    o.idleLockMs = minutes * 60 * 1000;
    if (parser.isSet(u"auto-call"_s)) {
        o.autoCall = parser.value(u"auto-call"_s).toInt(&ok);
        if (!ok || o.autoCall < 1 || o.autoCall > 100000)
            return usage(
                tr("--auto-call: \"%1\" is not a number from 1 to 100000").arg(parser.value(u"auto-call"_s)));
        if (o.staffId.isEmpty() || o.counter.isEmpty() || !parser.isSet(u"pin-stdin"_s))
            return usage(tr("--auto-call needs --staff, --counter and --pin-stdin"));
    }
    if (parser.isSet(u"pin-stdin"_s)) {
        if (o.staffId.isEmpty())
            return usage(tr("--pin-stdin needs --staff"));
        std::string line;
        if (!std::getline(std::cin, line))
            return usage(tr("--pin-stdin: no PIN on standard input"));
        o.pin = QString::fromStdString(line).trimmed();
    }
    // Without a PIN only a screenshot may show a logged-in booth: it shows, it cannot be operated.
    o.pinless = screenshot && !o.staffId.isEmpty() && !o.pin;
    if (!o.counter.isEmpty() && o.staffId.isEmpty() && screenshot)
        return usage(tr("--counter with --screenshot needs --staff"));
    // Drills and screenshots must not overwrite what the booth PC remembers.
    o.memoryPath = o.autoCall > 0 || o.pinless ? QString() : BoothMemory::defaultPath(databasePath);
    return o;
}

} // namespace antre
