#include "supervisor_ui/ComplaintDesk.h"

#include "core/hall/Hall.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ComplaintService.h"
#include "supervisor_ui/ComplaintDetail.h"
#include "supervisor_ui/ComplaintForm.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
// The status filter's first two entries; the statuses follow under their keys.
const QString kAnyStatus = u"*"_s;
const QString kOpenStatus = u"open"_s;

// Days in the list as 26/11/2026: seven columns share half a 1366-pixel screen.
QString shortDay(QDate day)
{
    return day.toString(u"dd/MM/yyyy"_s);
}
} // namespace

ComplaintDesk::ComplaintDesk(HallAccess& hall, const StaffMember& actor, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_actor(actor), m_status(new QComboBox(this)),
      m_channel(new QComboBox(this)), m_overdue(new QCheckBox(tr("Overdue only"), this)),
      m_search(new QLineEdit(this)),
      m_add(ui::button(tr("Record complaint"), u"complaints.add"_s,
                       tr("Record a complaint that came in person, by phone, letter, e-mail, social media or "
                          "SP4N-LAPOR!"),
                       this)),
      m_count(new QLabel(this)), m_error(ui::errorLabel(u"complaints.error"_s, this)),
      m_list(new QTableWidget(this)), m_side(new QStackedWidget(this)),
      m_detail(new ComplaintDetail(hall, actor.id, mayEdit(actor), this)),
      m_form(new ComplaintForm(hall, actor.id, this))
{
    setObjectName(u"complaints.view"_s);
    ui::describe(m_status, u"complaints.filter.status"_s, tr("Status"),
                 tr("Show complaints with this status"));
    m_status->addItem(tr("All statuses"), kAnyStatus);
    m_status->addItem(tr("Open (not closed or rejected)"), kOpenStatus);
    for (const ComplaintStatus status : allComplaintStatuses())
        m_status->addItem(ComplaintLabels::status(status), toKey(status));
    ui::describe(m_channel, u"complaints.filter.channel"_s, tr("Channel"),
                 tr("Show complaints that came by this channel"));
    m_channel->addItem(tr("All channels"), QString());
    for (const ComplaintChannel channel : allComplaintChannels())
        m_channel->addItem(ComplaintLabels::channel(channel), toKey(channel));
    ui::describe(m_overdue, u"complaints.filter.overdue"_s, tr("Overdue only"),
                 tr("Only open complaints whose answer is past its due day"));
    ui::describe(m_search, u"complaints.filter.search"_s, tr("Reference"),
                 tr("Find a complaint by its reference or LAPOR! tracking number"));
    m_search->setPlaceholderText(tr("Search reference, e.g. ADU-2026-00042"));
    m_search->setClearButtonEnabled(true);
    for (QWidget* w : std::initializer_list<QWidget*>{m_status, m_channel, m_search})
        w->setMinimumHeight(36);
    m_count->setObjectName(u"complaints.count"_s);

    ui::describe(m_list, u"complaints.list"_s, tr("Complaints"),
                 tr("Complaints with their due day, newest first; select one to see and follow it up"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHorizontalHeaderLabels({tr("Reference"), tr("Received"), tr("Category"), tr("Channel"),
                                       tr("Agency"), tr("Status"), tr("Due")});
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(32);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    // Category and channel give way (elided, the full text in the tooltip) so that the due day stays in view.
    QHeaderView* header = m_list->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Category, QHeaderView::Stretch);
    header->setSectionResizeMode(Channel, QHeaderView::Interactive);
    m_list->setColumnWidth(Channel, 112);
    m_list->installEventFilter(this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_status);
    filters->addWidget(m_channel);
    filters->addWidget(m_overdue);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_add);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addWidget(m_count);
    m_side->addWidget(m_detail);
    m_side->addWidget(m_form);
    auto* split = m_split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"complaints.split"_s);
    split->addWidget(left);
    split->addWidget(m_side);
    // The list needs its seven columns; the detail wraps.
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_side->setMinimumWidth(420);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(ui::title(tr("Complaint desk"), u"complaints.title"_s, this));
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    m_add->setVisible(mayEdit(actor));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ComplaintDesk::refresh);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &ComplaintDesk::refresh);
    connect(m_overdue, &QCheckBox::toggled, this, &ComplaintDesk::refresh);
    connect(m_search, &QLineEdit::textChanged, this, &ComplaintDesk::refresh);
    connect(m_add, &QPushButton::clicked, this, &ComplaintDesk::startNew);
    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_shown.size())
            select(m_shown.at(row).reference);
    });
    connect(m_form, &ComplaintForm::recorded, this, [this](const QString& reference) {
        m_side->setCurrentWidget(m_detail);
        m_selected = reference;
        refresh();
        select(reference);
    });
    connect(m_form, &ComplaintForm::cancelled, this, [this] { m_side->setCurrentWidget(m_detail); });
    connect(m_detail, &ComplaintDetail::changed, this, &ComplaintDesk::refresh);
    connect(&m_hall.changes, &ChangeNotifier::changed, this, &ComplaintDesk::onDatabaseChanged);
    refresh();
    if (!m_shown.isEmpty())
        select(m_shown.constFirst().reference);
}

bool ComplaintDesk::mayEdit(const StaffMember& member)
{
    return member.role == Role::Supervisor || member.role == Role::Admin;
}

void ComplaintDesk::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_sized) {
        // Left to itself the splitter gives the detail its full width; the list comes first.
        m_sized = true;
        const int width = m_split->width();
        m_split->setSizes({width * 62 / 100, width - width * 62 / 100});
    }
    if (m_stale)
        refresh();
}

bool ComplaintDesk::eventFilter(QObject* watched, QEvent* event)
{
    // On a narrow list the agency gives way (the detail names it).
    if (watched == m_list && event->type() == QEvent::Resize)
        m_list->setColumnHidden(Agency, m_list->width() < 900);
    return QWidget::eventFilter(watched, event);
}

void ComplaintDesk::onDatabaseChanged()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void ComplaintDesk::showPreset(Preset preset)
{
    {
        const QSignalBlocker blockStatus(m_status);
        const QSignalBlocker blockChannel(m_channel);
        const QSignalBlocker blockOverdue(m_overdue);
        const QSignalBlocker blockSearch(m_search);
        m_status->setCurrentIndex(m_status->findData(preset == Preset::Open ? kOpenStatus : kAnyStatus));
        m_channel->setCurrentIndex(0);
        m_overdue->setChecked(preset == Preset::Overdue);
        m_search->clear();
    }
    refresh();
}

void ComplaintDesk::refresh()
{
    m_stale = false;
    ComplaintFilter filter;
    const QString statusKey = m_status->currentData().toString();
    filter.openOnly = statusKey == kOpenStatus;
    filter.status = complaintStatusFromKey(statusKey);
    filter.overdueOnly = m_overdue->isChecked();
    auto listed = m_hall.all.complaints.list(filter);
    auto today = m_hall.all.complaints.today();
    if (!listed.ok() || !today.ok()) {
        ui::setError(m_error, !listed.ok() ? listed.error().message : today.error().message);
        return;
    }
    ui::setError(m_error, {});
    const auto channel = complaintChannelFromKey(m_channel->currentData().toString());
    const QString search = m_search->text().trimmed();
    m_shown.clear();
    for (const Complaint& c : listed.value()) {
        if (channel && c.channel != *channel)
            continue;
        if (!search.isEmpty() && !c.reference.contains(search, Qt::CaseInsensitive) &&
            !c.laporId.contains(search, Qt::CaseInsensitive))
            continue;
        m_shown.append(c);
    }
    const QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_shown.size()));
    int selectedRow = -1;
    for (int row = 0; row < m_shown.size(); ++row) {
        fillRow(row, m_shown.at(row), today.value());
        if (m_shown.at(row).reference == m_selected)
            selectedRow = row;
    }
    m_list->setCurrentCell(selectedRow, 0);
    m_count->setText(tr("%n complaint(s) shown", nullptr, int(m_shown.size())));
    if (!m_selected.isEmpty()) {
        // The detail follows the change, also when another program made it.
        if (auto found = m_hall.all.complaints.find(m_selected); found.ok())
            m_detail->showComplaint(found.value());
    }
}

void ComplaintDesk::fillRow(int row, const Complaint& c, QDate today)
{
    const bool overdue = c.isOverdue(today);
    QString due = shortDay(c.dueDay);
    if (overdue)
        due = tr("%1 · overdue").arg(due);
    const QStringList cells{c.reference,
                            shortDay(c.receivedDay),
                            ComplaintLabels::category(c.category),
                            ComplaintLabels::channel(c.channel),
                            c.assignedAgency.isEmpty() ? c.agency : c.assignedAgency,
                            ComplaintLabels::status(c.status),
                            due};
    for (int column = 0; column < ColumnCount; ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, c.reference);
        if (column == Due && overdue) {
            item->setForeground(Style::danger());
            item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (column == Status && !c.isOpen())
            item->setForeground(Style::muted());
        item->setToolTip(cells.at(column));
        m_list->setItem(row, column, item);
    }
}

void ComplaintDesk::select(const QString& reference)
{
    auto found = m_hall.all.complaints.find(reference);
    if (!found.ok()) {
        ui::setError(m_error, found.error().message);
        return;
    }
    m_selected = reference;
    m_side->setCurrentWidget(m_detail);
    m_detail->showComplaint(found.value());
    const QSignalBlocker block(m_list);
    for (int row = 0; row < m_shown.size(); ++row)
        if (m_shown.at(row).reference == reference)
            m_list->setCurrentCell(row, 0);
}

void ComplaintDesk::startNew()
{
    if (!mayEdit(m_actor))
        return;
    m_form->reset();
    m_side->setCurrentWidget(m_form);
}

ComplaintDesk::~ComplaintDesk() = default;

} // namespace antre
