#pragma once

#include "core/DemoMorning.h"
#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <memory>

namespace antre {

class Database;

// The demo's day played live (antre demo --live): the same booths, citizens and rates as DemoMorning, but
// each engine call is its own durable transaction, made as the simulated time reaches it, so that the
// kiosk, the booths, the display and the dashboard see the hall move. options.until is the simulated start
// (the day's opening at the earliest). Its own connection to the hall, for the demo hall only.
class LiveDay final
{
public:
    static Result<std::unique_ptr<LiveDay>> open(const QString& location, const MorningOptions& options);
    ~LiveDay();
    Q_DISABLE_COPY_MOVE(LiveDay)

    // Opens the booths of `day` and returns when the live day starts (UTC): the simulated start, or the
    // opening when that is later. Invalid when the hall does not open that day or has closed by then.
    Result<QDateTime> begin(QDate day);
    // Plays every minute up to `now` (simulated UTC) not played yet; nothing after the day's closing.
    Status advanceTo(const QDateTime& now);
    const MorningResult& result() const;
    QDateTime closesAt() const; // when the last service closes (UTC), after begin()

private:
    struct State;
    explicit LiveDay(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace antre
