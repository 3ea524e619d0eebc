#include "kiosk_ui/ExitPanel.h"

#include "core/services/StaffService.h"
#include "kiosk_ui/KioskTheme.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {
const QString kBackspace = u"⌫"_s;
const QStringList kRows{u"1234567890"_s, u"QWERTYUIOP"_s, u"ASDFGHJKL"_s, u"ZXCVBNM"_s};
} // namespace

ExitPanel::ExitPanel(StaffService& staff, QWidget* parent)
    : QWidget(parent), m_staff(staff), m_card(new QFrame(this)), m_title(KioskTheme::label("title", m_card)),
      m_hint(KioskTheme::label("subtitle", m_card)), m_id(new QLineEdit(m_card)),
      m_pin(new QLineEdit(m_card)), m_message(KioskTheme::label("reason", m_card)),
      m_confirm(KioskTheme::button("primary", u"exitConfirmButton"_s, m_card)),
      m_cancel(KioskTheme::button("secondary", u"exitCancelButton"_s, m_card)), m_target(m_id)
{
    setObjectName(u"exitOverlay"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_card->setObjectName(u"exitPanel"_s);
    m_card->setProperty("kiosk", u"card"_s);
    m_id->setObjectName(u"exitStaffId"_s);
    m_pin->setObjectName(u"exitPin"_s);
    m_message->setObjectName(u"exitMessage"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    for (QLineEdit* edit : {m_id, m_pin}) {
        edit->installEventFilter(this); // a tap chooses which field the on-screen keys type into
        edit->setContextMenuPolicy(Qt::NoContextMenu);
    }
    connect(m_confirm, &QPushButton::clicked, this, &ExitPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT cancelled();
    });
    connect(m_pin, &QLineEdit::returnPressed, this, &ExitPanel::confirm);

    auto* keys = new QGridLayout;
    keys->setSpacing(8);
    for (int row = 0; row < kRows.size(); ++row) {
        for (int i = 0; i < kRows.at(row).size(); ++i) {
            const QString key = kRows.at(row).at(i);
            auto* button = KioskTheme::button("key", u"key_"_s + key, m_card);
            button->setText(key);
            button->setAccessibleName(key);
            connect(button, &QPushButton::clicked, this, [this, key] { press(key); });
            keys->addWidget(button, row, i);
            m_keys << button;
        }
    }
    auto* backspace = KioskTheme::button("key", u"key_backspace"_s, m_card);
    backspace->setText(kBackspace);
    connect(backspace, &QPushButton::clicked, this, [this] { press(kBackspace); });
    keys->addWidget(backspace, 3, 7, 1, 3);
    m_keys << backspace;

    auto* fields = new QGridLayout;
    fields->addWidget(m_id, 0, 0);
    fields->addWidget(m_pin, 0, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel, 1);
    buttons->addWidget(m_confirm, 1);

    auto* card = new QVBoxLayout(m_card);
    card->setContentsMargins(40, 32, 40, 32);
    card->setSpacing(18);
    card->addWidget(m_title);
    card->addWidget(m_hint);
    card->addLayout(fields);
    card->addWidget(m_message);
    card->addLayout(keys);
    card->addLayout(buttons);

    auto* outer = new QVBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(m_card, 0, Qt::AlignHCenter);
    outer->addStretch(1);
    m_card->setMaximumWidth(1100);
    retranslate();
    hide();
}

void ExitPanel::open()
{
    m_id->clear();
    m_pin->clear();
    m_message->clear();
    m_message->hide();
    m_target = m_id;
    m_id->setFocus();
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

void ExitPanel::dismiss()
{
    m_id->clear();
    m_pin->clear();
    hide();
}

bool ExitPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
        if (watched == m_id || watched == m_pin)
            m_target = static_cast<QLineEdit*>(watched);
    }
    return QWidget::eventFilter(watched, event);
}

void ExitPanel::press(const QString& key)
{
    if (key == kBackspace)
        m_target->backspace();
    else
        m_target->insert(key);
}

void ExitPanel::confirm()
{
    const QString id = m_id->text().trimmed();
    auto login = m_staff.login(id, m_pin->text());
    m_pin->clear();
    if (!login.ok()) {
        m_message->setText(login.error().message);
        m_message->show();
        return;
    }
    if (login.value().role != Role::Supervisor && login.value().role != Role::Admin) {
        m_message->setText(tr("Only a supervisor or an admin can close the kiosk."));
        m_message->show();
        return;
    }
    dismiss();
    Q_EMIT exitAuthorized(login.value().id);
}

void ExitPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ExitPanel::retranslate()
{
    m_title->setText(tr("Close the kiosk"));
    m_hint->setText(tr("For supervisors only. Enter your staff ID and PIN."));
    m_id->setPlaceholderText(tr("Staff ID"));
    m_pin->setPlaceholderText(tr("PIN"));
    m_id->setAccessibleName(tr("Staff ID"));
    m_id->setAccessibleDescription(tr("The supervisor's staff ID"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setAccessibleDescription(tr("The supervisor's PIN"));
    m_confirm->setText(tr("Close kiosk"));
    m_confirm->setAccessibleName(tr("Close kiosk"));
    m_confirm->setAccessibleDescription(tr("Check the staff ID and PIN, then close the kiosk"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAccessibleDescription(tr("Return to the kiosk"));
    for (QPushButton* key : m_keys) {
        key->setAccessibleDescription(tr("Type this character into the selected field"));
        if (key->objectName() == u"key_backspace")
            key->setAccessibleName(tr("Delete"));
    }
}

} // namespace antre::kiosk
