#pragma once

#include "core/QueueService.h"

#include <QList>
#include <QWidget>

namespace antre {

// How many people wait for each service that has anyone waiting, so that a ticket holder can
// see how many are still ahead (the kiosk shows every service for those yet to take one).
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
