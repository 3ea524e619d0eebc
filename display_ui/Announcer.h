#pragma once

#include "display_ui/Announcement.h"

#include <QObject>
#include <QQueue>
#include <QTimer>

namespace antre {

class AudioSink;

// Speaks calls one at a time, each as chime then phrase, in the order they were made. Nothing is
// dropped: a burst of calls is queued, and a recall is a call of its own. A sink that never reports
// back (a hung speech daemon, a vanished device) is given up on after a generous time.
class Announcer final : public QObject
{
    Q_OBJECT
public:
    // A null sink, or one that is unavailable, leaves the display silent; that is logged once.
    explicit Announcer(AudioSink* sink, QObject* parent = nullptr);
    ~Announcer() override;
    Q_DISABLE_COPY_MOVE(Announcer)

    void enqueue(const Announcement& announcement);
    // Announcements waiting behind the one playing.
    qsizetype pending() const { return m_queue.size(); }
    bool isBusy() const { return m_step != Step::Idle; }
    // True when the sink can play now. Logs once when audio goes away and once when it comes back.
    bool checkAudio();
    // Watchdog limits: the chime, and a phrase of n words (baseMs + n × perWordMs).
    void setTimeouts(int chimeMs, int phraseBaseMs, int phrasePerWordMs);

Q_SIGNALS:
    void announcementStarted(const antre::Announcement& announcement);
    void announcementFinished(const antre::Announcement& announcement);
    // Not heard because no audio is available.
    void announcementSkipped(const antre::Announcement& announcement);

private:
    enum class Step
    {
        Idle,
        Chime,
        Phrase
    };
    enum class AudioState
    {
        Unknown,
        Ready,
        Silent
    };
    void startNext();
    void onSinkFinished();
    void advance();
    void onTimeout();

    AudioSink* m_sink;
    QQueue<Announcement> m_queue;
    Announcement m_current;
    Step m_step = Step::Idle;
    quint64 m_stepId = 0;
    bool m_stepDone = false;
    AudioState m_audioState = AudioState::Unknown;
    QTimer m_watchdog;
    int m_chimeTimeoutMs = 8000;
    int m_phraseBaseMs = 6000;
    int m_phrasePerWordMs = 1200;
};

} // namespace antre
