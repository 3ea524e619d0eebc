#include "display_ui/Announcer.h"

#include "display_ui/AudioSink.h"
#include "display_ui/DisplayLog.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

Announcer::Announcer(AudioSink* sink, QObject* parent) : QObject(parent), m_sink(sink)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &Announcer::onTimeout);
    if (m_sink)
        connect(m_sink, &AudioSink::finished, this, &Announcer::onSinkFinished);
}

Announcer::~Announcer()
{
    if (m_sink && isBusy())
        m_sink->stop();
}

void Announcer::setTimeouts(int chimeMs, int phraseBaseMs, int phrasePerWordMs)
{
    m_chimeTimeoutMs = chimeMs;
    m_phraseBaseMs = phraseBaseMs;
    m_phrasePerWordMs = phrasePerWordMs;
}

bool Announcer::checkAudio()
{
    const QString reason = m_sink ? m_sink->unavailableReason() : u"sound is switched off"_s;
    const AudioState state = reason.isEmpty() ? AudioState::Ready : AudioState::Silent;
    // Logged on changes only: a display left running for months must not log one line per call.
    if (state != m_audioState) {
        if (state == AudioState::Ready)
            qCInfo(lcDisplay).noquote() << QString(
                (m_audioState == AudioState::Silent ? u"audio is available again; "_s : QString()) +
                u"announcing calls with "_s + m_sink->name());
        else
            qCWarning(lcDisplay).noquote()
                << u"audio unavailable (%1): calls are shown but not announced"_s.arg(reason);
        m_audioState = state;
    }
    return state == AudioState::Ready;
}

void Announcer::enqueue(const Announcement& announcement)
{
    if (announcement.words.isEmpty() && announcement.text.isEmpty())
        return;
    m_queue.enqueue(announcement);
    if (!isBusy())
        startNext();
}

void Announcer::startNext()
{
    while (!m_queue.isEmpty()) {
        Announcement next = m_queue.dequeue();
        if (!checkAudio()) {
            Q_EMIT announcementSkipped(next);
            continue;
        }
        m_current = std::move(next);
        m_step = Step::Chime;
        ++m_stepId;
        m_stepDone = false;
        Q_EMIT announcementStarted(m_current);
        m_watchdog.start(m_chimeTimeoutMs);
        m_sink->playChime();
        return;
    }
    m_step = Step::Idle;
}

void Announcer::onSinkFinished()
{
    if (m_step == Step::Idle || m_stepDone)
        return;
    m_stepDone = true;
    m_watchdog.stop();
    // A sink may report back from inside playChime()/speak(); moving on from the event loop keeps
    // the next request from starting inside the previous one's call stack.
    const quint64 id = m_stepId;
    QTimer::singleShot(0, this, [this, id] {
        if (id == m_stepId)
            advance();
    });
}

void Announcer::advance()
{
    if (m_step == Step::Chime) {
        m_step = Step::Phrase;
        ++m_stepId;
        m_stepDone = false;
        m_watchdog.start(m_phraseBaseMs + m_phrasePerWordMs * static_cast<int>(m_current.words.size()));
        m_sink->speak(m_current);
        return;
    }
    const Announcement done = m_current;
    m_step = Step::Idle;
    ++m_stepId;
    Q_EMIT announcementFinished(done);
    startNext();
}

void Announcer::onTimeout()
{
    if (m_step == Step::Idle)
        return;
    qCWarning(lcDisplay).noquote() << "audio did not finish"
                                   << (m_step == Step::Chime ? "the chime" : "the call") << "for"
                                   << m_current.call.number.toString() << "in time; going on";
    m_sink->stop();
    m_stepDone = true;
    advance();
}

} // namespace antre
