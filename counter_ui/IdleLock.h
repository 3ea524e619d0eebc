#pragma once

#include <QObject>

class QTimer;

namespace antre {

// Fires once when nobody has touched keyboard, mouse or screen for the timeout, so that an
// unattended booth locks. Real time, not the hall clock: it is about the person, not the queue.
class IdleLock final : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;
    Q_DISABLE_COPY_MOVE(IdleLock)

    void setTimeoutMs(int ms); // 0 disables
    int timeoutMs() const { return m_timeoutMs; }
    // Only an officer's session is locked; the login screen needs no lock.
    void setArmed(bool armed);
    bool isArmed() const { return m_armed; }

Q_SIGNALS:
    void idleTimedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();

    QTimer* m_timer;
    int m_timeoutMs = 0;
    bool m_armed = false;
};

} // namespace antre
