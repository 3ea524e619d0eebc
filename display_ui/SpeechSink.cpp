#include "display_ui/SpeechSink.h"

#include "display_ui/DisplayLog.h"

#include <QLocale>
#include <QTextToSpeech>
#include <QVoice>

using namespace Qt::Literals::StringLiterals;

namespace antre {

SpeechSink::SpeechSink(const QString& engine, QObject* parent)
    : AudioSink(parent), m_tts(engine.isEmpty() ? new QTextToSpeech(this) : new QTextToSpeech(engine, this)),
      m_chimes(QString())
{
    connect(&m_player, &ClipPlayer::finished, this, &AudioSink::finished);
    connect(m_tts, &QTextToSpeech::stateChanged, this, &SpeechSink::onStateChanged);
    chooseVoice();
}

SpeechSink::~SpeechSink() = default;

void SpeechSink::chooseVoice()
{
    if (m_tts->state() == QTextToSpeech::Error) {
        m_voiceProblem = u"the text-to-speech engine failed to start: "_s + m_tts->errorString();
        return;
    }
    const QList<QLocale> locales = m_tts->availableLocales();
    const auto indonesian = std::find_if(locales.cbegin(), locales.cend(), [](const QLocale& l) {
        return l.language() == QLocale::Indonesian;
    });
    if (indonesian == locales.cend()) {
        m_voiceProblem = u"the text-to-speech engine has no Indonesian voice (install espeak-ng and "
                         "speech-dispatcher-espeak-ng, or use a clip pack)"_s;
        return;
    }
    m_tts->setLocale(*indonesian);
    const QList<QVoice> voices = m_tts->availableVoices();
    const auto voice = std::find_if(voices.cbegin(), voices.cend(), [](const QVoice& v) {
        return v.locale().language() == QLocale::Indonesian;
    });
    if (voice != voices.cend())
        m_tts->setVoice(*voice);
    m_voiceName = m_tts->voice().name();
    // Numbers and booth names must be caught across a noisy hall: slightly slower than normal speech.
    m_tts->setRate(-0.1);
}

QString SpeechSink::name() const
{
    const QString voice = m_voiceName.isEmpty() ? QString() : u", voice "_s + m_voiceName;
    return u"text-to-speech ("_s + m_tts->engine() + voice + u')';
}

QString SpeechSink::unavailableReason() const
{
    if (!m_voiceProblem.isEmpty())
        return m_voiceProblem;
    if (m_tts->state() == QTextToSpeech::Error)
        return u"the text-to-speech engine reported: "_s + m_tts->errorString();
    if (!hasAudioOutput())
        return u"no audio output device"_s;
    return {};
}

void SpeechSink::playChime()
{
    const QString path = m_chimes.chimePath();
    const auto info = m_chimes.info(path);
    ClipPlan plan;
    if (info)
        plan = ClipPlan{{PlannedClip{path, 0, info->audibleEndMs}}, info->audibleEndMs + 250, {}};
    m_player.play(plan);
}

void SpeechSink::speak(const Announcement& announcement)
{
    m_speaking = true;
    m_tts->say(announcement.text);
}

void SpeechSink::stop()
{
    m_player.stop();
    if (m_speaking) {
        m_speaking = false;
        m_tts->stop();
    }
}

void SpeechSink::onStateChanged()
{
    const QTextToSpeech::State state = m_tts->state();
    if (!m_speaking)
        return;
    if (state == QTextToSpeech::Ready || state == QTextToSpeech::Error) {
        if (state == QTextToSpeech::Error)
            qCWarning(lcDisplay).noquote() << "text-to-speech failed:" << m_tts->errorString();
        m_speaking = false;
        Q_EMIT finished();
    }
}

} // namespace antre
