#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace antre {

class ElidedLabel;

class ActionButton;

struct Choice
{
    QString key; // returned by chosen(); the option's button is named "choice_<key>"
    QString label;
    QString detail;
};

// The follow-up question of an action (the outcome of Done, the service of Transfer, the reason of a
// break, the confirmation of Close), shown in place of the booth's buttons rather than as a dialog so
// that it fits the compact window and works from the keyboard: 1–9 pick, Esc cancels.
class ChoicePanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ChoicePanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ChoicePanel)

    // With freeTextLabel set, a text field and confirm button offer an answer of one's own.
    void present(const QString& title, const QString& prompt, const QList<Choice>& choices,
                 const QString& freeTextLabel = {}, const QString& confirmText = {});
    void setColumns(int columns);
    QString title() const;

Q_SIGNALS:
    void chosen(const QString& key, const QString& text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void layoutChoices();
    void retranslate();

    ElidedLabel* m_title;
    ElidedLabel* m_prompt;
    QScrollArea* m_scroll;
    QWidget* m_choicesBox;
    QGridLayout* m_grid;
    QList<ActionButton*> m_buttons;
    QList<Choice> m_choices;
    QLabel* m_textLabel;
    QLineEdit* m_text;
    ActionButton* m_confirm;
    QPushButton* m_cancel;
    int m_columns = 2;
};

} // namespace antre
