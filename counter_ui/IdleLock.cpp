#include "counter_ui/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace antre {

IdleLock::IdleLock(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_armed = false;
        Q_EMIT idleTimedOut();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (auto* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    restart();
}

void IdleLock::setArmed(bool armed)
{
    m_armed = armed;
    restart();
}

void IdleLock::restart()
{
    if (m_armed && m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
    else
        m_timer->stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_armed && watched->isWidgetType()) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress:
            restart();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace antre
