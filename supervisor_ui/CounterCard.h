#pragma once

#include "core/QueueService.h"

#include <QFrame>

class QLabel;

namespace antre {

class ElidedLabel;

// One booth on the dashboard: state, officer, current ticket and how long it has been going on. A booth
// that should be staffed (one of its services is open now) but is closed is drawn in red.
class CounterCard final : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(bool unstaffed READ isUnstaffed)
public:
    explicit CounterCard(const QString& code, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CounterCard)

    void setStatus(const CounterStatus& status, const QDateTime& now);
    // Refreshes the elapsed times only (no database access).
    void tick(const QDateTime& now);
    bool isUnstaffed() const { return m_status.shouldBeStaffed; }
    const CounterStatus& status() const { return m_status; }

private:
    void restyle();

    CounterStatus m_status;
    ElidedLabel* m_name;
    QLabel* m_state;
    ElidedLabel* m_officer;
    ElidedLabel* m_ticket;
};

} // namespace antre
