#include "counter_ui/BoothPage.h"

#include "core/Clock.h"
#include "core/Schedule.h"
#include "counter_ui/ActionButton.h"
#include "counter_ui/ChoicePanel.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/CounterText.h"
#include "counter_ui/TicketPanel.h"
#include "counter_ui/WaitingPanel.h"
#include "ui_common/ElidedLabel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString roleOf(CounterAction action)
{
    switch (action) {
    case CounterAction::CallNext:
    case CounterAction::FinishAndNext:
        return u"primary"_s;
    case CounterAction::Recall:
    case CounterAction::Break:
        return u"warn"_s;
    case CounterAction::Serve:
    case CounterAction::Finish:
        return u"good"_s;
    case CounterAction::Close:
        return u"danger"_s;
    case CounterAction::NoShow:
    case CounterAction::Transfer:
        return u"neutral"_s;
    }
    return u"neutral"_s;
}

void repolish(QWidget* widget)
{
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}

} // namespace

BoothPage::BoothPage(CounterSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_counterTitle(new ElidedLabel(this)),
      m_stateBadge(new QLabel(this)), m_officer(new ElidedLabel(this)), m_clock(new QLabel(this)),
      m_languageButton(new QPushButton(this)), m_compactButton(new QPushButton(this)),
      m_lockButton(new QPushButton(this)), m_body(new QStackedWidget(this)), m_main(new QWidget),
      m_choice(new ChoicePanel), m_ticket(new TicketPanel(m_main)), m_waiting(new WaitingPanel(m_main)),
      m_figures(new QLabel(m_main)), m_actionsBox(new QWidget(m_main)),
      m_actionsGrid(new QGridLayout(m_actionsBox)), m_status(new ElidedLabel(this, 3))
{
    setObjectName(u"boothPage"_s);
    m_counterTitle->setObjectName(u"counterTitle"_s);
    m_stateBadge->setObjectName(u"stateBadge"_s);
    m_officer->setObjectName(u"officerLabel"_s);
    m_clock->setObjectName(u"clockLabel"_s);
    m_languageButton->setObjectName(u"boothLanguageButton"_s);
    m_compactButton->setObjectName(u"compactButton"_s);
    m_lockButton->setObjectName(u"lockButton"_s);
    m_main->setObjectName(u"boothMain"_s);
    m_figures->setObjectName(u"figuresLabel"_s);
    m_figures->setWordWrap(true);
    m_status->setObjectName(u"statusLine"_s);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 2);
    m_actionsGrid->setContentsMargins(0, 0, 0, 0);
    m_body->addWidget(m_main);
    m_body->addWidget(m_choice);

    for (CounterAction action : CounterActions::all()) {
        auto* button = new ActionButton(roleOf(action), m_actionsBox);
        button->setObjectName(CounterActions::objectName(action));
        button->installEventFilter(this);
        connect(button, &QPushButton::clicked, this, [this, action] { trigger(action); });
        m_buttons << button;
        // The keys live on the main view: while a follow-up question is shown they are inactive, so a
        // stray F-key cannot act on the booth behind it.
        auto* shortcut = new QAction(m_main);
        shortcut->setShortcuts(CounterActions::shortcuts(action));
        shortcut->setShortcutContext(Qt::WindowShortcut);
        connect(shortcut, &QAction::triggered, this, [this, action] { trigger(action); });
        m_main->addAction(shortcut);
        m_actions << shortcut;
    }
    auto* compactKey = new QAction(this);
    compactKey->setShortcut(QKeySequence(Qt::Key_F11));
    connect(compactKey, &QAction::triggered, this, [this] { Q_EMIT compactRequested(); });
    addAction(compactKey);
    auto* lockKey = new QAction(this);
    lockKey->setShortcut(QKeySequence(Qt::Key_F12));
    connect(lockKey, &QAction::triggered, this, [this] { Q_EMIT lockRequested(); });
    addAction(lockKey);

    connect(m_compactButton, &QPushButton::clicked, this, [this] { Q_EMIT compactRequested(); });
    connect(m_lockButton, &QPushButton::clicked, this, [this] { Q_EMIT lockRequested(); });
    connect(m_languageButton, &QPushButton::clicked, this, [this] { Q_EMIT languageRequested(); });
    connect(m_choice, &ChoicePanel::chosen, this, &BoothPage::onChosen);
    connect(m_choice, &ChoicePanel::cancelled, this, [this] {
        cancelChoice();
        showStatus(tr("Cancelled."), u"info"_s);
    });

    auto* header = new QHBoxLayout;
    header->setSpacing(10);
    header->addWidget(m_counterTitle);
    header->addWidget(m_stateBadge, 0, Qt::AlignVCenter);
    header->addWidget(m_officer, 1);
    header->addWidget(m_clock);
    header->addWidget(m_languageButton);
    header->addWidget(m_compactButton);
    header->addWidget(m_lockButton);

    auto* page = new QVBoxLayout(this);
    page->addLayout(header);
    page->addWidget(m_body, 1);
    page->addWidget(m_status);

    retranslate();
    relayout();
}

ActionButton* BoothPage::button(CounterAction action) const
{
    return m_buttons.at(static_cast<int>(action));
}

void BoothPage::retranslate()
{
    // The compact header has room for short words only; the keys are in the tooltips and the manual.
    m_compactButton->setText(m_compact ? tr("Full") : tr("Compact (F11)"));
    m_compactButton->setAccessibleName(m_compact ? tr("Full window") : tr("Compact window"));
    m_compactButton->setAccessibleDescription(
        tr("Switches between the full window and a small one that fits beside another application (F11)."));
    m_compactButton->setToolTip(m_compactButton->accessibleDescription());
    m_lockButton->setText(m_compact ? tr("Lock") : tr("Lock (F12)"));
    m_lockButton->setAccessibleName(tr("Lock"));
    m_lockButton->setAccessibleDescription(
        tr("Locks the screen; your PIN opens it again. The counter stays open (F12)."));
    m_lockButton->setToolTip(m_lockButton->accessibleDescription());
    // Named in the language it switches to: the English source names Indonesian, the translation English.
    m_languageButton->setText(m_compact
                                  ? tr("ID", "the other language, short: translated as EN")
                                  : tr("Bahasa Indonesia", "the other language: translated as English"));
    m_languageButton->setAccessibleName(tr("Switch language"));
    m_languageButton->setAccessibleDescription(tr("Shows the application in the other language."));
    m_languageButton->setToolTip(m_languageButton->accessibleDescription());
    m_status->setAccessibleName(tr("Status"));
    m_figures->setAccessibleName(tr("Your figures today"));
    render();
}

void BoothPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BoothPage::setLanguageButtonVisible(bool visible)
{
    m_languageButton->setVisible(visible);
}

void BoothPage::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    relayout();
    retranslate();
}

void BoothPage::relayout()
{
    delete m_main->layout();
    for (ActionButton* b : std::as_const(m_buttons))
        m_actionsGrid->removeWidget(b);
    if (m_compact) {
        // Call next gets a full row: it is the button pressed all day.
        m_actionsGrid->addWidget(m_buttons.at(0), 0, 0, 1, 2);
        for (int i = 1; i < m_buttons.size(); ++i)
            m_actionsGrid->addWidget(m_buttons.at(i), 1 + (i - 1) / 2, (i - 1) % 2);
    } else {
        for (int i = 0; i < m_buttons.size(); ++i)
            m_actionsGrid->addWidget(m_buttons.at(i), i / 3, i % 3);
    }
    const int gap = m_compact ? 5 : 10;
    m_actionsGrid->setSpacing(gap);

    if (m_compact) {
        auto* column = new QVBoxLayout(m_main);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(gap);
        column->addWidget(m_ticket, 1);
        column->addWidget(m_waiting);
        column->addWidget(m_actionsBox);
    } else {
        auto* grid = new QGridLayout(m_main);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(gap);
        grid->addWidget(m_ticket, 0, 0);
        grid->addWidget(m_actionsBox, 1, 0);
        grid->addWidget(m_waiting, 0, 1, 2, 1);
        grid->addWidget(m_figures, 2, 0, 1, 2);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(1, 2);
        grid->setRowStretch(0, 4);
        grid->setRowStretch(1, 5);
    }
    m_figures->setVisible(!m_compact);
    m_officer->setVisible(!m_compact);
    m_clock->setVisible(!m_compact);
    m_ticket->setCompact(m_compact);
    m_waiting->setCompact(m_compact);
    m_choice->setColumns(m_compact ? 1 : 2);
    const int margin = m_compact ? 6 : 16;
    layout()->setContentsMargins(margin, margin, margin, margin);
    layout()->setSpacing(gap);
    // In the compact window the header buttons shrink to their key.
    m_compactButton->setMinimumWidth(0);
}

void BoothPage::render()
{
    const BoothSnapshot& snap = m_session.snapshot();
    const CounterStatus& c = snap.counter;
    m_counterTitle->setFullText(c.name.isEmpty() ? m_session.counterCode() : c.name);
    m_officer->setFullText(m_session.isLoggedIn() ? m_session.officer().name : QString());
    m_stateBadge->setText(CounterText::counterState(c.state).toUpper());
    const QString state = toKey(c.state);
    if (m_stateBadge->property("state").toString() != state) {
        m_stateBadge->setProperty("state", state);
        repolish(m_stateBadge);
    }
    m_stateBadge->setAccessibleName(tr("Counter state: %1").arg(CounterText::counterState(c.state)));
    updateButtons();
    tick();

    const OfficerDay& f = snap.figures;
    QStringList figures{tr("Today you served %n", nullptr, f.served)};
    figures << (f.medianServiceSecs >= 0
                    ? tr("median service time %1").arg(CounterText::minutesSeconds(f.medianServiceSecs))
                    : tr("median service time –"));
    figures << tr("no-show %n", nullptr, f.noShow) << tr("transferred %n", nullptr, f.transferred);
    m_figures->setText(figures.join(u"  ·  "_s));

    // A change of situation from elsewhere (or from the action itself) replaces an old message with the
    // next step; the action's own message is shown after this by showOutcome().
    const BoothSituation s = m_session.situation();
    const QString key =
        QString(toKey(s.state) + u'|' + s.ticketNumber + u'|' + (s.ticket ? toKey(*s.ticket) : QString()) +
                u'|' + QString::number(s.waiting > 0));
    if (m_session.isDisconnected()) {
        // Forgotten, so that the next step is shown again once the server answers.
        m_situationKey.clear();
        showStatus(CounterText::waitingForServer(), u"error"_s);
    } else if (key != m_situationKey || m_statusText.isEmpty()) {
        m_situationKey = key;
        showStatus(nextStepHint(), u"hint"_s);
    }
    if (isChoosing()) {
        // The question no longer applies if its ticket or state went away meanwhile.
        const bool stillValid = (m_pending == Pending::Finish && s.ticket == TicketStatus::Serving) ||
                                (m_pending == Pending::Transfer && s.ticket.has_value()) ||
                                (m_pending == Pending::Break && s.state == CounterState::Open && !s.ticket) ||
                                (m_pending == Pending::Close && !s.ticket);
        if (!stillValid)
            cancelChoice();
    }
}

void BoothPage::tick()
{
    const BoothSnapshot& snap = m_session.snapshot();
    const QDateTime now = m_session.clock().now();
    m_clock->setText(Schedule::formatTime(now.toTimeZone(snap.zone).time()));
    m_ticket->showSnapshot(snap, now);
    m_waiting->showSnapshot(snap, now);
}

void BoothPage::updateButtons()
{
    const CounterState state =
        m_session.inBooth() ? m_session.snapshot().counter.state : CounterState::Closed;
    for (CounterAction action : CounterActions::all()) {
        ActionButton* b = button(action);
        const ActionState s = m_session.state(action);
        b->setTexts(m_compact ? CounterActions::shortTitle(action, state)
                              : CounterActions::title(action, state),
                    CounterActions::shortcutHint(action));
        b->setAccessibleName(CounterActions::title(action, state));
        b->setEnabled(s.enabled);
        b->setExplanation(QString(CounterActions::title(action, state) + u": " +
                                  CounterActions::description(action, state)),
                          s.reason);
    }
}

QString BoothPage::nextStepHint() const
{
    const BoothSituation s = m_session.situation();
    if (s.state == CounterState::Break)
        return tr("On a break. Press Resume (F8) to reopen the counter.");
    if (!s.ticket)
        return s.waiting > 0 ? tr("%n waiting. Press Call next (F1).", nullptr, s.waiting)
                             : tr("No one is waiting. New tickets appear here at once.");
    if (*s.ticket == TicketStatus::Called)
        return tr("Number %1 is called. When the citizen arrives press Start serving (F3); if nobody comes, "
                  "Call again (F2) or No-show (F6).")
            .arg(s.ticketNumber);
    return tr("Serving number %1. Press Done (F4), or Done & call next (F5).").arg(s.ticketNumber);
}

void BoothPage::showStatus(const QString& text, const QString& tone)
{
    m_statusText = text;
    m_statusTone = tone;
    applyStatus(text, tone);
}

void BoothPage::applyStatus(const QString& text, const QString& tone)
{
    m_status->setFullText(text);
    m_status->setAccessibleDescription(text);
    if (m_status->property("tone").toString() != tone) {
        m_status->setProperty("tone", tone);
        repolish(m_status);
    }
}

QString BoothPage::statusText() const
{
    return m_status->fullText();
}

void BoothPage::showOutcome(const ActionOutcome& outcome)
{
    showStatus(outcome.message, outcome.ok ? u"ok"_s : u"error"_s);
}

bool BoothPage::eventFilter(QObject* watched, QEvent* event)
{
    // Pointing at a disabled button says why it is disabled; leaving it brings the last message back.
    if (auto* b = qobject_cast<ActionButton*>(watched)) {
        if (event->type() == QEvent::Enter && !b->isEnabled() && !b->disabledReason().isEmpty())
            applyStatus(b->disabledReason(), u"hint"_s);
        else if (event->type() == QEvent::Leave)
            applyStatus(m_statusText, m_statusTone);
    }
    return QWidget::eventFilter(watched, event);
}

bool BoothPage::ensure(CounterAction action)
{
    if (m_session.state(action).enabled)
        return true;
    m_session.refresh();
    if (!m_session.inBooth())
        return false;
    const ActionState again = m_session.state(action);
    if (!again.enabled)
        showStatus(again.reason, u"error"_s);
    return again.enabled;
}

void BoothPage::trigger(CounterAction action)
{
    if (isChoosing())
        return;
    switch (action) {
    case CounterAction::CallNext:
        showOutcome(m_session.callNext());
        break;
    case CounterAction::Recall:
        showOutcome(m_session.recall());
        break;
    case CounterAction::Serve:
        showOutcome(m_session.serve());
        break;
    case CounterAction::FinishAndNext:
        showOutcome(m_session.finishAndCallNext());
        break;
    case CounterAction::NoShow:
        showOutcome(m_session.noShow());
        break;
    case CounterAction::Finish:
        if (ensure(action))
            presentFinish();
        break;
    case CounterAction::Transfer:
        if (ensure(action))
            presentTransfer();
        break;
    case CounterAction::Break:
        if (m_session.snapshot().counter.state == CounterState::Break)
            showOutcome(m_session.resume());
        else if (ensure(action))
            presentBreak();
        break;
    case CounterAction::Close:
        if (ensure(action))
            presentClose();
        break;
    }
    // The keyboard focus follows the work: after a call it is on Start serving, after that on Done, then on
    // Call next again, so Enter or Space alone carries an officer through the day.
    if (!isChoosing())
        focusFirstAction();
}

bool BoothPage::isChoosing() const
{
    return m_body->currentWidget() == m_choice;
}

void BoothPage::cancelChoice()
{
    m_pending = Pending::None;
    m_body->setCurrentWidget(m_main);
    focusFirstAction();
}

void BoothPage::focusFirstAction()
{
    static const CounterAction order[] = {
        CounterAction::CallNext,      CounterAction::Serve,  CounterAction::Finish,
        CounterAction::FinishAndNext, CounterAction::Recall, CounterAction::NoShow,
        CounterAction::Transfer,      CounterAction::Break,  CounterAction::Close};
    for (CounterAction action : order) {
        if (ActionButton* b = button(action); b->isEnabled()) {
            b->setFocus();
            return;
        }
    }
    setFocus();
}

void BoothPage::presentFinish()
{
    const QString number = m_session.situation().ticketNumber;
    QList<Choice> choices;
    for (Outcome o : {Outcome::Completed, Outcome::Incomplete, Outcome::Referred})
        choices << Choice{toKey(o), CounterText::outcome(o), CounterText::outcomeDetail(o)};
    m_pending = Pending::Finish;
    m_choice->present(tr("Done with number %1: what was the outcome?").arg(number), {}, choices);
    m_body->setCurrentWidget(m_choice);
}

void BoothPage::presentTransfer()
{
    const BoothSnapshot& snap = m_session.snapshot();
    const QString current = snap.counter.current ? snap.counter.current->serviceCode : QString();
    QList<Choice> choices;
    for (const ServiceStatus& s : snap.services) {
        if (s.code == current)
            continue;
        QStringList detail{s.agencyName, tr("%n waiting", nullptr, s.waiting)};
        if (!s.availability.isOpen())
            detail << s.availability.reason();
        choices << Choice{s.code, s.name, detail.join(u" · "_s)};
    }
    m_pending = Pending::Transfer;
    m_choice->present(tr("Transfer number %1 to which service?").arg(m_session.situation().ticketNumber),
                      tr("The citizen keeps their place in line in the new service."), choices);
    m_body->setCurrentWidget(m_choice);
}

void BoothPage::presentBreak()
{
    QList<Choice> choices;
    const QStringList reasons = CounterText::breakReasons();
    for (qsizetype i = 0; i < reasons.size(); ++i)
        choices << Choice{u"reason%1"_s.arg(i), reasons.at(i), {}};
    m_pending = Pending::Break;
    m_choice->present(tr("Break: what is the reason?"),
                      tr("The supervisor sees this counter as on a break, with your reason."), choices,
                      tr("Other reason"), tr("Start break"));
    m_body->setCurrentWidget(m_choice);
}

void BoothPage::presentClose()
{
    const QString name = m_session.counterName();
    m_pending = Pending::Close;
    m_choice->present(tr("Close %1?").arg(name),
                      tr("Citizens still waiting stay in line for other counters."),
                      {Choice{u"confirm"_s, tr("Yes, close %1").arg(name),
                              tr("You can open a counter again after logging in.")}});
    m_body->setCurrentWidget(m_choice);
}

void BoothPage::onChosen(const QString& key, const QString& text)
{
    const Pending pending = m_pending;
    cancelChoice();
    switch (pending) {
    case Pending::None:
        return;
    case Pending::Finish:
        if (const auto outcome = outcomeFromKey(key))
            showOutcome(m_session.finish(*outcome));
        return;
    case Pending::Transfer:
        showOutcome(m_session.transfer(key));
        return;
    case Pending::Break: {
        QString reason = text;
        if (reason.isEmpty()) {
            const QStringList reasons = CounterText::breakReasons();
            const int index = key.mid(6).toInt();
            reason = index >= 0 && index < reasons.size() ? reasons.at(index) : QString();
        }
        showOutcome(m_session.startBreak(reason));
        return;
    }
    case Pending::Close: {
        const ActionOutcome outcome = m_session.close();
        if (outcome.ok)
            Q_EMIT closed(outcome.message);
        else
            showOutcome(outcome);
        return;
    }
    }
}

} // namespace antre
