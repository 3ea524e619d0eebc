#include "supervisor_ui/LoginView.h"

#include "supervisor_ui/UiHelpers.h"
#include "ui_common/Style.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

LoginView::LoginView(StaffService& staff, const QString& hallName, QWidget* parent)
    : QWidget(parent), m_staff(staff), m_id(new QLineEdit(this)), m_pin(new QLineEdit(this)),
      m_submit(ui::button(tr("Sign in"), u"login.submit"_s, tr("Sign in with the staff ID and PIN"), this)),
      m_error(ui::errorLabel(u"login.error"_s, this))
{
    setObjectName(u"login"_s);
    auto* card = new QFrame(this);
    card->setObjectName(u"login.card"_s);
    card->setFixedWidth(560);
    card->setStyleSheet(
        u"#login\\.card { background: %1; border-radius: 8px; }"_s.arg(Style::surface().name()));

    auto* hall = ui::title(hallName, u"login.hall"_s, card);
    auto* subtitle = new QLabel(tr("Supervisor — dashboard, reports and configuration"), card);
    subtitle->setWordWrap(true);

    QFont big = m_id->font();
    big.setPointSize(16);
    for (QLineEdit* edit : {m_id, m_pin}) {
        edit->setFont(big);
        edit->setMinimumHeight(52);
    }
    ui::describe(m_id, u"login.id"_s, tr("Staff ID"), tr("Your staff ID, e.g. your NIP"));
    ui::describe(m_pin, u"login.pin"_s, tr("PIN"), tr("Your PIN, 4 to 12 digits"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,12}"_s), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly);
    m_submit->setFont(big);
    m_submit->setMinimumHeight(56);
    m_submit->setDefault(true);
    m_submit->setStyleSheet(
        u"QPushButton { background: %1; color: white; border-radius: 6px; }"_s.arg(Style::primary().name()));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Staff ID"), m_id);
    form->addRow(tr("PIN"), m_pin);

    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(40, 36, 40, 36);
    cardLayout->setSpacing(14);
    cardLayout->addWidget(hall);
    cardLayout->addWidget(subtitle);
    cardLayout->addSpacing(10);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_submit);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch();

    connect(m_submit, &QPushButton::clicked, this, &LoginView::submit);
    connect(m_id, &QLineEdit::returnPressed, this, [this] { m_pin->setFocus(); });
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginView::submit);
    m_id->setFocus();
}

void LoginView::setStaffId(const QString& staffId)
{
    m_id->setText(staffId);
    if (!staffId.isEmpty())
        m_pin->setFocus();
}

void LoginView::clear()
{
    m_pin->clear();
    ui::setError(m_error, {});
}

Status LoginView::mayUse(const StaffMember& member)
{
    if (member.role == Role::Officer)
        return makeError(
            ErrorKind::Refused, ErrorCode::NotSupervisor,
            tr("%1 is a booth officer. Only supervisors and administrators may use this program; "
               "officers sign in at their booth.")
                .arg(member.name));
    return Done{};
}

void LoginView::submit()
{
    const QString id = m_id->text().trimmed();
    if (id.isEmpty() || m_pin->text().isEmpty()) {
        ui::setError(m_error, tr("Enter your staff ID and PIN."));
        return;
    }
    auto member = m_staff.login(id, m_pin->text());
    m_pin->clear();
    if (!member.ok()) {
        ui::setError(m_error, member.error().message);
        return;
    }
    if (auto allowed = mayUse(member.value()); !allowed.ok()) {
        ui::setError(m_error, allowed.error().message);
        return;
    }
    ui::setError(m_error, {});
    Q_EMIT loggedIn(member.value());
}

} // namespace antre
