#include "supervisor_ui/LookupView.h"

#include "core/services/AuditService.h"
#include "core/services/StaffService.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/ElidedLabel.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

LookupView::LookupView(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_number(new QLineEdit(this)), m_day(new QDateEdit(this)),
      m_message(ui::errorLabel(u"lookup.message"_s, this)), m_summary(new QLabel(this)),
      m_history(new QTableWidget(this))
{
    setObjectName(u"lookup"_s);
    ui::describe(m_number, u"lookup.number"_s, tr("Ticket number"),
                 tr("The number printed on the ticket, e.g. A-012"));
    ui::describe(m_day, u"lookup.day"_s, tr("Date"), tr("The day the ticket was taken"));
    m_number->setPlaceholderText(tr("e.g. A-012"));
    m_number->setMinimumHeight(44);
    m_number->setMaximumWidth(220);
    QFont big = m_number->font();
    big.setPointSize(15);
    m_number->setFont(big);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_day->setMinimumHeight(44);
    m_day->setDate(m_hall.today());
    auto* search = ui::button(tr("Find"), u"lookup.find"_s, tr("Find the ticket and show its history"), this);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Ticket number"), this));
    controls->addWidget(m_number);
    controls->addSpacing(12);
    controls->addWidget(new QLabel(tr("Date"), this));
    controls->addWidget(m_day);
    controls->addWidget(search);
    controls->addStretch();

    m_summary->setObjectName(u"lookup.summary"_s);
    m_summary->setTextFormat(Qt::RichText);
    // A service or officer name without spaces wraps instead of widening the window.
    ElidedLabel::wrapAnywhere(m_summary);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSize(12);
    m_summary->setFont(summaryFont);

    ui::describe(m_history, u"lookup.history"_s, tr("History"),
                 tr("Every recorded event of the ticket, oldest first"));
    m_history->setColumnCount(5);
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Event"), tr("Booth"), tr("Staff"), tr("Details")});
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->setDefaultSectionSize(32);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(ui::title(tr("Find a ticket"), u"lookup.title"_s, this));
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_history, 1);

    connect(search, &QPushButton::clicked, this, &LookupView::search);
    connect(m_number, &QLineEdit::returnPressed, this, &LookupView::search);
}

void LookupView::search()
{
    (void)find(m_number->text(), m_day->date()); // the view shows what went wrong
}

Status LookupView::find(const QString& text, QDate day)
{
    m_number->setText(text);
    m_day->setDate(day);
    m_summary->clear();
    m_history->setRowCount(0);
    const auto number = TicketNumber::parse(text.trimmed().toUpper());
    if (!number) {
        const Error error =
            makeError(ErrorKind::BadInput, ErrorCode::BadNumber,
                      tr("\"%1\" is not a ticket number; write it as printed, e.g. A-012.").arg(text));
        ui::setError(m_message, error.message);
        return error;
    }
    auto ticket = m_hall.queue.ticket(*number, day);
    if (!ticket.ok()) {
        ui::setError(m_message, ticket.error().message);
        return ticket.error();
    }
    auto events = m_hall.audit.forTicket(ticket.value().id);
    if (!events.ok()) {
        ui::setError(m_message, events.error().message);
        return events.error();
    }
    ui::setError(m_message, {});
    showTicket(ticket.value(), events.value());
    return Done{};
}

QString LookupView::eventLabel(const AuditEvent& e)
{
    if (!e.kind)
        return e.kindText;
    switch (*e.kind) {
    case EventKind::TicketIssued:
        return tr("Ticket taken");
    case EventKind::TicketCalled:
        return tr("Called");
    case EventKind::TicketRecalled:
        return tr("Called again");
    case EventKind::TicketServing:
        return tr("Service started");
    case EventKind::TicketDone:
        return tr("Finished");
    case EventKind::TicketNoShow:
        return tr("Did not come (no-show)");
    case EventKind::TicketTransferred:
        return tr("Transferred to another service");
    case EventKind::TicketRequeued:
        return tr("Put back in the queue");
    case EventKind::TicketCancelled:
        return tr("Cancelled");
    case EventKind::TicketExpired:
        return tr("Expired at the end of the day");
    case EventKind::DeviceFault:
        return tr("Device fault");
    default:
        return e.kindText;
    }
}

QString LookupView::staffName(const QString& staffId) const
{
    auto member = m_hall.staff.find(staffId);
    return member.ok() ? member.value().name + u" ("_s + staffId + u')' : staffId;
}

QString LookupView::details(const AuditEvent& e) const
{
    QStringList parts;
    if (e.kind == EventKind::TicketIssued) {
        parts << tr("service %1").arg(e.data.value(u"service"_s).toString());
        if (e.data.value(u"priority"_s).toBool())
            parts << tr("priority");
        parts << tr("%n ahead", nullptr, e.data.value(u"ahead"_s).toInt());
        parts << tr("estimate %1 min").arg(e.data.value(u"estimated_wait_min"_s).toInt());
    } else if (e.kind == EventKind::TicketTransferred) {
        parts << tr("from %1 to %2")
                     .arg(e.data.value(u"from_service"_s).toString(), e.data.value(u"service"_s).toString());
    } else if (e.kind == EventKind::TicketDone) {
        if (const auto outcome = outcomeFromKey(e.data.value(u"outcome"_s).toString()))
            parts << Labels::outcome(*outcome);
    } else if (e.kind == EventKind::DeviceFault) {
        parts << e.data.value(u"device"_s).toString() + u": "_s + e.data.value(u"message"_s).toString();
    }
    return parts.join(u", "_s);
}

void LookupView::showTicket(const TicketInfo& t, const QList<AuditEvent>& events)
{
    const QTimeZone zone = m_hall.zone();
    const auto at = [&](const QDateTime& instant) {
        return instant.isValid() ? ReportFormat::time(instant, zone) : ReportFormat::dash();
    };
    QString service = t.serviceName;
    if (t.transferred && t.originalServiceCode != t.serviceCode)
        service += u' ' + tr("(taken for %1)").arg(t.originalServiceCode);
    QString status = Labels::status(t.status);
    if (t.outcome)
        status += u" — "_s + Labels::outcome(*t.outcome);
    if (t.priority)
        status += u" · "_s + tr("priority");
    const QString wait =
        t.firstCalledAt.isValid()
            ? tr("%1 min").arg(ReportFormat::minutes(t.issuedAt.secsTo(t.firstCalledAt) / 60.0))
            : ReportFormat::dash();
    const QList<std::pair<QString, QString>> rows{
        {tr("Service"), service},
        {tr("Status"), status},
        {tr("Taken"), at(t.issuedAt)},
        {tr("First called"), at(t.firstCalledAt)},
        {tr("Wait to first call"), wait},
        {tr("Service started"), at(t.servingAt)},
        {tr("Finished"), at(t.finishedAt)},
        {tr("Booth"), t.counterCode.isEmpty() ? ReportFormat::dash() : t.counterCode},
        {tr("Officer"), t.staffId.isEmpty() ? ReportFormat::dash() : staffName(t.staffId)},
    };
    QString html = u"<p><span style='font-size:22pt; font-weight:bold'>%1</span>&nbsp;&nbsp; %2</p>"
                   u"<table cellspacing='0' cellpadding='3'>"_s.arg(
                       t.number.toString(), ReportFormat::date(t.businessDay).toHtmlEscaped());
    for (const auto& [label, value] : rows)
        html += u"<tr><td style='color:#555; padding-right:16px'>%1</td><td><b>%2</b></td></tr>"_s.arg(
            label.toHtmlEscaped(), ElidedLabel::breakable(value).toHtmlEscaped());
    m_summary->setText(html + u"</table>"_s);
    m_history->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const AuditEvent& e = events.at(row);
        const QStringList cells{ReportFormat::time(e.at, zone), eventLabel(e), e.counterCode,
                                e.staffId.isEmpty() ? QString() : staffName(e.staffId), details(e)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 1)
                item->setData(Qt::UserRole, e.kindText);
            m_history->setItem(row, column, item);
        }
    }
}

} // namespace antre
