#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;

namespace antre {

class ElidedLabel;

class ActionButton;
struct BoothChoice;

// After login: the counters this officer may open, one large button each; one taken by someone else is
// disabled and says by whom.
class PickerPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PickerPage(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(PickerPage)

    void setOfficer(const QString& name);
    // preferred: the counter remembered from last time gets the focus.
    void setChoices(const QList<BoothChoice>& choices, const QString& preferred);
    // A refusal reads as an error; news such as "Loket 1 is closed." does not.
    void showMessage(const QString& message, bool error = true);
    QString message() const;
    void setCompact(bool compact);

Q_SIGNALS:
    void counterChosen(const QString& code);
    void logoutRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void layoutButtons();

    QLabel* m_title;
    ElidedLabel* m_officer;
    QScrollArea* m_scroll;
    QWidget* m_box;
    QGridLayout* m_grid;
    QList<ActionButton*> m_buttons;
    ElidedLabel* m_message;
    QPushButton* m_logout;
    QString m_officerName;
    bool m_compact = false;
};

} // namespace antre
