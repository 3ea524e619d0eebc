#include "ClipPlayer.h"

#include "ClipPack.h"
#include "DisplayLog.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
constexpr int kRate = 22050;
} // namespace

ClipPlayer::ClipPlayer(const ClipPack& pack, QObject* parent) : QObject(parent), m_pack(pack)
{
    m_silentEnd.setSingleShot(true);
    connect(&m_silentEnd, &QTimer::timeout, this, &ClipPlayer::end);
}

ClipPlayer::~ClipPlayer()
{
    m_playing = false;
    if (m_sink)
        m_sink->stop();
}

QAudioFormat ClipPlayer::outputFormat()
{
    QAudioFormat format;
    format.setSampleRate(kRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || device.isFormatSupported(format))
        return format;
    // Some devices take only their own rate or stereo; render straight into what they take.
    QAudioFormat preferred = device.preferredFormat();
    if (preferred.sampleFormat() != QAudioFormat::Float)
        preferred.setSampleFormat(QAudioFormat::Int16);
    return preferred;
}

QByteArray ClipPlayer::render(const ClipPlan& plan, const ClipPack& pack, const QAudioFormat& format)
{
    const int rate = format.sampleRate() > 0 ? format.sampleRate() : kRate;
    const int channels = std::max(1, format.channelCount());
    const qsizetype frames = static_cast<qsizetype>(std::llround(plan.totalMs / 1000.0 * rate));
    QList<float> mix(frames, 0.0f);
    for (const PlannedClip& clip : plan.clips) {
        const auto audio = pack.audio(clip.path);
        if (!audio || audio->samples.isEmpty())
            continue;
        const qsizetype start = static_cast<qsizetype>(std::llround(clip.startMs / 1000.0 * rate));
        // Linear interpolation is plenty for speech between 16 and 48 kHz.
        const double step = static_cast<double>(audio->sampleRate) / rate;
        const qsizetype last = audio->samples.size() - 1;
        for (qsizetype i = 0; start + i < frames; ++i) {
            const double pos = i * step;
            const auto at = static_cast<qsizetype>(pos);
            if (at > last)
                break;
            const double frac = pos - static_cast<double>(at);
            const float a = audio->samples.at(at);
            const float b = at < last ? audio->samples.at(at + 1) : a;
            mix[start + i] += static_cast<float>(a + (b - a) * frac);
        }
    }

    const bool asFloat = format.sampleFormat() == QAudioFormat::Float;
    QByteArray out(frames * channels * (asFloat ? 4 : 2), Qt::Uninitialized);
    char* p = out.data();
    for (const float value : std::as_const(mix)) {
        const float v = std::clamp(value, -1.0f, 1.0f);
        for (int ch = 0; ch < channels; ++ch) {
            if (asFloat) {
                std::memcpy(p, &v, 4);
                p += 4;
            } else {
                const auto s = static_cast<qint16>(std::lround(v * 32767.0f));
                std::memcpy(p, &s, 2);
                p += 2;
            }
        }
    }
    return out;
}

void ClipPlayer::play(const ClipPlan& plan)
{
    stop();
    m_playing = true;
    if (plan.clips.isEmpty()) {
        end();
        return;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull()) {
        m_silentEnd.start(plan.totalMs);
        return;
    }
    const QAudioFormat format = outputFormat();
    m_buffer.close();
    m_buffer.setData(render(plan, m_pack, format));
    m_buffer.open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, format);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &ClipPlayer::onSinkStateChanged);
    m_sink->start(&m_buffer);
    // A device that vanished mid-way may never report; the announcer's watchdog covers that.
}

void ClipPlayer::onSinkStateChanged()
{
    if (!m_playing || !m_sink)
        return;
    const QAudio::State state = m_sink->state();
    // Idle: the whole buffer has been handed to the device. Stopped with an error: it never will be.
    if (state == QAudio::IdleState || (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError)) {
        if (m_sink->error() != QAudio::NoError && m_sink->error() != QAudio::UnderrunError)
            qCWarning(lcDisplay) << "audio output failed:" << m_sink->error();
        end();
    }
}

void ClipPlayer::end()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_silentEnd.stop();
    if (m_sink) {
        // Deleting the sink inside its own signal is unsafe; stop it now, let it go later.
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.release()->deleteLater();
    }
    Q_EMIT finished();
}

void ClipPlayer::stop()
{
    m_playing = false;
    m_silentEnd.stop();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
        m_sink.release()->deleteLater();
    }
}

bool ClipPlayer::isPlaying() const
{
    return m_playing;
}

} // namespace antre
