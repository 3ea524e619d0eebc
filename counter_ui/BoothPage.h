#pragma once

#include "counter_ui/CounterActions.h"

#include <QList>
#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace antre {

class ElidedLabel;

class ActionButton;
class ChoicePanel;
class CounterSession;
class TicketPanel;
class WaitingPanel;
struct ActionOutcome;

// The open booth: current ticket, the nine actions with their keys, the waiting line, today's figures
// and a status line that says what happened or why an action is not possible.
class BoothPage final : public QWidget
{
    Q_OBJECT
public:
    explicit BoothPage(CounterSession& session, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BoothPage)

    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    void setLanguageButtonVisible(bool visible);
    // Redraws from the session's snapshot.
    void render();
    // Clock and elapsed times only; no database access.
    void tick();
    // What a click on the button or its key does.
    void trigger(CounterAction action);
    void showOutcome(const ActionOutcome& outcome);
    QString statusText() const;
    bool isChoosing() const;
    void cancelChoice();
    // Keyboard focus on the most likely next action that applies, so Enter and Space work at once.
    void focusFirstAction();

Q_SIGNALS:
    void closed(const QString& message);
    void lockRequested();
    void compactRequested();
    void languageRequested();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Pending
    {
        None,
        Finish,
        Transfer,
        Break,
        Close
    };

    void relayout();
    void retranslate();
    void updateButtons();
    void showStatus(const QString& text, const QString& tone);
    void applyStatus(const QString& text, const QString& tone);
    QString nextStepHint() const;
    // The action applies now (looking again at the database once if the screen says no); otherwise the
    // status line says why.
    bool ensure(CounterAction action);
    void presentFinish();
    void presentTransfer();
    void presentBreak();
    void presentClose();
    void onChosen(const QString& key, const QString& text);
    ActionButton* button(CounterAction action) const;

    CounterSession& m_session;
    ElidedLabel* m_counterTitle;
    QLabel* m_stateBadge;
    ElidedLabel* m_officer;
    QLabel* m_clock;
    QPushButton* m_languageButton;
    QPushButton* m_compactButton;
    QPushButton* m_lockButton;
    QStackedWidget* m_body;
    QWidget* m_main;
    ChoicePanel* m_choice;
    TicketPanel* m_ticket;
    WaitingPanel* m_waiting;
    QLabel* m_figures;
    QWidget* m_actionsBox;
    QGridLayout* m_actionsGrid;
    QList<ActionButton*> m_buttons;
    QList<QAction*> m_actions;
    ElidedLabel* m_status;
    QString m_statusText;
    QString m_statusTone;
    QString m_situationKey;
    Pending m_pending = Pending::None;
    bool m_compact = false;
};

} // namespace antre
