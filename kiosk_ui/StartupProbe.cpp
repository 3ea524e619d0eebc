#include "kiosk_ui/StartupProbe.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <ctime>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

StartupProbe::StartupProbe(QWidget* window, QElapsedTimer sinceMain, QObject* parent)
    : QObject(parent), m_window(window), m_sinceMain(sinceMain)
{
    qApp->installEventFilter(this);
}

StartupProbe::~StartupProbe()
{
    qApp->removeEventFilter(this);
}

qint64 StartupProbe::msSinceProcessStart()
{
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    // Field 22 is the start time in clock ticks since boot; the command name (field 2) may hold spaces,
    // so count from the closing parenthesis.
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const qint64 startTicks = fields.at(19).toLongLong();
    timespec now{};
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    return nowMs - startTicks * 1000 / sysconf(_SC_CLK_TCK);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        m_seen = true;
        // The frame is on screen once this round of painting has been flushed: measure just after it.
        QTimer::singleShot(
            0, this, [this] { Q_EMIT firstFramePainted(msSinceProcessStart(), m_sinceMain.elapsed()); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace antre::kiosk
