#pragma once

#include "display_ui/AudioSink.h"
#include "display_ui/ClipPack.h"
#include "display_ui/ClipPlayer.h"

class QTextToSpeech;

namespace antre {

// Speaks calls with Qt TextToSpeech in an Indonesian voice (speech-dispatcher with espeak-ng on
// Linux). Refuses to speak without one: an English voice reading Indonesian helps nobody.
class SpeechSink final : public AudioSink
{
    Q_OBJECT
public:
    // An empty engine name takes the platform's default engine.
    explicit SpeechSink(const QString& engine = {}, QObject* parent = nullptr);
    ~SpeechSink() override;
    Q_DISABLE_COPY_MOVE(SpeechSink)

    QString name() const override;
    QString unavailableReason() const override;
    void playChime() override;
    void speak(const Announcement& announcement) override;
    void stop() override;

private:
    void chooseVoice();
    void onStateChanged();

    QTextToSpeech* m_tts;
    ClipPack m_chimes; // only for the built-in chime
    ClipPlayer m_player{m_chimes};
    QString m_voiceProblem;
    QString m_voiceName;
    bool m_speaking = false;
};

} // namespace antre
