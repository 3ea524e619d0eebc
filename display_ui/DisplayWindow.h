#pragma once

#include "core/QueueService.h"

#include <QImage>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace antre {

class CallPanel;
class Clock;
class CounterBoard;
class DisplayModel;
class HeaderBar;
class RecentCallsView;
class RunningText;
class WaitingBoard;

// The lobby screen. Lays its panels out for landscape (1920×1080, 1366×768) and portrait screens,
// everything sized from the screen so that it reads the same from across the hall.
class DisplayWindow final : public QWidget
{
    Q_OBJECT
public:
    DisplayWindow(DisplayModel& model, const Clock& clock, int recentRows, QWidget* parent = nullptr);
    ~DisplayWindow() override;
    Q_DISABLE_COPY_MOVE(DisplayWindow)

    void setLogo(const QImage& logo);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void showStatus();
    void showCalls();
    void tick();
    void retranslate();
    void layoutPanels();

    DisplayModel& m_model;
    const Clock& m_clock;
    HeaderBar* m_header;
    CallPanel* m_call;
    RecentCallsView* m_recent;
    CounterBoard* m_counters;
    WaitingBoard* m_waiting;
    RunningText* m_ticker;
    QLabel* m_problem;
    QTimer m_tick;
    qint64 m_lastMinute = -1;
};

} // namespace antre
