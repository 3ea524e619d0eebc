#pragma once

#include "display_ui/AudioSink.h"

#include <QStringList>
#include <QTimer>

namespace antre::test {

// Records what the announcer asks for ("chime", "speak:<text>") and finishes each request after a
// short delay, as a real device would. Flags any request that arrives while one is still playing.
class FakeSink final : public AudioSink
{
    Q_OBJECT
public:
    explicit FakeSink(int playMs = 5, QObject* parent = nullptr);

    QString name() const override;
    QString unavailableReason() const override;
    void prepare(const QStringList& vocabulary) override;
    void playChime() override;
    void speak(const Announcement& announcement) override;
    void stop() override;

    void setUnavailable(const QString& reason) { m_reason = reason; }
    // Never finishes a request (a hung speech daemon).
    void setHung(bool hung) { m_hung = hung; }
    // Finishes inside playChime()/speak(), before returning.
    void setImmediate(bool immediate) { m_immediate = immediate; }

    QStringList events;
    QList<Announcement> spoken;
    QStringList vocabulary;
    int overlaps = 0;
    int stops = 0;

private:
    void begin(const QString& event);

    QTimer m_timer;
    QString m_reason;
    bool m_busy = false;
    bool m_hung = false;
    bool m_immediate = false;
};

} // namespace antre::test
