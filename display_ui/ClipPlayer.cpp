#include "ClipPlayer.h"

#include <QSoundEffect>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace antre {

ClipPlayer::ClipPlayer(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ClipPlayer::step);
}

ClipPlayer::~ClipPlayer() = default;

QSoundEffect* ClipPlayer::effect(const QString& path)
{
    if (auto* found = m_effects.value(path))
        return found;
    auto* fx = new QSoundEffect(this);
    fx->setSource(path.startsWith(u':') ? QUrl(u"qrc"_s + path) : QUrl::fromLocalFile(path));
    m_effects.insert(path, fx);
    return fx;
}

void ClipPlayer::preload(const QStringList& paths)
{
    for (const QString& path : paths)
        effect(path);
}

void ClipPlayer::play(const ClipPlan& plan)
{
    stop();
    m_plan = plan;
    m_next = 0;
    m_playing = true;
    m_elapsed.start();
    step();
}

void ClipPlayer::stop()
{
    m_timer.stop();
    if (m_playing) {
        for (auto* fx : std::as_const(m_effects))
            fx->stop();
    }
    m_playing = false;
}

bool ClipPlayer::isPlaying() const
{
    return m_playing;
}

void ClipPlayer::step()
{
    if (!m_playing)
        return;
    const qint64 now = m_elapsed.elapsed();
    while (m_next < m_plan.clips.size() && m_plan.clips.at(m_next).startMs <= now) {
        QSoundEffect* fx = effect(m_plan.clips.at(m_next).path);
        // The same word twice in a row ("nol nol") restarts the one effect.
        fx->stop();
        fx->play();
        ++m_next;
    }
    const int due = m_next < m_plan.clips.size() ? m_plan.clips.at(m_next).startMs : m_plan.totalMs;
    if (m_next >= m_plan.clips.size() && now >= m_plan.totalMs) {
        m_playing = false;
        Q_EMIT finished();
        return;
    }
    m_timer.start(static_cast<int>(std::max<qint64>(0, due - now)));
}

} // namespace antre
