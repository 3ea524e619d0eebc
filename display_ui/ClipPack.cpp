#include "display_ui/ClipPack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// About -40 dBFS: quieter than any spoken syllable, louder than the dither and hiss of a recording.
constexpr double kSilenceThreshold = 0.01;

struct Format
{
    int channels = 0;
    int sampleRate = 0;
    int bitsPerSample = 0;
};

double sampleAt(const char* p, int bytes)
{
    switch (bytes) {
    case 1: // 8-bit WAV is unsigned
        return (static_cast<unsigned char>(*p) - 128) / 128.0;
    case 2:
        return qFromLittleEndian<qint16>(p) / 32768.0;
    case 3: {
        const auto* u = reinterpret_cast<const unsigned char*>(p);
        qint32 v = u[0] | (u[1] << 8) | (u[2] << 16);
        if (v & 0x800000)
            v -= 0x1000000;
        return v / 8388608.0;
    }
    default:
        return qFromLittleEndian<qint32>(p) / 2147483648.0;
    }
}

} // namespace

std::optional<WavAudio> WavAudio::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // Clips are short; a few MB is a generous bound against a wrong file in the folder.
    const QByteArray bytes = file.read(32 * 1024 * 1024);
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE")
        return std::nullopt;

    Format format;
    QByteArray data;
    qsizetype pos = 12;
    while (pos + 8 <= bytes.size()) {
        const QByteArray id = bytes.mid(pos, 4);
        const quint32 size = qFromLittleEndian<quint32>(bytes.constData() + pos + 4);
        const qsizetype body = pos + 8;
        const qsizetype available = std::min<qsizetype>(size, bytes.size() - body);
        if (id == "fmt " && available >= 16) {
            const char* f = bytes.constData() + body;
            const quint16 audioFormat = qFromLittleEndian<quint16>(f);
            const quint16 extensible = 0xFFFE;
            if (audioFormat != 1 && audioFormat != extensible)
                return std::nullopt;
            format.channels = qFromLittleEndian<quint16>(f + 2);
            format.sampleRate = static_cast<int>(qFromLittleEndian<quint32>(f + 4));
            format.bitsPerSample = qFromLittleEndian<quint16>(f + 14);
        } else if (id == "data") {
            data = bytes.mid(body, available);
        }
        pos = body + size + (size % 2); // chunks are padded to even sizes
    }
    const int sampleBytes = format.bitsPerSample / 8;
    if (format.channels <= 0 || format.sampleRate <= 0 || sampleBytes < 1 || sampleBytes > 4 ||
        data.isEmpty())
        return std::nullopt;

    const qsizetype frameBytes = static_cast<qsizetype>(sampleBytes) * format.channels;
    const qsizetype frames = data.size() / frameBytes;
    WavAudio audio;
    audio.sampleRate = format.sampleRate;
    audio.samples.resize(frames);
    for (qsizetype frame = 0; frame < frames; ++frame) {
        double sum = 0;
        for (int ch = 0; ch < format.channels; ++ch)
            sum += sampleAt(data.constData() + frame * frameBytes + ch * sampleBytes, sampleBytes);
        audio.samples[frame] = static_cast<float>(sum / format.channels);
    }
    return audio;
}

WavInfo WavAudio::info() const
{
    qsizetype lastLoud = samples.size() - 1;
    while (lastLoud >= 0 && std::abs(samples.at(lastLoud)) <= kSilenceThreshold)
        --lastLoud;
    const auto toMs = [this](qsizetype frameCount) {
        return static_cast<int>(std::llround(frameCount * 1000.0 / sampleRate));
    };
    return WavInfo{toMs(samples.size()), toMs(lastLoud + 1)};
}

ClipPack::ClipPack(QString dir) : m_dir(std::move(dir)) {}

bool ClipPack::exists() const
{
    return !m_dir.isEmpty() && QFileInfo(m_dir).isDir();
}

QString ClipPack::clipPath(const QString& word) const
{
    if (m_dir.isEmpty() || word.isEmpty())
        return {};
    const QString path = QDir(m_dir).filePath(word + u".wav"_s);
    return QFileInfo::exists(path) ? path : QString();
}

QStringList ClipPack::missingWords(const QStringList& words) const
{
    QStringList missing;
    for (const QString& word : words)
        if (clipPath(word).isEmpty() && !missing.contains(word))
            missing << word;
    return missing;
}

QString ClipPack::builtInChime()
{
    return u":/sounds/chime.wav"_s;
}

QString ClipPack::chimePath() const
{
    const QString own = clipPath(u"chime"_s);
    return own.isEmpty() ? builtInChime() : own;
}

std::shared_ptr<const WavAudio> ClipPack::audio(const QString& path) const
{
    const auto cached = m_audio.constFind(path);
    if (cached != m_audio.cend())
        return *cached;
    auto read = WavAudio::read(path);
    std::shared_ptr<const WavAudio> audio =
        read ? std::make_shared<const WavAudio>(std::move(*read)) : nullptr;
    m_audio.insert(path, audio);
    return audio;
}

std::optional<WavInfo> ClipPack::info(const QString& path) const
{
    const auto decoded = audio(path);
    if (!decoded)
        return std::nullopt;
    return decoded->info();
}

void ClipPack::preload() const
{
    audio(chimePath());
    if (!exists())
        return;
    const QDir dir(m_dir);
    for (const QString& file : dir.entryList({u"*.wav"_s}, QDir::Files))
        audio(dir.filePath(file));
}

} // namespace antre
