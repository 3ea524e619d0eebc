#pragma once

#include <QWidget>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace antre::kiosk {

struct KioskSnapshot;
class TileButton;

// The last step: a regular number or priority service (disabled, elderly, pregnant, with small children),
// as two equally big choices.
class ConfirmPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ConfirmPage(QWidget* parent = nullptr);

    void setService(const QString& serviceCode);
    QString service() const;
    void setSnapshot(const KioskSnapshot& snapshot);
    void setUnit(double unit);
    // While a ticket is being issued both choices are disabled, so a double tap issues one ticket.
    void setBusy(bool busy);
    void setProblem(const QString& message);

Q_SIGNALS:
    void issueRequested(const QString& serviceCode, bool priority);
    void standardRequested(const QString& serviceCode);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslate();
    void choose(bool priority);

    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_agency;
    QLabel* m_waiting;
    TileButton* m_regular;
    TileButton* m_priority;
    QLabel* m_problem;
    QPushButton* m_standard;
    QBoxLayout* m_choices;
    QString m_service;
    bool m_open = false;
    bool m_busy = false;
};

} // namespace antre::kiosk
