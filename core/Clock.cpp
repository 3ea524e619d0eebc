#include "core/Clock.h"

namespace antre {

Clock::~Clock() = default;

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

ManualClock::ManualClock(const QDateTime& start) : m_now(start.toUTC()) {}

QDateTime ManualClock::now() const
{
    return m_now;
}

void ManualClock::set(const QDateTime& instant)
{
    m_now = instant.toUTC();
}

void ManualClock::advanceMs(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
}

void ManualClock::advanceSecs(qint64 secs)
{
    m_now = m_now.addSecs(secs);
}

} // namespace antre

namespace antre {

OffsetClock::OffsetClock(const QDateTime& start)
    : m_offsetMs(start.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch())
{}

QDateTime OffsetClock::now() const
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch() + m_offsetMs, Qt::UTC);
}

std::unique_ptr<Clock> clockFromEnvironment(bool running, QString* error)
{
    const QString value = qEnvironmentVariable("ANTRE_NOW");
    if (value.isEmpty())
        return std::make_unique<SystemClock>();
    const QDateTime start = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!start.isValid() || start.timeSpec() == Qt::LocalTime) {
        if (error)
            *error = QStringLiteral("ANTRE_NOW: \"%1\" is not an ISO 8601 time with offset, e.g. "
                                    "2026-11-23T09:00:00+07:00")
                         .arg(value);
        return nullptr;
    }
    if (running)
        return std::make_unique<OffsetClock>(start);
    return std::make_unique<ManualClock>(start);
}

} // namespace antre
