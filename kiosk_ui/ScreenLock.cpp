#include "kiosk_ui/ScreenLock.h"

#include <QApplication>
#include <QWidget>

namespace antre::kiosk {

ScreenLock::ScreenLock(QWidget& window, int exitTaps, int exitWindowMs)
    : m_window(window), m_exitTaps(exitTaps), m_exitWindowMs(exitWindowMs)
{
    m_uptime.start();
}

void ScreenLock::setLocked(bool on)
{
    if (on == m_locked)
        return;
    m_locked = on;
    m_window.setWindowFlag(Qt::FramelessWindowHint, on);
    m_window.setWindowFlag(Qt::WindowStaysOnTopHint, on);
    if (on)
        QApplication::setOverrideCursor(Qt::BlankCursor);
    else
        QApplication::restoreOverrideCursor();
}

void ScreenLock::allowExit()
{
    m_exitAllowed = true;
    if (m_locked)
        QApplication::restoreOverrideCursor();
}

bool ScreenLock::cornerTapped(bool exitShown)
{
    const qint64 now = m_uptime.elapsed();
    m_taps.append(now);
    while (!m_taps.isEmpty() && now - m_taps.first() > m_exitWindowMs)
        m_taps.removeFirst();
    if (m_taps.size() < m_exitTaps || exitShown)
        return false;
    m_taps.clear();
    return true;
}

} // namespace antre::kiosk
