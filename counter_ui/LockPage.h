#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace antre {

class ElidedLabel;

class ActionButton;

// Shown after the idle period or on F12: the booth keeps running, but only the officer's PIN opens it.
class LockPage final : public QWidget
{
    Q_OBJECT
public:
    explicit LockPage(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LockPage)

    void setInfo(const QString& info);
    void showMessage(const QString& message);
    QString message() const;
    void reset();
    void setCompact(bool compact);

Q_SIGNALS:
    void unlockRequested(const QString& pin);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    ElidedLabel* m_info;
    QLabel* m_pinLabel;
    QLineEdit* m_pin;
    ActionButton* m_unlock;
    QLabel* m_message;
};

} // namespace antre
