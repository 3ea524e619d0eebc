#pragma once

#include <QDateTime>
#include <QString>

#include <memory>

namespace antre {

// Time is injected everywhere so that schedules, quotas and day boundaries are tested exactly.
class Clock
{
public:
    Clock() = default;
    virtual ~Clock();
    Q_DISABLE_COPY_MOVE(Clock)

    // Current instant in UTC.
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock() = default;
    QDateTime now() const override;
};

// A clock that only moves when told; used by tests, drills (ANTRE_NOW) and the hall simulator.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime& start);
    QDateTime now() const override;
    void set(const QDateTime& instant);
    void advanceMs(qint64 ms);
    void advanceSecs(qint64 secs);

private:
    QDateTime m_now;
};

} // namespace antre

namespace antre {

// Runs at the system clock's pace from a chosen starting instant: drills and screenshots with ANTRE_NOW
// in the GUIs, where a frozen clock would stop the display's clock and timers.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const QDateTime& start);
    QDateTime now() const override;

private:
    qint64 m_offsetMs;
};

// The clock a program should use: ANTRE_NOW (ISO 8601 with offset) when set, else the system clock.
// `running` chooses an OffsetClock (GUIs) instead of a frozen ManualClock (CLI).
std::unique_ptr<Clock> clockFromEnvironment(bool running, QString* error = nullptr);

} // namespace antre
