#pragma once

#include "core/QueueService.h"

#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QTimer;

namespace antre::kiosk {

struct TicketContent;

// After issue: the number, very large, with the service, the people ahead and the estimated wait. Says
// "please take your ticket" once it is printed, or what to do when the printer failed.
class IssuedPage final : public QWidget
{
    Q_OBJECT
public:
    enum class PrintState
    {
        Printing,
        Printed,
        Failed
    };

    explicit IssuedPage(QWidget* parent = nullptr);

    void showTicket(const IssuedTicket& ticket, const TicketContent& content);
    void setPrintState(PrintState state, const QString& detail = {});
    PrintState printState() const;
    void setAutoReturnSeconds(int seconds);
    void setUnit(double unit);

Q_SIGNALS:
    void reprintRequested();
    void doneRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void tick();
    void fitNumber();

    QLabel* m_heading;
    QLabel* m_number;
    QLabel* m_priority;
    QLabel* m_service;
    QLabel* m_ahead;
    QLabel* m_wait;
    QFrame* m_statusBox;
    QLabel* m_statusTitle;
    QLabel* m_statusText;
    QLabel* m_detail;
    QPushButton* m_reprint;
    QPushButton* m_done;
    QTimer* m_countdown;
    QBoxLayout* m_facts;
    PrintState m_state = PrintState::Printing;
    QString m_detailText;
    int m_autoReturnSeconds = 10;
    int m_remaining = 0;
    int m_aheadCount = 0;
    int m_othersAhead = 0;
    int m_waitMin = 0;
    double m_unit = 1.0;
};

} // namespace antre::kiosk
