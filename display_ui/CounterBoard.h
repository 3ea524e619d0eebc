#pragma once

#include "core/QueueService.h"

#include <QList>
#include <QWidget>

namespace antre {

// Every staffed counter with the number it is calling or serving; counters on a break say so.
// Closed counters are left out: the board answers "where is my number being served".
class CounterBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit CounterBoard(QWidget* parent = nullptr);
    ~CounterBoard() override;
    Q_DISABLE_COPY_MOVE(CounterBoard)

    void setUnit(qreal unit);
    void setCounters(const QList<CounterStatus>& counters);
    // The counters shown, in order.
    const QList<CounterStatus>& shown() const { return m_counters; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateAccessibility();
    QString stateText(const CounterStatus& counter) const;

    QList<CounterStatus> m_counters;
    qreal m_unit = 1;
};

} // namespace antre
