#pragma once

#include "display_ui/DisplayOptions.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace antre {

class AudioSink;

// Picks the announcement voice from the options: a clip pack when one is found (the default pack
// generated at build time, or a hall's own recordings), otherwise text-to-speech.
class AudioSetup final
{
public:
    // Called when the clip pack cannot be used and the display speaks with text-to-speech instead, with
    // the reason (for the hall's log of device faults, shown on the supervisor's dashboard).
    using FallbackReport = std::function<void(const QString& clipDir, const QString& problem)>;
    // Null with --no-sound.
    static std::unique_ptr<AudioSink> create(const DisplayOptions& options,
                                             const FallbackReport& report = {});
    // Why the clips in dir cannot be played by this user (a folder it may not list, clips it may not
    // read or that are not WAV), empty when they can.
    static QString clipPackProblem(const QString& dir);
    // Where the default pack is looked for: $ANTRE_CLIPS, beside the program (build tree and
    // installed share/antre/clips/id), then the system data folders.
    static QStringList clipDirCandidates();
    static QString defaultClipDir(); // first candidate that exists, or empty
};

} // namespace antre
