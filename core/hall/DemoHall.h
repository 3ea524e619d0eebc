#pragma once

#include "core/Cancellation.h"
#include "core/DemoMorning.h"
#include "core/HallConfig.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace antre {

class Clock;
class Hall;

// How far the making of the demo hall has come, for a window to show.
struct DemoHallProgress
{
    enum class Step
    {
        Pins,    // the staff's PINs hashed (done of total members): the slow part of the configuration
        History, // simulated days done of total
        Morning  // this morning being played (done 0 of 1)
    };
    Step step = Step::Pins;
    int done = 0;
    int total = 0;
};

struct DemoHallOptions
{
    static constexpr int kMaxHistoryDays = 366;
    // Simulated days before today (HallSimulator): tickets, booth days, surveys and complaints.
    int historyDays = 30;
    // Also this morning from the opening until now (antre demo --morning; DemoMorning).
    bool morning = false;
    // Called on the thread that makes the hall, after each step of the work; a window queues it to its own.
    std::function<void(const DemoHallProgress&)> progress;
    // Read between the steps (each PIN, each simulated day): once cancelled, create() stops with
    // ErrorCode::Cancelled and leaves the hall as empty as it found it.
    Cancellation cancellation;
};

struct DemoHallResult
{
    HallConfig config;
    QDate firstDay; // of the history; invalid without history
    QDate lastDay;  // yesterday
    int historyDays = 0;
    int issued = 0; // over the history
    int served = 0;
    std::optional<MorningResult> morning; // when asked for
    // The demo's supervisor (the first one of its staff): a window that made the demo signs them in.
    QString supervisorId;
};

// The demo hall (MPP Kota Serang) made in a hall without a configuration: its configuration, a history of
// simulated days and, on request, this morning, all through the real engine. `antre demo` and the
// supervisor's first run both make it here.
class DemoHall final
{
    Q_DECLARE_TR_FUNCTIONS(DemoHall)
public:
    // Into a hall open on this thread. Refused when the hall is set up already. Stopped (Cancelled) or
    // failed after the configuration went in, the hall is emptied again: no half-made demo hall is left.
    static Result<DemoHallResult> create(Hall& hall, const DemoHallOptions& options);
    // Opens the hall at location (making the database if it is missing) on the calling thread, for a window
    // that runs this on a thread of its own: a connection belongs to the thread that opened it. The window's
    // own connection sees the new hall once this returns.
    static Result<DemoHallResult> create(const QString& location, const Clock& clock,
                                         const DemoHallOptions& options);
};

} // namespace antre
