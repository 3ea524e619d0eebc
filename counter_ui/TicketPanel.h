#pragma once

#include <QFrame>

class QLabel;

namespace antre {

struct BoothSnapshot;

// The booth's current ticket in large type: number, state, service, how long the citizen waited, and the
// priority and transfer marks. Without a ticket it says what to do next; on a break, since when and why.
class TicketPanel final : public QFrame
{
    Q_OBJECT
public:
    explicit TicketPanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(TicketPanel)

    // now: the hall clock's UTC instant, so waits keep counting between refreshes.
    void showSnapshot(const BoothSnapshot& snapshot, const QDateTime& now);
    void setCompact(bool compact);
    QString number() const;

private:
    QLabel* m_number;
    QLabel* m_status;
    QLabel* m_service;
    QLabel* m_wait;
    QLabel* m_marks;
    bool m_compact = false;
};

} // namespace antre
