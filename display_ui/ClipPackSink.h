#pragma once

#include "display_ui/AudioSink.h"
#include "display_ui/ClipPack.h"
#include "display_ui/ClipPlayer.h"

#include <QSet>

namespace antre {

// Speaks a call as a sequence of word clips from a clip pack (see docs/DISPLAY.md).
class ClipPackSink final : public AudioSink
{
    Q_OBJECT
public:
    // Pauses between clips: after a word, at a comma, at a full stop; after the chime.
    static constexpr int kWordGapMs = 60;
    static constexpr int kShortPauseMs = 250;
    static constexpr int kLongPauseMs = 450;
    static constexpr int kAfterChimeMs = 250;

    explicit ClipPackSink(ClipPack pack, QObject* parent = nullptr);
    ~ClipPackSink() override;
    Q_DISABLE_COPY_MOVE(ClipPackSink)

    QString name() const override;
    QString unavailableReason() const override;
    // Logs, once per word, words of the hall's calls that the pack has no clip for.
    void prepare(const QStringList& vocabulary) override;
    void playChime() override;
    void speak(const Announcement& announcement) override;
    void stop() override;

    const ClipPack& pack() const { return m_pack; }
    // Which files a call is spoken with and when each starts; words without a clip are left out.
    ClipPlan plan(const Announcement& announcement) const;
    ClipPlan chimePlan() const;

private:
    void warnMissing(const QStringList& words);

    ClipPack m_pack;
    ClipPlayer m_player{m_pack};
    QSet<QString> m_warned;
};

} // namespace antre
