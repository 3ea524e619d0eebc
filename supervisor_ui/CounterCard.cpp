#include "supervisor_ui/CounterCard.h"

#include "supervisor_ui/ReportFormat.h"
#include "ui_common/ElidedLabel.h"
#include "ui_common/Style.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace antre {

CounterCard::CounterCard(const QString& code, QWidget* parent)
    : QFrame(parent), m_name(new ElidedLabel(this)), m_state(new QLabel(this)),
      m_officer(new ElidedLabel(this)), m_ticket(new ElidedLabel(this, 2))
{
    setObjectName(u"dashboard.counter."_s + code);
    m_state->setObjectName(objectName() + u".state"_s);
    m_ticket->setObjectName(objectName() + u".ticket"_s);
    m_officer->setObjectName(objectName() + u".officer"_s);
    m_name->setObjectName(objectName() + u".name"_s);
    setMinimumSize(230, 108);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    QFont nameFont = m_name->font();
    nameFont.setPointSize(14);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    QFont stateFont = m_state->font();
    stateFont.setPointSize(10);
    stateFont.setBold(true);
    m_state->setFont(stateFont);
    m_state->setAlignment(Qt::AlignCenter);
    QFont lineFont = m_officer->font();
    lineFont.setPointSize(11);
    m_officer->setFont(lineFont);
    QFont ticketFont = m_ticket->font();
    ticketFont.setPointSize(12);
    ticketFont.setBold(true);
    m_ticket->setFont(ticketFont);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(12, 8, 12, 10);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_name, 0, 0);
    layout->addWidget(m_state, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_officer, 1, 0, 1, 2);
    layout->addWidget(m_ticket, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
}

void CounterCard::setStatus(const CounterStatus& status, const QDateTime& now)
{
    m_status = status;
    m_name->setFullText(status.name);
    restyle();
    tick(now);
}

void CounterCard::restyle()
{
    QColor badge = Style::muted();
    QString stateText = Labels::counterState(m_status.state);
    QString background = Style::surface().name();
    QString border = u"#d5dae2"_s;
    if (m_status.state == CounterState::Open) {
        badge = Style::ok();
    } else if (m_status.state == CounterState::Break) {
        badge = Style::warning();
    } else if (m_status.shouldBeStaffed) {
        badge = Style::danger();
        stateText = tr("EMPTY");
        background = u"#fde8e8"_s;
        border = Style::danger().name();
    }
    m_state->setText(u"  "_s + stateText.toUpper() + u"  "_s);
    m_state->setStyleSheet(
        u"background: %1; color: white; border-radius: 4px; padding: 2px 6px;"_s.arg(badge.name()));
    setStyleSheet(u"antre--CounterCard { background: %1; border: 2px solid %2; border-radius: 6px; }"_s.arg(
        background, border));
}

void CounterCard::tick(const QDateTime& now)
{
    const CounterStatus& s = m_status;
    QString officer;
    QString ticket;
    switch (s.state) {
    case CounterState::Open:
        officer = s.staffName.isEmpty() ? tr("No officer named") : s.staffName;
        if (s.current) {
            const TicketInfo& t = *s.current;
            const bool serving = t.status == TicketStatus::Serving;
            const QDateTime since = serving ? t.servingAt : t.calledAt;
            ticket = tr("%1 · %2 · %3")
                         .arg(t.number.toString(), Labels::status(t.status),
                              ReportFormat::elapsed(since.secsTo(now)));
        } else {
            ticket = tr("Free — no ticket at the booth");
        }
        break;
    case CounterState::Break:
        officer = s.staffName.isEmpty() ? tr("No officer named") : s.staffName;
        ticket = s.breakReason.isEmpty()
                     ? tr("Break for %1").arg(ReportFormat::elapsed(s.since.secsTo(now)))
                     : tr("%1 for %2").arg(s.breakReason, ReportFormat::elapsed(s.since.secsTo(now)));
        break;
    case CounterState::Closed:
        officer = s.shouldBeStaffed ? tr("Should be staffed: its services are open now") : tr("No officer");
        ticket = s.shouldBeStaffed ? tr("Citizens cannot be served here") : QString();
        break;
    }
    m_officer->setFullText(officer);
    m_ticket->setFullText(ticket);
    m_ticket->setStyleSheet(s.shouldBeStaffed ? u"color: %1;"_s.arg(Style::danger().name()) : QString());
    setAccessibleName(s.name + u": "_s + m_state->text().trimmed());
    setAccessibleDescription(officer + u". "_s + ticket);
}

} // namespace antre
