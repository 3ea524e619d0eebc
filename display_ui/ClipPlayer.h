#pragma once

#include <QAudioFormat>
#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

class QAudioSink;

namespace antre {

class ClipPack;

struct PlannedClip
{
    QString path;    // a file or a ":/" resource
    int startMs = 0; // from the start of the sequence
    int audibleMs = 0;
    friend bool operator==(const PlannedClip&, const PlannedClip&) = default;
};

struct ClipPlan
{
    QList<PlannedClip> clips;
    int totalMs = 0;     // when the sequence counts as finished
    QStringList missing; // words without a clip, left out
};

// Plays a sequence of WAV clips with Qt Multimedia. The clips are mixed into one buffer at their
// planned start times and played as one stream: no gap or stutter between words (one sound effect per
// word stalled for seconds on PulseAudio when a word repeats, as in "nol nol"), and trailing silence
// in a recording does not slow the call down.
class ClipPlayer final : public QObject
{
    Q_OBJECT
public:
    explicit ClipPlayer(const ClipPack& pack, QObject* parent = nullptr);
    ~ClipPlayer() override;
    Q_DISABLE_COPY_MOVE(ClipPlayer)

    // Without an audio device the sequence still takes its time, silently, so pacing stays the same.
    void play(const ClipPlan& plan);
    void stop();
    bool isPlaying() const;

    // The plan as 16-bit (or float) PCM in the given format, clips mixed in at their start times.
    static QByteArray render(const ClipPlan& plan, const ClipPack& pack, const QAudioFormat& format);
    static QAudioFormat outputFormat();

Q_SIGNALS:
    void finished();

private:
    void onSinkStateChanged();
    void end();

    const ClipPack& m_pack;
    std::unique_ptr<QAudioSink> m_sink;
    QBuffer m_buffer;
    QTimer m_silentEnd;
    bool m_playing = false;
};

} // namespace antre
