#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace antre::kiosk {

struct KioskSnapshot;

// The service standard before taking a number: requirements, fee, processing time and today's hours.
class StandardPage final : public QWidget
{
    Q_OBJECT
public:
    explicit StandardPage(QWidget* parent = nullptr);

    void setService(const QString& serviceCode);
    QString service() const;
    void setSnapshot(const KioskSnapshot& snapshot);
    void setUnit(double unit);

Q_SIGNALS:
    void takeRequested(const QString& serviceCode);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_agency;
    QLabel* m_requirementsTitle;
    QLabel* m_requirements;
    QLabel* m_feeTitle;
    QLabel* m_fee;
    QLabel* m_durationTitle;
    QLabel* m_duration;
    QLabel* m_hoursTitle;
    QLabel* m_hours;
    QLabel* m_reason;
    QPushButton* m_take;
    QString m_service;
};

} // namespace antre::kiosk
