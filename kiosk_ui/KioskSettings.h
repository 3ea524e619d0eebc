#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

class QCommandLineParser;

namespace antre::kiosk {

enum class PrinterBackend
{
    System,
    EscPos,
    Pdf
};
enum class PaperCut
{
    Partial,
    Full,
    None
};

// Everything a hall sets per kiosk: which printer, what goes on the ticket, screen timings.
// Read from a JSON file (docs/KIOSK.md) and then overridden by command-line options.
struct KioskSettings
{
    QString kioskId; // named in fault reports, e.g. "KIOSK-LOBBY-1"; default: the host name
    PrinterBackend backend = PrinterBackend::Pdf;
    QString printerName; // system backend; empty: the system's default printer
    QString device;      // escpos: a device path such as /dev/usb/lp0 …
    QString host;        // … or a network printer (raw TCP)
    int port = 9100;
    int timeoutMs = 3000;    // network connect/write deadline
    bool statusQuery = true; // escpos: ask the printer about its paper before printing
    PaperCut cut = PaperCut::Partial;
    int paperMm = 80;  // 58 or 80
    QString pdfFolder; // pdf backend; default: <data folder>/antre/tickets
    QString footer;    // empty: the hall's ticket footer from the configuration
    bool showRequirements = true;
    QString logo;            // optional image file shown beside the hall name
    int idleSeconds = 30;    // any screen but home returns home after this long without a touch
    int issuedSeconds = 10;  // the "take your ticket" screen returns home sooner
    int exitTaps = 5;        // supervisor exit gesture: taps in the top-left corner …
    int exitWindowMs = 3000; // … within this time

    static QString backendKey(PrinterBackend backend);
};

// Loading, command-line options and validation of KioskSettings.
class KioskSettingsIo final
{
    Q_DECLARE_TR_FUNCTIONS(KioskSettingsIo)
public:
    // The defaults for this machine (host name as kiosk ID, PDF folder in the user's data folder).
    static KioskSettings defaults();
    // Reads a settings file over `base`; keys missing from the file keep their value. Errors name the
    // file and the key: "kiosk.json: printer.paper_mm: 70 is not 58 or 80".
    static Result<KioskSettings> readFile(const QString& path, const KioskSettings& base);
    static Result<KioskSettings> parse(const QByteArray& json, const QString& fileLabel,
                                       const KioskSettings& base);
    // The kiosk's own options (printer, paper, screen, …), added to the common ones.
    static void addOptions(QCommandLineParser& parser);
    // Defaults, then --settings FILE (or $ANTRE_KIOSK_SETTINGS), then the individual options.
    static Result<KioskSettings> fromCommandLine(const QCommandLineParser& parser);
    // Empty when the settings can be used; else one message per problem.
    static QStringList validate(const KioskSettings& settings);
};

} // namespace antre::kiosk
