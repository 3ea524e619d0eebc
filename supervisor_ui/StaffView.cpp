#include "supervisor_ui/StaffView.h"

#include "core/Clock.h"
#include "core/ConfigIo.h"
#include "core/QueueService.h"
#include "core/services/ChangeNotifier.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
enum Column
{
    Id,
    Name,
    RoleColumn,
    Counters,
    State,
    ColumnCount
};

StaffConfig toConfig(const StaffMember& m)
{
    return StaffConfig{m.id, m.name, m.role, m.counters, {}, m.active};
}
} // namespace

StaffView::StaffView(HallAccess& hall, const StaffMember& actor, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_actor(actor), m_list(new QTableWidget(this)),
      m_notice(new QLabel(this)), m_message(ui::errorLabel(u"staff.message"_s, this)),
      m_id(new QLineEdit(this)), m_name(new QLineEdit(this)), m_role(new QComboBox(this)),
      m_counters(new QListWidget(this)), m_pin(new QLineEdit(this)), m_state(new QLabel(this)),
      m_add(ui::button(tr("New member"), u"staff.add"_s, tr("Start a new staff account"), this)),
      m_save(ui::button(tr("Save"), u"staff.save"_s,
                        tr("Save name, role, booths (and the PIN for a new member)"), this)),
      m_resetPin(ui::button(tr("Set new PIN"), u"staff.resetPin"_s,
                            tr("Replace the member's PIN with the one typed above and clear any lock"),
                            this)),
      m_unlock(
          ui::button(tr("Unlock"), u"staff.unlock"_s, tr("Lift the lock after too many wrong PINs"), this)),
      m_toggleActive(ui::button(tr("Deactivate"), u"staff.toggleActive"_s,
                                tr("A deactivated member can no longer sign in; history keeps the name"),
                                this))
{
    setObjectName(u"staff"_s);
    ui::describe(m_list, u"staff.list"_s, tr("Staff"), tr("All staff accounts; select one to edit it"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHorizontalHeaderLabels({tr("Staff ID"), tr("Name"), tr("Role"), tr("Booths"), tr("Account")});
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(32);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);

    m_notice->setObjectName(u"staff.notice"_s);
    m_notice->setWordWrap(true);
    m_notice->setText(tr("Only administrators manage staff. You can see the accounts but not change them."));
    m_notice->setStyleSheet(
        u"background: #fff4d6; color: %1; padding: 8px; border-radius: 4px; font-weight: bold;"_s.arg(
            Style::text().name()));
    m_notice->setVisible(!canManage());

    for (Role role : {Role::Officer, Role::Supervisor, Role::Admin})
        m_role->addItem(Labels::role(role), toKey(role));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,12}"_s), m_pin));
    m_counters->setMinimumHeight(220);
    m_state->setObjectName(u"staff.state"_s);
    m_state->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    const auto field = [&](const QString& key, const QString& label, QWidget* editor,
                           const QString& description) {
        ui::describe(editor, u"staff."_s + key, label, description);
        editor->setMinimumHeight(qMax(editor->minimumHeight(), 36));
        auto* error = ui::errorLabel(u"staff."_s + key + u".error"_s, this);
        error->setWordWrap(false);
        auto* box = new QWidget(this);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(2);
        boxLayout->addWidget(editor);
        boxLayout->addWidget(error);
        form->addRow(label, box);
        m_errors.add(key, error);
    };
    field(u"id"_s, tr("Staff ID"), m_id, tr("NIP or another unique ID; cannot change once saved"));
    field(u"name"_s, tr("Name"), m_name, tr("Full name, shown at the booth and in reports"));
    field(u"role"_s, tr("Role"), m_role,
          tr("Officer: booth only. Supervisor: this program. Administrator: also staff"));
    field(u"counters"_s, tr("Allowed booths"), m_counters, tr("Booths this member may open"));
    field(u"pin"_s, tr("PIN"), m_pin, tr("4 to 12 digits; for a new member, or to set a new PIN"));
    form->addRow(tr("Account"), m_state);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_resetPin);
    actions->addWidget(m_unlock);
    actions->addWidget(m_toggleActive);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_message);
    right->addLayout(actions);
    right->addStretch();

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_add, 0, Qt::AlignLeft);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(16);
    columns->addLayout(right, 2);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(ui::title(tr("Staff"), u"staff.title"_s, this));
    layout->addWidget(m_notice);
    layout->addLayout(columns, 1);

    for (QWidget* w : std::initializer_list<QWidget*>{m_id, m_name, m_role, m_counters, m_pin, m_add, m_save,
                                                      m_resetPin, m_unlock, m_toggleActive})
        w->setEnabled(canManage());
    // A supervisor only reads: the actions are not offered at all.
    for (QWidget* w : std::initializer_list<QWidget*>{m_add, m_save, m_resetPin, m_unlock, m_toggleActive})
        w->setVisible(canManage());

    connect(m_list, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_members.size())
            selectMember(m_members.at(row).id);
    });
    connect(m_add, &QPushButton::clicked, this, &StaffView::startNew);
    // The actions report their outcome in the view themselves.
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveMember(); });
    connect(m_resetPin, &QPushButton::clicked, this, [this] { (void)resetPin(); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { (void)unlockMember(); });
    connect(m_toggleActive, &QPushButton::clicked, this, [this] {
        const StaffMember* member = selected();
        (void)setMemberActive(member ? !member->active : true);
    });
    connect(&m_hall.changes, &ChangeNotifier::changed, this, &StaffView::refresh);
    refresh();
    if (!m_members.isEmpty())
        selectMember(m_members.constFirst().id);
}

void StaffView::refresh()
{
    auto members = m_hall.staff.list();
    if (!members.ok()) {
        ui::setError(m_message, members.error().message);
        return;
    }
    m_members = members.value();
    const QDateTime now = m_hall.clock.now();
    const QTimeZone zone = m_hall.zone();
    const QSignalBlocker block(m_list);
    m_list->setRowCount(int(m_members.size()));
    int selectedRow = -1;
    for (int row = 0; row < m_members.size(); ++row) {
        const StaffMember& m = m_members.at(row);
        QString state = m.active ? tr("active") : tr("deactivated");
        const bool locked = m.lockedUntil.isValid() && m.lockedUntil > now;
        if (locked)
            state = tr("locked until %1").arg(ReportFormat::time(m.lockedUntil, zone));
        const QStringList cells{m.id, m.name, Labels::role(m.role), m.counters.join(u", "_s), state};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == State && (locked || !m.active))
                item->setForeground(locked ? Style::danger() : Style::muted());
            m_list->setItem(row, column, item);
        }
        if (m.id == m_selectedId)
            selectedRow = row;
    }
    m_list->setCurrentCell(selectedRow, 0);
    // Only the account line follows changes; fields being typed into stay as they are.
    if (const StaffMember* member = selected()) {
        const bool locked = member->lockedUntil.isValid() && member->lockedUntil > now;
        m_state->setText(!member->active ? tr("Deactivated")
                         : locked ? tr("Locked until %1").arg(ReportFormat::time(member->lockedUntil, zone))
                                  : tr("Active"));
        m_toggleActive->setText(member->active ? tr("Deactivate") : tr("Activate"));
    }
}

const StaffMember* StaffView::selected() const
{
    for (const auto& member : m_members)
        if (member.id == m_selectedId && !m_selectedId.isEmpty())
            return &member;
    return nullptr;
}

void StaffView::selectMember(const QString& staffId)
{
    m_selectedId = staffId;
    ui::setError(m_message, {});
    m_errors.clear();
    refresh();
    loadForm(selected());
}

void StaffView::startNew()
{
    m_selectedId.clear();
    const QSignalBlocker block(m_list);
    m_list->setCurrentCell(-1, 0);
    m_errors.clear();
    ui::setError(m_message, {});
    loadForm(nullptr);
    m_id->setFocus();
}

void StaffView::loadForm(const StaffMember* member)
{
    m_id->setText(member ? member->id : QString());
    m_id->setReadOnly(member != nullptr);
    m_name->setText(member ? member->name : QString());
    m_role->setCurrentIndex(m_role->findData(toKey(member ? member->role : Role::Officer)));
    m_pin->clear();
    m_pin->setPlaceholderText(member ? tr("leave empty to keep the PIN") : tr("required for a new member"));
    m_counters->clear();
    auto config = m_hall.queue.config();
    if (config.ok()) {
        for (const auto& counter : config.value().counters) {
            auto* item = new QListWidgetItem(counter.name + u" ("_s + counter.code + u')', m_counters);
            item->setData(Qt::UserRole, counter.code);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(member && member->counters.contains(counter.code) ? Qt::Checked
                                                                                  : Qt::Unchecked);
        }
    }
    if (!member)
        m_state->setText(tr("New account"));
    const bool manage = canManage();
    m_resetPin->setEnabled(manage && member);
    m_unlock->setEnabled(manage && member);
    m_toggleActive->setEnabled(manage && member);
}

StaffConfig StaffView::formConfig() const
{
    StaffConfig config;
    config.id = m_id->text().trimmed();
    config.name = m_name->text().trimmed();
    config.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Officer);
    for (int row = 0; row < m_counters->count(); ++row)
        if (m_counters->item(row)->checkState() == Qt::Checked)
            config.counters << m_counters->item(row)->data(Qt::UserRole).toString();
    config.pin = m_pin->text();
    const StaffMember* member = selected();
    config.active = member ? member->active : true;
    return config;
}

Status StaffView::mayManage() const
{
    if (canManage())
        return Done{};
    return makeError(ErrorKind::Refused, ErrorCode::NotAdmin, tr("Only administrators manage staff."));
}

void StaffView::report(const Status& status, const QString& success)
{
    if (status.ok())
        ui::setNotice(m_message, success, true);
    else
        ui::setError(m_message, status.error().message);
}

Status StaffView::saveMember()
{
    if (auto allowed = mayManage(); !allowed.ok()) {
        report(allowed, {});
        return allowed;
    }
    const StaffConfig edited = formConfig();
    const bool isNew = selected() == nullptr;

    // The same rules as the configuration file: the member is checked as an entry of the hall's staff list.
    auto config = m_hall.queue.config();
    if (!config.ok()) {
        report(config.error(), {});
        return config.error();
    }
    HallConfig hall = config.value();
    hall.staff.clear();
    for (const auto& member : std::as_const(m_members))
        if (member.id != m_selectedId || isNew)
            hall.staff << toConfig(member);
    hall.staff << edited;
    const QString path = u"staff["_s + QString::number(hall.staff.size() - 1) + u']';
    QList<ConfigProblem> problems = ConfigProblems(ConfigIo::validate(hall)).within(path);
    if (isNew && edited.pin.isEmpty())
        problems << ConfigProblem{path + u".pin"_s, tr("is required for a new member")};
    if (!isNew && edited.id == m_actor.id && edited.role != Role::Admin)
        problems << ConfigProblem{path + u".role"_s, tr("you cannot take away your own administrator role")};
    const QStringList rest = m_errors.show(problems, path);
    if (!problems.isEmpty()) {
        const Error error =
            makeError(ErrorKind::BadInput, ErrorCode::InvalidStaff,
                      rest.isEmpty() ? tr("Nothing was saved; see the marked fields.") : rest.join(u'\n'));
        report(error, {});
        return error;
    }
    const Status saved = m_hall.staff.save(edited, m_actor.id);
    if (saved.ok())
        selectMember(edited.id);
    report(saved, isNew ? tr("%1 added.").arg(edited.name) : tr("%1 saved.").arg(edited.name));
    return saved;
}

Status StaffView::resetPin()
{
    Status status = mayManage();
    const StaffMember* member = selected();
    if (status.ok() && !member)
        status = makeError(ErrorKind::BadInput, ErrorCode::NoMember, tr("Select a member first."));
    if (!status.ok()) {
        report(status, {});
        return status;
    }
    const QString name = member->name;
    status = m_hall.staff.setPin(member->id, m_pin->text(), m_actor.id);
    if (!status.ok()) {
        m_errors.show({ConfigProblem{u"staff.pin"_s, status.error().message}}, u"staff"_s);
        report(status, {});
        return status;
    }
    m_pin->clear();
    m_errors.clear();
    refresh();
    report(status, tr("New PIN set for %1.").arg(name));
    return status;
}

Status StaffView::unlockMember()
{
    Status status = mayManage();
    const StaffMember* member = selected();
    if (status.ok() && !member)
        status = makeError(ErrorKind::BadInput, ErrorCode::NoMember, tr("Select a member first."));
    if (status.ok()) {
        const QString name = member->name;
        status = m_hall.staff.unlock(member->id, m_actor.id);
        refresh();
        report(status, tr("%1 can sign in again.").arg(name));
        return status;
    }
    report(status, {});
    return status;
}

Status StaffView::setMemberActive(bool active)
{
    Status status = mayManage();
    const StaffMember* member = selected();
    if (status.ok() && !member)
        status = makeError(ErrorKind::BadInput, ErrorCode::NoMember, tr("Select a member first."));
    if (status.ok() && !active && member->id == m_actor.id)
        status =
            makeError(ErrorKind::Refused, ErrorCode::Self, tr("You cannot deactivate your own account."));
    if (!status.ok()) {
        report(status, {});
        return status;
    }
    const QString name = member->name;
    status = m_hall.staff.setActive(member->id, active, m_actor.id);
    refresh();
    report(status, active ? tr("%1 is active again.").arg(name) : tr("%1 is deactivated.").arg(name));
    return status;
}

} // namespace antre
