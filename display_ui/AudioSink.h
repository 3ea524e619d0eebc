#pragma once

#include "display_ui/Announcement.h"

#include <QObject>
#include <QString>

namespace antre {

// Where announcements are heard. The announcer asks for one thing at a time (the chime, then the
// phrase) and waits for finished() before asking for the next, so a sink never has to mix sounds.
class AudioSink : public QObject
{
    Q_OBJECT
public:
    explicit AudioSink(QObject* parent = nullptr);
    ~AudioSink() override;
    Q_DISABLE_COPY_MOVE(AudioSink)

    // For the log, e.g. "clip pack /usr/share/antre/clips/id".
    virtual QString name() const = 0;
    // Empty when the sink can play now, else why it cannot (for the log).
    virtual QString unavailableReason() const = 0;
    // Told once the hall's words are known (phrase, counter names), so a clip pack can report
    // missing clips at start-up rather than at the first call that needs them.
    virtual void prepare(const QStringList& vocabulary);
    // Each request ends with exactly one finished(), also when playing fails, unless stop() comes first.
    virtual void playChime() = 0;
    virtual void speak(const Announcement& announcement) = 0;
    // Abandons the current request; no finished() follows for it.
    virtual void stop() = 0;

    // True when the system has an audio output device; without one both real sinks stay silent.
    static bool hasAudioOutput();

Q_SIGNALS:
    void finished();
};

} // namespace antre
