#include "AudioSetup.h"

#include "ClipPackSink.h"
#include "DisplayLog.h"
#include "SpeechSink.h"

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

std::unique_ptr<AudioSink> AudioSetup::create(const DisplayOptions& options)
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
        return std::make_unique<ClipPackSink>(ClipPack(clipDir));
    }
    return std::make_unique<SpeechSink>();
}

} // namespace antre
