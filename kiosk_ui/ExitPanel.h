#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace antre {
class StaffService;
}

namespace antre::kiosk {

// Shown over the kiosk after the hidden corner gesture: a supervisor or admin signs in with staff ID and
// PIN (on-screen keys, no keyboard needed) to close the kiosk. Officers and citizens cannot.
class ExitPanel final : public QWidget
{
    Q_OBJECT
public:
    ExitPanel(StaffService& staff, QWidget* parent);

    void open();

Q_SIGNALS:
    void exitAuthorized(const QString& staffId);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void press(const QString& key);
    void confirm();
    void dismiss();

    StaffService& m_staff;
    QWidget* m_card;
    QLabel* m_title;
    QLabel* m_hint;
    QLineEdit* m_id;
    QLineEdit* m_pin;
    QLabel* m_message;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    QList<QPushButton*> m_keys;
    QLineEdit* m_target;
};

} // namespace antre::kiosk
