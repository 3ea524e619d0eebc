#include "display_ui/AudioSetup.h"

#include "display_ui/ClipPackSink.h"
#include "display_ui/DisplayLog.h"
#include "display_ui/SpeechSink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
const QString kPackSubdir = u"antre/clips/id"_s;
} // namespace

QStringList AudioSetup::clipDirCandidates()
{
    QStringList dirs;
    if (const QString env = qEnvironmentVariable("ANTRE_CLIPS"); !env.isEmpty())
        dirs << env;
    const QDir app(QCoreApplication::applicationDirPath());
    // <prefix>/bin/antre-display → <prefix>/share; <build>/app/display/antre-display → <build>/share.
    dirs << QDir::cleanPath(app.filePath(u"../share/"_s + kPackSubdir))
         << QDir::cleanPath(app.filePath(u"../../share/"_s + kPackSubdir));
    for (const QString& data : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        dirs << QDir(data).filePath(kPackSubdir);
    dirs.removeDuplicates();
    return dirs;
}

QString AudioSetup::defaultClipDir()
{
    for (const QString& dir : clipDirCandidates())
        if (QFileInfo(dir).isDir())
            return dir;
    return {};
}

QString AudioSetup::clipPackProblem(const QString& dir)
{
    const QFileInfo folder(dir);
    if (!folder.isDir())
        return u"%1 is not a folder"_s.arg(dir);
    if (!folder.isReadable() || !folder.isExecutable())
        return u"this user may not read the folder %1"_s.arg(dir);
    // A pack is usable when its number words play: "nol" is in every pack, generated or recorded.
    const QString probe = ClipPack(dir).clipPath(u"nol"_s);
    if (probe.isEmpty())
        return u"%1 has no clip nol.wav (is it a clip pack?)"_s.arg(dir);
    if (!QFileInfo(probe).isReadable())
        return u"this user may not read %1"_s.arg(probe);
    if (!WavAudio::read(probe))
        return u"%1 is not a PCM WAV file"_s.arg(probe);
    return {};
}

std::unique_ptr<AudioSink> AudioSetup::create(const DisplayOptions& options, const FallbackReport& report)
{
    if (!options.sound) {
        qCInfo(lcDisplay) << "sound is off: calls are shown, not announced";
        return nullptr;
    }
    const QString clipDir = options.clipDir.isEmpty() ? defaultClipDir() : options.clipDir;
    const bool useClips = options.voice == DisplayOptions::Voice::Clips ||
                          (options.voice == DisplayOptions::Voice::Auto && !clipDir.isEmpty());
    if (useClips) {
        if (clipDir.isEmpty())
            qCWarning(lcDisplay).noquote()
                << "no clip pack found; looked in:" << clipDirCandidates().join(u", "_s);
        // A pack the display cannot read would leave the hall with the chime alone while the log says
        // it announces: speak with text-to-speech instead, and say so where the supervisor looks.
        else if (const QString problem = clipPackProblem(clipDir); !problem.isEmpty()) {
            qCWarning(lcDisplay).noquote()
                << "clip pack cannot be used:" << problem << "- announcing with text-to-speech instead";
            if (report)
                report(clipDir, problem);
            return std::make_unique<SpeechSink>();
        }
        return std::make_unique<ClipPackSink>(ClipPack(clipDir));
    }
    return std::make_unique<SpeechSink>();
}

} // namespace antre
