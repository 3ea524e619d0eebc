#include "kiosk_ui/KioskSettings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QSysInfo>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

QString KioskSettings::backendKey(PrinterBackend backend)
{
    switch (backend) {
    case PrinterBackend::System:
        return u"system"_s;
    case PrinterBackend::EscPos:
        return u"escpos"_s;
    case PrinterBackend::Pdf:
        return u"pdf"_s;
    }
    return {};
}

namespace {

std::optional<PrinterBackend> backendFromKey(const QString& key)
{
    for (const auto backend : {PrinterBackend::System, PrinterBackend::EscPos, PrinterBackend::Pdf})
        if (KioskSettings::backendKey(backend) == key)
            return backend;
    return std::nullopt;
}

std::optional<PaperCut> cutFromKey(const QString& key)
{
    if (key == u"partial")
        return PaperCut::Partial;
    if (key == u"full")
        return PaperCut::Full;
    if (key == u"none")
        return PaperCut::None;
    return std::nullopt;
}

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return KioskSettingsIo::tr("true/false");
    case QJsonValue::Double:
        return KioskSettingsIo::tr("a number");
    case QJsonValue::String:
        return KioskSettingsIo::tr("text");
    case QJsonValue::Array:
        return KioskSettingsIo::tr("a list");
    case QJsonValue::Object:
        return KioskSettingsIo::tr("an object");
    default:
        return KioskSettingsIo::tr("nothing (null)");
    }
}

// Walks one JSON object, collecting every problem instead of stopping at the first.
class Reader final
{
    Q_DECLARE_TR_FUNCTIONS(KioskSettingsIo)
public:
    Reader(QString label, QStringList& problems) : m_label(std::move(label)), m_problems(problems) {}

    void object(const QJsonObject& object, const QString& path,
                const QHash<QString, std::function<void(const QJsonValue&, const QString&)>>& keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString keyPath = path.isEmpty() ? it.key() : path + u'.' + it.key();
            const auto handler = keys.constFind(it.key());
            if (handler == keys.cend()) {
                problem(keyPath, tr("unknown key"));
                continue;
            }
            (*handler)(it.value(), keyPath);
        }
    }

    void text(const QJsonValue& value, const QString& path, QString& out)
    {
        if (!value.isString())
            return problem(path, tr("expected text, found %1").arg(typeName(value)));
        out = value.toString();
    }

    void flag(const QJsonValue& value, const QString& path, bool& out)
    {
        if (!value.isBool())
            return problem(path, tr("expected true or false, found %1").arg(typeName(value)));
        out = value.toBool();
    }

    void number(const QJsonValue& value, const QString& path, int& out)
    {
        const double d = value.toDouble();
        if (!value.isDouble() || d != double(int(d)))
            return problem(path, tr("expected a whole number, found %1").arg(typeName(value)));
        out = int(d);
    }

    void problem(const QString& path, const QString& message)
    {
        m_problems << u"%1: %2: %3"_s.arg(m_label, path, message);
    }

private:
    QString m_label;
    QStringList& m_problems;
};

} // namespace

KioskSettings KioskSettingsIo::defaults()
{
    KioskSettings s;
    s.kioskId = QSysInfo::machineHostName();
    if (s.kioskId.isEmpty())
        s.kioskId = u"kiosk"_s;
    s.pdfFolder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/antre/tickets"_s;
    return s;
}

Result<KioskSettings> KioskSettingsIo::readFile(const QString& path, const KioskSettings& base)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput, ErrorCode::SettingsUnreadable,
                         tr("%1: cannot read the kiosk settings: %2").arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).fileName(), base);
}

Result<KioskSettings> KioskSettingsIo::parse(const QByteArray& json, const QString& fileLabel,
                                             const KioskSettings& base)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorKind::BadInput, ErrorCode::SettingsJson,
                         tr("%1: not valid JSON at offset %2: %3")
                             .arg(fileLabel)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
    if (!doc.isObject())
        return makeError(ErrorKind::BadInput, ErrorCode::SettingsJson,
                         tr("%1: the settings must be a JSON object").arg(fileLabel));

    KioskSettings s = base;
    QStringList problems;
    Reader r(fileLabel, problems);
    const auto objectOf = [&](const QJsonValue& value, const QString& path, auto&& keys) {
        if (!value.isObject())
            return r.problem(path, tr("expected an object, found %1").arg(typeName(value)));
        r.object(value.toObject(), path, keys);
    };
    using Handler = std::function<void(const QJsonValue&, const QString&)>;
    const QHash<QString, Handler> printerKeys{
        {u"backend"_s,
         [&](const QJsonValue& v, const QString& p) {
             QString key;
             r.text(v, p, key);
             if (const auto backend = backendFromKey(key))
                 s.backend = *backend;
             else if (v.isString())
                 r.problem(p, tr("\"%1\" is not system, escpos or pdf").arg(key));
         }},
        {u"name"_s, [&](const QJsonValue& v, const QString& p) { r.text(v, p, s.printerName); }},
        {u"device"_s, [&](const QJsonValue& v, const QString& p) { r.text(v, p, s.device); }},
        {u"host"_s, [&](const QJsonValue& v, const QString& p) { r.text(v, p, s.host); }},
        {u"port"_s, [&](const QJsonValue& v, const QString& p) { r.number(v, p, s.port); }},
        {u"timeout_ms"_s, [&](const QJsonValue& v, const QString& p) { r.number(v, p, s.timeoutMs); }},
        {u"status_query"_s, [&](const QJsonValue& v, const QString& p) { r.flag(v, p, s.statusQuery); }},
        {u"cut"_s,
         [&](const QJsonValue& v, const QString& p) {
             QString key;
             r.text(v, p, key);
             if (const auto cut = cutFromKey(key))
                 s.cut = *cut;
             else if (v.isString())
                 r.problem(p, tr("\"%1\" is not partial, full or none").arg(key));
         }},
        {u"paper_mm"_s, [&](const QJsonValue& v, const QString& p) { r.number(v, p, s.paperMm); }},
        {u"pdf_folder"_s, [&](const QJsonValue& v, const QString& p) { r.text(v, p, s.pdfFolder); }},
    };
    const QHash<QString, Handler> ticketKeys{
        {u"footer"_s, [&](const QJsonValue& v, const QString& p) { r.text(v, p, s.footer); }},
        {u"show_requirements"_s,
         [&](const QJsonValue& v, const QString& p) { r.flag(v, p, s.showRequirements); }},
    };
    const QHash<QString, Handler> screenKeys{
        {u"logo"_s, [&](const QJsonValue& v, const QString& p) { r.text(v, p, s.logo); }},
        {u"idle_seconds"_s, [&](const QJsonValue& v, const QString& p) { r.number(v, p, s.idleSeconds); }},
        {u"issued_seconds"_s,
         [&](const QJsonValue& v, const QString& p) { r.number(v, p, s.issuedSeconds); }},
    };
    const QHash<QString, Handler> exitKeys{
        {u"taps"_s, [&](const QJsonValue& v, const QString& p) { r.number(v, p, s.exitTaps); }},
        {u"window_ms"_s, [&](const QJsonValue& v, const QString& p) { r.number(v, p, s.exitWindowMs); }},
    };
    r.object(doc.object(), {},
             {
                 {u"kiosk_id"_s, [&](const QJsonValue& v, const QString& p) { r.text(v, p, s.kioskId); }},
                 {u"printer"_s, [&](const QJsonValue& v, const QString& p) { objectOf(v, p, printerKeys); }},
                 {u"ticket"_s, [&](const QJsonValue& v, const QString& p) { objectOf(v, p, ticketKeys); }},
                 {u"screen"_s, [&](const QJsonValue& v, const QString& p) { objectOf(v, p, screenKeys); }},
                 {u"exit"_s, [&](const QJsonValue& v, const QString& p) { objectOf(v, p, exitKeys); }},
             });
    if (problems.isEmpty()) {
        for (const QString& problem : validate(s))
            problems << fileLabel + u": "_s + problem;
    }
    if (!problems.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::SettingsInvalid, problems.join(u'\n'));
    return s;
}

QStringList KioskSettingsIo::validate(const KioskSettings& s)
{
    QStringList problems;
    if (s.kioskId.trimmed().isEmpty())
        problems << tr("kiosk_id: must not be empty");
    if (s.paperMm != 58 && s.paperMm != 80)
        problems << tr("printer.paper_mm: %1 is not 58 or 80").arg(s.paperMm);
    if (s.port < 1 || s.port > 65535)
        problems << tr("printer.port: %1 is not a TCP port (1–65535)").arg(s.port);
    if (s.timeoutMs < 100 || s.timeoutMs > 60000)
        problems << tr("printer.timeout_ms: %1 is not between 100 and 60000").arg(s.timeoutMs);
    if (s.backend == PrinterBackend::EscPos && s.device.isEmpty() == s.host.isEmpty())
        problems << tr("printer: the escpos backend needs either a device or a host, not both");
    if (s.backend == PrinterBackend::Pdf && s.pdfFolder.isEmpty())
        problems << tr("printer.pdf_folder: the pdf backend needs a folder");
    if (s.idleSeconds < 5 || s.idleSeconds > 600)
        problems << tr("screen.idle_seconds: %1 is not between 5 and 600").arg(s.idleSeconds);
    if (s.issuedSeconds < 1 || s.issuedSeconds > 120)
        problems << tr("screen.issued_seconds: %1 is not between 1 and 120").arg(s.issuedSeconds);
    if (s.exitTaps < 3 || s.exitTaps > 10)
        problems << tr("exit.taps: %1 is not between 3 and 10").arg(s.exitTaps);
    if (s.exitWindowMs < 1000 || s.exitWindowMs > 10000)
        problems << tr("exit.window_ms: %1 is not between 1000 and 10000").arg(s.exitWindowMs);
    return problems;
}

void KioskSettingsIo::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"settings"_s, tr("Kiosk settings file (JSON, see docs/KIOSK.md; default: $ANTRE_KIOSK_SETTINGS)."),
         u"FILE"_s},
        {u"kiosk-id"_s, tr("Name of this kiosk in fault reports (default: the host name)."), u"ID"_s},
        {u"printer"_s, tr("Ticket printer: system, escpos or pdf."), u"BACKEND"_s},
        {u"printer-name"_s, tr("System printer to use (default: the system's default printer)."), u"NAME"_s},
        {u"device"_s, tr("ESC/POS printer device, e.g. /dev/usb/lp0."), u"PATH"_s},
        {u"host"_s, tr("ESC/POS network printer, HOST or HOST:PORT (default port 9100)."), u"HOST"_s},
        {u"paper"_s, tr("Paper width in millimetres: 58 or 80."), u"MM"_s},
        {u"pdf-dir"_s, tr("Folder for PDF tickets (pdf printer)."), u"DIR"_s},
        {u"footer"_s, tr("Text printed at the bottom of every ticket."), u"TEXT"_s},
        {u"no-requirements"_s, tr("Do not print the service's requirements on the ticket.")},
        {u"screen"_s,
         tr("Start on a screen: home, services:AGENCY, standard:SERVICE, confirm:SERVICE, "
            "issued:SERVICE[:priority] (issues a real ticket), voice[:ticket|survey|complaint] or "
            "reconnecting[:pending]."),
         u"SCREEN"_s, u"home"_s},
        {u"measure-startup"_s,
         tr("Print the time from process start to the first painted frame, then exit.")},
    });
}

Result<KioskSettings> KioskSettingsIo::fromCommandLine(const QCommandLineParser& parser)
{
    KioskSettings s = defaults();
    QString file = parser.value(u"settings"_s);
    if (file.isEmpty())
        file = qEnvironmentVariable("ANTRE_KIOSK_SETTINGS");
    if (!file.isEmpty()) {
        auto read = readFile(file, s);
        if (!read.ok())
            return read.error();
        s = read.value();
    }

    QStringList problems;
    if (parser.isSet(u"kiosk-id"_s))
        s.kioskId = parser.value(u"kiosk-id"_s);
    if (parser.isSet(u"printer"_s)) {
        if (const auto backend = backendFromKey(parser.value(u"printer"_s)))
            s.backend = *backend;
        else
            problems << tr("--printer: \"%1\" is not system, escpos or pdf").arg(parser.value(u"printer"_s));
    }
    if (parser.isSet(u"printer-name"_s))
        s.printerName = parser.value(u"printer-name"_s);
    if (parser.isSet(u"device"_s)) {
        s.device = parser.value(u"device"_s);
        s.host.clear();
    }
    if (parser.isSet(u"host"_s)) {
        const QString value = parser.value(u"host"_s);
        const qsizetype colon = value.lastIndexOf(u':');
        s.host = colon > 0 ? value.left(colon) : value;
        if (colon > 0) {
            bool ok = false;
            s.port = value.mid(colon + 1).toInt(&ok);
            if (!ok)
                problems << tr("--host: \"%1\" is not HOST or HOST:PORT").arg(value);
        }
        s.device.clear();
    }
    if (parser.isSet(u"paper"_s)) {
        bool ok = false;
        s.paperMm = parser.value(u"paper"_s).toInt(&ok);
        if (!ok)
            problems << tr("--paper: \"%1\" is not 58 or 80").arg(parser.value(u"paper"_s));
    }
    if (parser.isSet(u"pdf-dir"_s))
        s.pdfFolder = parser.value(u"pdf-dir"_s);
    if (parser.isSet(u"footer"_s))
        s.footer = parser.value(u"footer"_s);
    if (parser.isSet(u"no-requirements"_s))
        s.showRequirements = false;
    if (problems.isEmpty())
        problems = validate(s);
    if (!problems.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, problems.join(u'\n'));
    return s;
}

} // namespace antre::kiosk
