#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace antre::kiosk {

// Measures cold start: from the process's start (as the kernel recorded it) to the first frame painted in
// a window, so the figure includes loading libraries, not just main().
class StartupProbe final : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QWidget* window, QElapsedTimer sinceMain, QObject* parent = nullptr);
    ~StartupProbe() override;

    // Milliseconds since the kernel started this process; -1 where /proc is not available.
    static qint64 msSinceProcessStart();

Q_SIGNALS:
    void firstFramePainted(qint64 msSinceProcessStart, qint64 msSinceMain);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QElapsedTimer m_sinceMain;
    bool m_seen = false;
};

} // namespace antre::kiosk
