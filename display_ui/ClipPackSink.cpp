#include "display_ui/ClipPackSink.h"

#include "display_ui/CallPhrase.h"
#include "display_ui/DisplayLog.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace antre {

ClipPackSink::ClipPackSink(ClipPack pack, QObject* parent) : AudioSink(parent), m_pack(std::move(pack))
{
    connect(&m_player, &ClipPlayer::finished, this, &AudioSink::finished);
    m_pack.preload();
}

ClipPackSink::~ClipPackSink() = default;

QString ClipPackSink::name() const
{
    return u"clip pack "_s + QDir::toNativeSeparators(m_pack.dir());
}

QString ClipPackSink::unavailableReason() const
{
    if (!m_pack.exists())
        return u"the clip pack folder \"%1\" does not exist"_s.arg(QDir::toNativeSeparators(m_pack.dir()));
    if (!hasAudioOutput())
        return u"no audio output device"_s;
    return {};
}

ClipPlan ClipPackSink::chimePlan() const
{
    const QString path = m_pack.chimePath();
    const auto info = m_pack.info(path);
    if (!info)
        return {};
    return ClipPlan{{PlannedClip{path, 0, info->audibleEndMs}}, info->audibleEndMs + kAfterChimeMs, {}};
}

ClipPlan ClipPackSink::plan(const Announcement& announcement) const
{
    ClipPlan plan;
    int at = 0;
    int gap = 0; // the pause owed before the next clip
    for (const QString& word : announcement.words) {
        if (CallPhrase::isPause(word)) {
            gap = word == u"," ? kShortPauseMs : kLongPauseMs;
            continue;
        }
        const QString path = m_pack.clipPath(word);
        const auto info = path.isEmpty() ? std::nullopt : m_pack.info(path);
        if (!info) {
            if (!plan.missing.contains(word))
                plan.missing << word;
            continue;
        }
        if (!plan.clips.isEmpty())
            at += gap;
        plan.clips << PlannedClip{path, at, info->audibleEndMs};
        at += info->audibleEndMs;
        gap = kWordGapMs;
    }
    plan.totalMs = plan.clips.isEmpty() ? 0 : at + kShortPauseMs;
    return plan;
}

void ClipPackSink::playChime()
{
    m_player.play(chimePlan());
}

void ClipPackSink::speak(const Announcement& announcement)
{
    const ClipPlan planned = plan(announcement);
    warnMissing(planned.missing);
    m_player.play(planned);
}

void ClipPackSink::stop()
{
    m_player.stop();
}

void ClipPackSink::prepare(const QStringList& vocabulary)
{
    if (m_pack.exists())
        warnMissing(m_pack.missingWords(vocabulary));
}

void ClipPackSink::warnMissing(const QStringList& words)
{
    QStringList fresh;
    for (const QString& word : words) {
        if (!m_warned.contains(word)) {
            m_warned.insert(word);
            fresh << word;
        }
    }
    if (!fresh.isEmpty())
        qCWarning(lcDisplay).noquote()
            << "clip pack" << QDir::toNativeSeparators(m_pack.dir())
            << "has no clip for:" << fresh.join(u", "_s) << "- these words are left out of announcements"
            << "(add <word>.wav, see tools/make-clip-pack.sh)";
}

} // namespace antre
