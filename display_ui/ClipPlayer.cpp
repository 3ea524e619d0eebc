#include "display_ui/ClipPlayer.h"

#include "display_ui/ClipPack.h"
#include "display_ui/DisplayLog.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

#include <cmath>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
constexpr int kRate = 22050;
// Device buffer: what a request may wait before it is heard, and what stop() lets play out.
constexpr qint64 kDeviceBufferUs = 200'000;
constexpr int kFeedMs = 20;
} // namespace

ClipPlayer::ClipPlayer(const ClipPack& pack, QObject* parent) : QObject(parent), m_pack(pack)
{
    m_silentEnd.setSingleShot(true);
    connect(&m_silentEnd, &QTimer::timeout, this, &ClipPlayer::end);
    m_feed.setInterval(kFeedMs);
    m_feed.setTimerType(Qt::PreciseTimer);
    connect(&m_feed, &QTimer::timeout, this, &ClipPlayer::feed);
}

ClipPlayer::~ClipPlayer()
{
    closeStream();
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

bool ClipPlayer::openStream()
{
    if (m_sink && m_stream && m_sink->error() != QAudio::OpenError && m_sink->error() != QAudio::FatalError)
        return true;
    closeStream();
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return false;
    m_format = outputFormat();
    m_sink = std::make_unique<QAudioSink>(device, m_format);
    m_sink->setBufferSize(m_format.bytesForDuration(kDeviceBufferUs));
    m_stream = m_sink->start();
    if (!m_stream || m_sink->error() == QAudio::OpenError || m_sink->error() == QAudio::FatalError) {
        qCWarning(lcDisplay) << "cannot open the audio output:" << m_sink->error();
        closeStream();
        return false;
    }
    m_written = 0;
    m_feed.start();
    return true;
}

void ClipPlayer::closeStream()
{
    m_feed.stop();
    if (m_sink)
        m_sink->stop();
    m_sink.reset();
    m_stream = nullptr;
    m_pending.clear();
    m_endsAt = -1;
}

void ClipPlayer::play(const ClipPlan& plan)
{
    stop();
    m_playing = true;
    if (plan.clips.isEmpty()) {
        end();
        return;
    }
    if (!openStream()) {
        // No device: the sequence still takes its time, silently, so the pacing of calls is the same.
        m_silentEnd.start(plan.totalMs);
        return;
    }
    m_pending = render(plan, m_pack, m_format);
    m_endsAt = m_written + m_pending.size();
    feed();
}

void ClipPlayer::feed()
{
    if (!m_sink || !m_stream)
        return;
    if (m_sink->error() == QAudio::OpenError || m_sink->error() == QAudio::FatalError) {
        // The device went away (a TV switched off). End the request; the next one reopens.
        qCWarning(lcDisplay) << "audio output failed:" << m_sink->error();
        const bool wasPlaying = m_playing;
        closeStream();
        if (wasPlaying)
            end();
        return;
    }
    // Keep the device buffer full: the request's audio first, silence when there is none.
    const qsizetype frameBytes = m_format.bytesPerFrame();
    qsizetype room = m_sink->bytesFree() / frameBytes * frameBytes;
    while (room > 0) {
        const qsizetype fromPending = std::min(room, m_pending.size());
        qint64 wrote = 0;
        if (fromPending > 0) {
            wrote = m_stream->write(m_pending.constData(), fromPending);
            if (wrote > 0)
                m_pending.remove(0, wrote);
        } else {
            const QByteArray silence(room, '\0');
            wrote = m_stream->write(silence);
        }
        if (wrote <= 0)
            break;
        m_written += wrote;
        room -= wrote;
    }
    // Played = handed over minus what still waits in the device buffer.
    const qint64 played = m_written - (m_sink->bufferSize() - m_sink->bytesFree());
    if (m_playing && m_endsAt >= 0 && m_pending.isEmpty() && played >= m_endsAt)
        end();
}

void ClipPlayer::end()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_endsAt = -1;
    m_silentEnd.stop();
    Q_EMIT finished();
}

void ClipPlayer::stop()
{
    m_playing = false;
    m_silentEnd.stop();
    m_pending.clear();
    m_endsAt = -1;
}

bool ClipPlayer::isPlaying() const
{
    return m_playing;
}

} // namespace antre
