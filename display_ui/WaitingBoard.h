#pragma once

#include "QueueService.h"

#include <QList>
#include <QWidget>

namespace antre {

// How many people wait for each service that is open now (or still has people waiting), so a
// citizen can judge the wait before taking a ticket.
class WaitingBoard final : public QWidget
{
    Q_OBJECT
public:
    explicit WaitingBoard(QWidget* parent = nullptr);
    ~WaitingBoard() override;
    Q_DISABLE_COPY_MOVE(WaitingBoard)

    void setUnit(qreal unit);
    void setServices(const QList<ServiceStatus>& services);
    const QList<ServiceStatus>& shown() const { return m_services; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateAccessibility();

    QList<ServiceStatus> m_services;
    qreal m_unit = 1;
};

} // namespace antre
