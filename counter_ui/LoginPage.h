#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace antre {

class ElidedLabel;

class ActionButton;

// Staff ID and PIN. Enter in the ID field moves to the PIN, Enter in the PIN logs in.
class LoginPage final : public QWidget
{
    Q_OBJECT
public:
    explicit LoginPage(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LoginPage)

    void setSiteName(const QString& name);
    void setStaffId(const QString& staffId);
    QString staffId() const;
    void setPin(const QString& pin);
    void clearPin();
    void showMessage(const QString& message);
    QString message() const;
    // The language button only where the program can switch languages.
    void setLanguageButtonVisible(bool visible);
    void setCompact(bool compact);
    void focusFirstEmpty();
    // Same as pressing the login button.
    void submit();

Q_SIGNALS:
    void loginRequested(const QString& staffId, const QString& pin);
    void languageRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    ElidedLabel* m_site;
    QLabel* m_staffLabel;
    QLineEdit* m_staffId;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    ActionButton* m_login;
    QLabel* m_message;
    QPushButton* m_language;
    QWidget* m_form;
};

} // namespace antre
