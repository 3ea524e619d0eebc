#include "supervisor_ui/ComplaintDetail.h"

#include "core/QueueService.h"
#include "core/complaint/ComplaintRules.h"
#include "core/hall/Hall.h"
#include "core/services/ComplaintService.h"
#include "core/services/StaffService.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
QLabel* wrapped(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit* editor(const QString& objectName, const QString& name, const QString& description,
                       QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    ui::describe(edit, objectName, name, description);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}

// The button for a step, named as the desk says it.
QString stepText(ComplaintStatus to)
{
    switch (to) {
    case ComplaintStatus::Diterima:
        break;
    case ComplaintStatus::Diverifikasi:
        return ComplaintDetail::tr("Verify");
    case ComplaintStatus::Ditindaklanjuti:
        return ComplaintDetail::tr("Follow up");
    case ComplaintStatus::Dijawab:
        return ComplaintDetail::tr("Record answer");
    case ComplaintStatus::Selesai:
        return ComplaintDetail::tr("Close");
    case ComplaintStatus::Ditolak:
        return ComplaintDetail::tr("Reject");
    }
    return ComplaintLabels::status(to);
}
} // namespace

ComplaintDetail::ComplaintDetail(HallAccess& hall, QString actorId, bool mayEdit, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_actorId(std::move(actorId)), m_mayEdit(mayEdit),
      m_heading(ui::title({}, u"complaints.detail.heading"_s, this)),
      m_facts(wrapped(u"complaints.detail.facts"_s, this)), m_text(new QPlainTextEdit(this)),
      m_answerShown(wrapped(u"complaints.detail.answerShown"_s, this)), m_history(new QListWidget(this)),
      m_actions(new QWidget(this)), m_steps(new QHBoxLayout),
      m_note(editor(u"complaints.note"_s, tr("Note"),
                    tr("A note for the history; the reason when the complaint is rejected"), this)),
      m_answer(editor(u"complaints.answer"_s, tr("Answer to the citizen"),
                      tr("The answer given to the citizen, recorded with the step to answered"), this)),
      m_answerLabel(new QLabel(tr("Answer to the citizen"), this)),
      m_addNote(ui::button(tr("Add note"), u"complaints.addNote"_s, tr("Add the note to the history"), this)),
      m_assignAgency(new QComboBox(this)), m_assignStaff(new QComboBox(this)),
      m_assign(ui::button(tr("Assign"), u"complaints.assign"_s,
                          tr("Assign the complaint to the agency and officer chosen"), this)),
      m_message(ui::errorLabel(u"complaints.message"_s, this))
{
    setObjectName(u"complaints.detail"_s);
    ui::describe(m_text, u"complaints.detail.text"_s, tr("Complaint"), tr("What the citizen said"));
    m_text->setReadOnly(true);
    m_text->setMinimumHeight(80);
    m_text->setMaximumHeight(140);
    ui::describe(m_history, u"complaints.history"_s, tr("History"),
                 tr("Every change of the complaint with its note, oldest first"));
    m_history->setWordWrap(true);
    m_history->setMinimumHeight(90);
    ui::describe(m_assignAgency, u"complaints.assignAgency"_s, tr("Agency"),
                 tr("The agency that follows the complaint up"));
    ui::describe(m_assignStaff, u"complaints.assignStaff"_s, tr("Officer"),
                 tr("The officer responsible for the complaint"));
    for (QComboBox* box : {m_assignAgency, m_assignStaff}) {
        box->setMinimumHeight(34);
        // Long agency and staff names must not widen the pane past the list.
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }

    auto* historyTitle = new QLabel(tr("History"), this);
    QFont bold = historyTitle->font();
    bold.setBold(true);
    historyTitle->setFont(bold);

    auto* actionLayout = new QVBoxLayout(m_actions);
    actionLayout->setContentsMargins(0, 0, 0, 0);
    m_steps->setSpacing(6);
    auto* stepsTitle = new QLabel(tr("Next step"), m_actions);
    stepsTitle->setFont(bold);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(m_note, 1);
    noteRow->addWidget(m_addNote, 0, Qt::AlignTop);
    auto* assignRow = new QHBoxLayout;
    assignRow->addWidget(new QLabel(tr("Assign to"), m_actions));
    assignRow->addWidget(m_assignAgency, 1);
    assignRow->addWidget(m_assignStaff, 1);
    assignRow->addWidget(m_assign);
    actionLayout->addWidget(stepsTitle);
    actionLayout->addLayout(m_steps);
    actionLayout->addWidget(new QLabel(tr("Note (the reason, to reject)"), m_actions));
    actionLayout->addLayout(noteRow);
    actionLayout->addWidget(m_answerLabel);
    actionLayout->addWidget(m_answer);
    actionLayout->addLayout(assignRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_facts);
    layout->addWidget(m_text);
    layout->addWidget(m_answerShown);
    layout->addWidget(historyTitle);
    layout->addWidget(m_history, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_actions);
    m_actions->setVisible(m_mayEdit);

    connect(m_addNote, &QPushButton::clicked, this, [this] { (void)addNote(); });
    connect(m_assign, &QPushButton::clicked, this, [this] { (void)assign(); });
    clear();
}

void ComplaintDetail::clear()
{
    m_complaint = {};
    m_heading->setText(tr("No complaint selected"));
    m_facts->clear();
    m_text->clear();
    m_answerShown->hide();
    m_history->clear();
    m_actions->setEnabled(false);
    dropSteps();
}

void ComplaintDetail::dropSteps()
{
    // A step button may be the one whose click is being handled: it goes once that is over, unnamed and
    // hidden meanwhile so that nothing finds it.
    for (QPushButton* b : std::as_const(m_stepButtons)) {
        b->hide();
        b->setObjectName(QString());
        m_steps->removeWidget(b);
        b->deleteLater();
    }
    m_stepButtons.clear();
}

void ComplaintDetail::reloadStaff()
{
    auto config = m_hall.queue.config();
    m_assignAgency->clear();
    m_assignAgency->addItem(tr("— agency —"), QString());
    if (config.ok())
        for (const AgencyConfig& agency : config.value().agencies)
            m_assignAgency->addItem(agency.name, agency.code);
    m_assignStaff->clear();
    m_assignStaff->addItem(tr("— officer —"), QString());
    if (auto members = m_hall.staff.list(); members.ok())
        for (const StaffMember& member : members.value())
            if (member.active)
                m_assignStaff->addItem(tr("%1 (%2)").arg(member.name, member.id), member.id);
    m_assignAgency->setCurrentIndex(qMax(0, m_assignAgency->findData(m_complaint.assignedAgency)));
    m_assignStaff->setCurrentIndex(qMax(0, m_assignStaff->findData(m_complaint.assignedStaff)));
}

void ComplaintDetail::showComplaint(const Complaint& c)
{
    const bool same = c.reference == m_complaint.reference;
    m_complaint = c;
    const QTimeZone zone = m_hall.zone();
    m_heading->setText(tr("%1 · %2").arg(c.reference, ComplaintLabels::status(c.status)));
    const QString dash = ReportFormat::dash();
    const auto orDash = [&dash](const QString& text) { return text.isEmpty() ? dash : text; };
    QStringList facts{
        tr("Received %1 via %2")
            .arg(ReportFormat::dateTime(c.receivedAt, zone), ComplaintLabels::channel(c.channel)),
        tr("Category: %1 · SLA: %2, answer due %3")
            .arg(ComplaintLabels::category(c.category), ComplaintLabels::sla(c.sla),
                 ReportFormat::date(c.dueDay)),
        tr("Contact: %1").arg(orDash(c.contact)),
        tr("Ticket: %1 · service: %2 · agency: %3 · booth: %4")
            .arg(orDash(c.ticket), orDash(c.service), orDash(c.agency), orDash(c.counter)),
        tr("Assigned to: %1 · %2").arg(orDash(c.assignedAgency), orDash(c.assignedStaff))};
    if (!c.laporId.isEmpty())
        facts.insert(1, tr("LAPOR! tracking number: %1").arg(c.laporId));
    if (c.isOverdue(m_hall.today()))
        facts.prepend(tr("⚠ Overdue: the answer was due %1").arg(ReportFormat::date(c.dueDay)));
    if (c.status == ComplaintStatus::Ditolak)
        facts.append(tr("Rejected: %1").arg(c.rejectReason));
    m_facts->setText(facts.join(u'\n'));
    m_facts->setStyleSheet(c.isOverdue(m_hall.today()) ? u"color: %1;"_s.arg(Style::danger().name())
                                                       : QString());
    m_text->setPlainText(c.text);
    m_answerShown->setVisible(!c.answer.isEmpty());
    m_answerShown->setText(
        tr("Answer given (%1): %2")
            .arg(c.answeredAt.isValid() ? ReportFormat::dateTime(c.answeredAt, zone) : dash, c.answer));

    m_history->clear();
    for (const ComplaintNote& note : c.notes) {
        QString line = tr("%1 · %2 · %3")
                           .arg(ReportFormat::dateTime(note.at, zone), ComplaintLabels::status(note.status),
                                note.staffId.isEmpty() ? tr("kiosk") : note.staffId);
        if (!note.text.isEmpty())
            line += u"\n"_s + note.text;
        m_history->addItem(line);
    }
    if (c.notes.isEmpty())
        m_history->addItem(tr("Received; no notes yet."));

    dropSteps();
    for (const ComplaintStatus next : ComplaintRules::nextStatuses(c.status)) {
        auto* b = ui::button(stepText(next), u"complaints.to."_s + toKey(next),
                             tr("Move the complaint to %1").arg(ComplaintLabels::status(next)), m_actions);
        if (next == ComplaintStatus::Ditolak)
            b->setStyleSheet(u"color: %1;"_s.arg(Style::danger().name()));
        connect(b, &QPushButton::clicked, this, [this, next] { (void)moveTo(next); });
        m_steps->addWidget(b);
        b->show(); // a layout shows a new child only later, from the event loop
        m_stepButtons.append(b);
    }
    if (m_stepButtons.isEmpty()) {
        auto* none = new QPushButton(tr("Closed: notes only"), m_actions);
        none->setObjectName(u"complaints.final"_s);
        none->setEnabled(false);
        m_steps->addWidget(none);
        none->show();
        m_stepButtons.append(none);
    }
    const bool mayAnswer = ComplaintRules::canMove(c.status, ComplaintStatus::Dijawab);
    m_answer->setVisible(mayAnswer);
    m_answerLabel->setVisible(mayAnswer);
    const bool final = ComplaintRules::isFinal(c.status);
    m_assign->setEnabled(!final);
    m_assignAgency->setEnabled(!final);
    m_assignStaff->setEnabled(!final);
    m_actions->setEnabled(m_mayEdit);
    if (!same) {
        m_note->clear();
        m_answer->clear();
        ui::setError(m_message, {});
    }
    reloadStaff();
}

Status ComplaintDetail::apply(const ComplaintUpdate& change, const QString& done)
{
    if (!m_mayEdit)
        return makeError(ErrorKind::Refused, ErrorCode::NotSupervisor,
                         tr("Only supervisors and administrators change complaints."));
    auto updated = m_hall.all.complaints.update(m_complaint.reference, change);
    if (!updated.ok()) {
        ui::setError(m_message, updated.error().message);
        return updated.error();
    }
    m_note->clear();
    m_answer->clear();
    auto found = m_hall.all.complaints.find(m_complaint.reference);
    showComplaint(found.ok() ? found.value() : updated.value());
    ui::setNotice(m_message, done, true);
    Q_EMIT changed(m_complaint.reference);
    return Done{};
}

Status ComplaintDetail::moveTo(ComplaintStatus status)
{
    if (m_complaint.reference.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownComplaint, tr("Select a complaint first."));
    ComplaintUpdate change;
    change.status = status;
    change.note = m_note->toPlainText();
    change.actorId = m_actorId;
    if (status == ComplaintStatus::Ditolak && change.note.trimmed().isEmpty()) {
        const QString message = tr("Write the reason for the rejection in the note first.");
        ui::setError(m_message, message);
        m_note->setFocus();
        return makeError(ErrorKind::Refused, ErrorCode::IllegalTransition, message);
    }
    if (status == ComplaintStatus::Dijawab && !m_answer->toPlainText().trimmed().isEmpty())
        change.answer = m_answer->toPlainText();
    return apply(change, tr("%1 is now %2.").arg(m_complaint.reference, ComplaintLabels::status(status)));
}

Status ComplaintDetail::addNote()
{
    ComplaintUpdate change;
    change.note = m_note->toPlainText();
    change.actorId = m_actorId;
    if (change.note.trimmed().isEmpty()) {
        const QString message = tr("Write the note first.");
        ui::setError(m_message, message);
        return makeError(ErrorKind::BadInput, ErrorCode::BadText, message);
    }
    return apply(change, tr("Note added."));
}

Status ComplaintDetail::assign()
{
    ComplaintUpdate change;
    change.actorId = m_actorId;
    const QString agency = m_assignAgency->currentData().toString();
    const QString staff = m_assignStaff->currentData().toString();
    if (!agency.isEmpty() && agency != m_complaint.assignedAgency)
        change.assignAgency = agency;
    if (!staff.isEmpty() && staff != m_complaint.assignedStaff)
        change.assignStaff = staff;
    change.note = m_note->toPlainText();
    if (!change.assignAgency && !change.assignStaff) {
        const QString message = tr("Choose another agency or officer first.");
        ui::setError(m_message, message);
        return makeError(ErrorKind::NothingToDo, ErrorCode::IllegalTransition, message);
    }
    return apply(change, tr("Assigned."));
}

ComplaintDetail::~ComplaintDetail() = default;

} // namespace antre
