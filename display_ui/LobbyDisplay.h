#pragma once

#include "core/QueueService.h"
#include "core/Result.h"
#include "display_ui/DisplayOptions.h"

#include <QObject>

#include <memory>

namespace antre {

class Announcer;
class AudioSink;
class ChangeNotifier;
class Clock;
class DisplayModel;
class DisplayWindow;

// The lobby display put together: model fed by the change notifier, window, and the announcer that
// speaks each new call through the given sink.
class LobbyDisplay final : public QObject
{
    Q_OBJECT
public:
    // changes may be null (tests call refresh() themselves); sink may be null (no sound).
    LobbyDisplay(QueueService& queue, const Clock& clock, ChangeNotifier* changes, DisplayOptions options,
                 std::unique_ptr<AudioSink> sink, QObject* parent = nullptr);
    ~LobbyDisplay() override;
    Q_DISABLE_COPY_MOVE(LobbyDisplay)

    // Loads the hall; fails on an unreadable database or unknown --agencies/--counters codes.
    Status start();

    DisplayModel& model() { return *m_model; }
    DisplayWindow& window() { return *m_window; }
    Announcer& announcer() { return *m_announcer; }
    AudioSink* sink() { return m_sink.get(); }

private:
    void announce(const QList<CallInfo>& calls);

    DisplayOptions m_options;
    ChangeNotifier* m_changes;
    std::unique_ptr<AudioSink> m_sink;
    std::unique_ptr<DisplayModel> m_model;
    std::unique_ptr<Announcer> m_announcer;
    std::unique_ptr<DisplayWindow> m_window;
};

} // namespace antre
