#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

class QSoundEffect;

namespace antre {

struct PlannedClip
{
    QString path;  // a file or a ":/" resource
    int startMs = 0; // from the start of the sequence
    int audibleMs = 0;
    friend bool operator==(const PlannedClip&, const PlannedClip&) = default;
};

struct ClipPlan
{
    QList<PlannedClip> clips;
    int totalMs = 0;       // when the sequence counts as finished
    QStringList missing;   // words without a clip, left out
};

// Plays WAV files one after another with Qt Multimedia. Each clip starts at its planned time rather
// than when the previous file ends, so trailing silence in a recording does not slow the call down.
class ClipPlayer final : public QObject
{
    Q_OBJECT
public:
    explicit ClipPlayer(QObject* parent = nullptr);
    ~ClipPlayer() override;
    Q_DISABLE_COPY_MOVE(ClipPlayer)

    // Loads the files ahead of time so that the first call of the day starts without a delay.
    void preload(const QStringList& paths);
    void play(const ClipPlan& plan);
    void stop();
    bool isPlaying() const;

Q_SIGNALS:
    void finished();

private:
    QSoundEffect* effect(const QString& path);
    void step();

    QHash<QString, QSoundEffect*> m_effects;
    ClipPlan m_plan;
    qsizetype m_next = 0;
    bool m_playing = false;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace antre
