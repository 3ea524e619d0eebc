#pragma once

#include <QFrame>

class QLabel;

namespace antre {

class ElidedLabel;

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
    // The compact window keeps the service to one line, elided; the full name stays in the tooltip.
    void setService(const QString& text);

    QLabel* m_number;
    QLabel* m_status;
    ElidedLabel* m_service;
    QLabel* m_wait;
    ElidedLabel* m_marks;
    QString m_serviceText;
    bool m_compact = false;
};

} // namespace antre
