#include "counter_ui/TicketPanel.h"

#include "core/Schedule.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/CounterText.h"
#include "ui_common/ElidedLabel.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

TicketPanel::TicketPanel(QWidget* parent)
    : QFrame(parent), m_number(new QLabel(this)), m_status(new QLabel(this)),
      m_service(new ElidedLabel(this, 2)), m_wait(new QLabel(this)), m_marks(new ElidedLabel(this, 2))
{
    setObjectName(u"ticketPanel"_s);
    m_number->setObjectName(u"ticketNumber"_s);
    m_status->setObjectName(u"ticketStatus"_s);
    m_service->setObjectName(u"ticketService"_s);
    m_wait->setObjectName(u"ticketWait"_s);
    m_marks->setObjectName(u"ticketMarks"_s);
    for (QLabel* label : std::initializer_list<QLabel*>{m_number, m_status, m_service, m_wait, m_marks}) {
        label->setAlignment(Qt::AlignCenter);
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    }
    for (QLabel* label : {m_status, m_wait})
        label->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_number);
    layout->addWidget(m_service);
    layout->addWidget(m_marks);
    layout->addWidget(m_wait);
    layout->addStretch(1);
    setAccessibleName(tr("Current ticket"));
}

QString TicketPanel::number() const
{
    return m_number->text();
}

void TicketPanel::setService(const QString& text)
{
    // The compact window keeps it to one line; a break reason may be as long as a line of text.
    m_serviceText = text;
    m_service->setMaxLines(m_compact ? 1 : 2);
    m_service->setFullText(text);
}

void TicketPanel::setCompact(bool compact)
{
    m_compact = compact;
    setService(m_serviceText);
    layout()->setContentsMargins(compact ? 6 : 12, compact ? 4 : 8, compact ? 6 : 12, compact ? 4 : 8);
}

void TicketPanel::showSnapshot(const BoothSnapshot& snapshot, const QDateTime& now)
{
    const CounterStatus& counter = snapshot.counter;
    QString status = u"none"_s;
    QStringList marks;
    if (counter.state == CounterState::Break) {
        status = u"break"_s;
        m_status->setText(tr("ON A BREAK"));
        m_number->setText(u"—"_s);
        setService(counter.breakReason.isEmpty() ? tr("No reason given") : counter.breakReason);
        const QString since = Schedule::formatTime(counter.since.toTimeZone(snapshot.zone).time());
        m_wait->setText(tr("Since %1 (%2). Press Resume (F8) to reopen.")
                            .arg(since, CounterText::minutes(counter.since.secsTo(now))));
    } else if (const auto& t = counter.current) {
        const bool serving = t->status == TicketStatus::Serving;
        status = serving ? u"serving"_s : u"called"_s;
        m_number->setText(t->number.toString());
        setService(t->serviceName);
        const QDateTime firstCall = t->firstCalledAt.isValid() ? t->firstCalledAt : now;
        const QString issued = Schedule::formatTime(t->issuedAt.toTimeZone(snapshot.zone).time());
        const QString waited = tr("Ticket taken %1 · waited %2")
                                   .arg(issued, CounterText::minutes(t->issuedAt.secsTo(firstCall)));
        if (serving) {
            m_status->setText(tr("BEING SERVED · %1").arg(CounterText::minutes(t->servingAt.secsTo(now))));
        } else {
            const QString ago = CounterText::minutes(t->calledAt.secsTo(now));
            const int calls = t->recallCount + 1;
            m_status->setText(calls > 1 ? tr("CALLED %n TIMES · %1 ago", nullptr, calls).arg(ago)
                                        : tr("CALLED · %1 ago").arg(ago));
        }
        m_wait->setText(waited);
        if (t->priority)
            marks << tr("PRIORITY");
        if (t->transferred) {
            QString from = t->originalServiceCode;
            for (const ServiceStatus& s : snapshot.services)
                if (s.code == t->originalServiceCode)
                    from = s.name;
            marks << tr("TRANSFERRED from %1").arg(from);
        }
    } else {
        m_status->setText(tr("NO NUMBER CALLED"));
        m_number->setText(u"—"_s);
        const qsizetype waiting = snapshot.waiting.size();
        setService(waiting > 0 ? tr("%n waiting. Press Call next (F1).", nullptr, static_cast<int>(waiting))
                               : tr("No one is waiting."));
        m_wait->clear();
    }
    m_marks->setFullText(marks.join(u"  ·  "_s));
    m_marks->setVisible(!marks.isEmpty());
    m_wait->setVisible(!m_wait->text().isEmpty());
    setAccessibleDescription(QStringList{m_status->text(), m_number->text(), m_service->fullText(),
                                         m_marks->fullText(), m_wait->text()}
                                 .join(u". "_s));
    if (property("status").toString() != status) {
        setProperty("status", status);
        style()->unpolish(this);
        style()->polish(this);
    }
}

} // namespace antre
