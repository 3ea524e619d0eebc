#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QtGlobal>

class QWidget;

namespace antre::kiosk {

// What keeps a citizen's screen (the kiosk, the booth's survey screen) to itself: frameless and on top, no
// mouse cursor, no closing but through the supervisor exit, which a hidden gesture opens (a number of taps
// on a corner within a short time).
class ScreenLock final
{
public:
    ScreenLock(QWidget& window, int exitTaps, int exitWindowMs);
    Q_DISABLE_COPY_MOVE(ScreenLock)

    void setLocked(bool on);
    bool isLocked() const { return m_locked; }
    // The supervisor exit was authorised: the window may close now, with the cursor back.
    void allowExit();
    // For closeEvent: Alt+F4 or a window manager's close must not end a locked screen.
    bool refusesClose() const { return m_locked && !m_exitAllowed; }
    // One tap on the hidden corner: true when it completes the gesture and the exit is not shown yet (the
    // taps start over then).
    bool cornerTapped(bool exitShown);
    void forgetTaps() { m_taps.clear(); }

private:
    QWidget& m_window;
    int m_exitTaps;
    int m_exitWindowMs;
    QElapsedTimer m_uptime;
    QList<qint64> m_taps; // m_uptime of the recent corner taps
    bool m_locked = false;
    bool m_exitAllowed = false;
};

} // namespace antre::kiosk
