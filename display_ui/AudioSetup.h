#pragma once

#include "DisplayOptions.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace antre {

class AudioSink;

// Picks the announcement voice from the options: a clip pack when one is found (the default pack
// generated at build time, or a hall's own recordings), otherwise text-to-speech.
class AudioSetup final
{
public:
    // Null with --no-sound.
    static std::unique_ptr<AudioSink> create(const DisplayOptions& options);
    // Where the default pack is looked for: $ANTRE_CLIPS, beside the program (build tree and
    // installed share/antre/clips/id), then the system data folders.
    static QStringList clipDirCandidates();
    static QString defaultClipDir(); // first candidate that exists, or empty
};

} // namespace antre
