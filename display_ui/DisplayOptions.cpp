#include "display_ui/DisplayOptions.h"

#include <QCommandLineParser>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QStringList codeList(const QString& value)
{
    QStringList codes;
    for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
        if (const QString code = part.trimmed(); !code.isEmpty() && !codes.contains(code))
            codes << code;
    return codes;
}

Error usage(const QString& message)
{
    return makeError(ErrorKind::BadInput, ErrorCode::Usage, message);
}

} // namespace

QString DisplayOptions::description()
{
    return tr("Lobby display: shows and announces the numbers called to the counters.");
}

void DisplayOptions::addTo(QCommandLineParser& parser)
{
    parser.addOptions({
        {u"agencies"_s, tr("Show only these agencies (codes, comma-separated)."), u"A,B"_s},
        {u"counters"_s, tr("Show only these counters (codes, comma-separated)."), u"L1,L2"_s},
        {u"no-sound"_s, tr("Do not announce calls.")},
        {u"digit-by-digit"_s, tr("Read ticket numbers digit by digit (A-012: a nol satu dua).")},
        {u"voice"_s, tr("Announcement voice: auto (default), clips or speech."), u"VOICE"_s, u"auto"_s},
        {u"clips"_s, tr("Folder of word clips (WAV) for announcements."), u"DIR"_s},
        {u"logo"_s, tr("Image shown beside the hall name."), u"FILE"_s},
        {u"recent"_s, tr("How many earlier calls to list (1-12, default 6)."), u"N"_s, u"6"_s},
    });
}

Result<DisplayOptions> DisplayOptions::from(const QCommandLineParser& parser)
{
    DisplayOptions o;
    o.agencies = codeList(parser.value(u"agencies"_s));
    o.counters = codeList(parser.value(u"counters"_s));
    if (parser.isSet(u"agencies"_s) && o.agencies.isEmpty())
        return usage(tr("--agencies: give at least one agency code, e.g. --agencies DUKCAPIL,DISNAKER"));
    if (parser.isSet(u"counters"_s) && o.counters.isEmpty())
        return usage(tr("--counters: give at least one counter code, e.g. --counters L1,L2"));
    o.sound = !parser.isSet(u"no-sound"_s);
    o.digitByDigit = parser.isSet(u"digit-by-digit"_s);

    const QString voice = parser.value(u"voice"_s);
    if (voice == u"auto")
        o.voice = Voice::Auto;
    else if (voice == u"clips")
        o.voice = Voice::Clips;
    else if (voice == u"speech")
        o.voice = Voice::Speech;
    else
        return usage(tr("--voice: \"%1\" is not auto, clips or speech").arg(voice));

    o.clipDir = parser.value(u"clips"_s);
    if (!o.clipDir.isEmpty() && !QFileInfo(o.clipDir).isDir())
        return usage(tr("--clips: \"%1\" is not a folder").arg(o.clipDir));
    o.logo = parser.value(u"logo"_s);
    if (!o.logo.isEmpty() && !QFileInfo(o.logo).isFile())
        return usage(tr("--logo: \"%1\" is not a file").arg(o.logo));

    bool ok = false;
    o.recentCount = parser.value(u"recent"_s).toInt(&ok);
    if (!ok || o.recentCount < 1 || o.recentCount > 12)
        return usage(tr("--recent: \"%1\" is not a number from 1 to 12").arg(parser.value(u"recent"_s)));
    return o;
}

} // namespace antre
