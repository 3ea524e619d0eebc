#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace antre {

// What the clip player needs to know about a WAV file. Recorded and synthesised words carry trailing
// silence; starting the next word when this one stops being audible keeps a call from dragging.
struct WavInfo
{
    int durationMs = 0;
    int audibleEndMs = 0; // end of the last sample above the silence threshold
};

// A WAV file decoded to mono samples in -1…1, ready to be mixed into an announcement.
struct WavAudio
{
    int sampleRate = 0;
    QList<float> samples;

    // PCM WAV (8/16/24/32-bit integer, any channels and rate); nullopt for anything else.
    static std::optional<WavAudio> read(const QString& path);
    WavInfo info() const;
};

// A folder of WAV files, one per word ("nol.wav", "loket.wav", …), and optionally "chime.wav". Halls
// can replace the generated espeak-ng pack with recordings of a human voice.
class ClipPack final
{
public:
    explicit ClipPack(QString dir);

    const QString& dir() const { return m_dir; }
    bool exists() const;
    // Path of a word's clip, empty when the pack has none.
    QString clipPath(const QString& word) const;
    QStringList missingWords(const QStringList& words) const;
    // The pack's own chime.wav, else the built-in chime.
    QString chimePath() const;
    static QString builtInChime();
    // A clip's audio, decoded once and cached; null for an unreadable file.
    std::shared_ptr<const WavAudio> audio(const QString& path) const;
    std::optional<WavInfo> info(const QString& path) const;
    // Decodes every clip of the pack now, so that the first call of the day starts without delay.
    void preload() const;

private:
    QString m_dir;
    mutable QHash<QString, std::shared_ptr<const WavAudio>> m_audio;
};

} // namespace antre
