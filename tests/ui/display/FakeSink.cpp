#include "tests/ui/display/FakeSink.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

FakeSink::FakeSink(int playMs, QObject* parent) : AudioSink(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(playMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_busy = false;
        events << u"end"_s;
        Q_EMIT finished();
    });
}

QString FakeSink::name() const
{
    return u"fake sink"_s;
}

QString FakeSink::unavailableReason() const
{
    return m_reason;
}

void FakeSink::prepare(const QStringList& words)
{
    vocabulary = words;
}

void FakeSink::begin(const QString& event)
{
    if (m_busy)
        ++overlaps;
    m_busy = true;
    events << event;
    if (m_hung)
        return;
    if (m_immediate) {
        m_busy = false;
        events << u"end"_s;
        Q_EMIT finished();
        return;
    }
    m_timer.start();
}

void FakeSink::playChime()
{
    begin(u"chime"_s);
}

void FakeSink::speak(const Announcement& announcement)
{
    spoken << announcement;
    begin(u"speak:"_s + announcement.text);
}

void FakeSink::stop()
{
    ++stops;
    m_timer.stop();
    m_busy = false;
}

} // namespace antre::test
