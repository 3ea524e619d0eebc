#pragma once

#include <QAudioFormat>
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
// planned start times and fed into one audio stream that stays open between calls (silence when
// idle). Measured on PulseAudio: one sound effect per word stalled for seconds when a word repeats
// ("nol nol"), and a new stream per request put two seconds between chime and phrase; an open
// stream starts each request within its short buffer. It also keeps HDMI audio awake, which would
// otherwise swallow the start of the chime. Trailing silence in a recording does not slow a call down.
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
    bool openStream();
    void closeStream();
    void feed();
    void end();

    const ClipPack& m_pack;
    std::unique_ptr<QAudioSink> m_sink;
    QIODevice* m_stream = nullptr;
    QAudioFormat m_format;
    QByteArray m_pending; // the current plan's audio still to be handed to the device
    qint64 m_written = 0; // bytes handed to the device since the stream opened
    qint64 m_endsAt = -1; // m_written value at which the current plan has been played out
    QTimer m_feed;
    QTimer m_silentEnd;
    bool m_playing = false;
};

} // namespace antre
