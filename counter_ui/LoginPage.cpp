#include "counter_ui/LoginPage.h"

#include "counter_ui/ActionButton.h"
#include "ui_common/ElidedLabel.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

LoginPage::LoginPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_site(new ElidedLabel(this, 2)),
      m_staffLabel(new QLabel(this)), m_staffId(new QLineEdit(this)), m_pinLabel(new QLabel(this)),
      m_pin(new QLineEdit(this)), m_login(new ActionButton(u"primary"_s, this)), m_message(new QLabel(this)),
      m_language(new QPushButton(this)), m_form(new QWidget(this))
{
    setObjectName(u"loginPage"_s);
    m_title->setObjectName(u"pageTitle"_s);
    m_title->setWordWrap(true);
    m_site->setObjectName(u"siteLabel"_s);
    m_staffLabel->setObjectName(u"fieldLabel"_s);
    m_staffLabel->setBuddy(m_staffId);
    m_pinLabel->setObjectName(u"fieldLabel"_s);
    m_pinLabel->setBuddy(m_pin);
    m_staffId->setObjectName(u"staffIdEdit"_s);
    m_staffId->setMaxLength(40);
    m_pin->setObjectName(u"pinEdit"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,12}"_s), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_login->setObjectName(u"loginButton"_s);
    m_message->setObjectName(u"loginMessage"_s);
    m_message->setWordWrap(true);
    m_language->setObjectName(u"languageButton"_s);

    auto* form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setSpacing(8);
    form->addWidget(m_title);
    form->addWidget(m_site);
    form->addSpacing(12);
    form->addWidget(m_staffLabel);
    form->addWidget(m_staffId);
    form->addWidget(m_pinLabel);
    form->addWidget(m_pin);
    form->addSpacing(8);
    form->addWidget(m_login);
    form->addWidget(m_message);
    form->addStretch(1);
    form->addWidget(m_language, 0, Qt::AlignLeft);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addWidget(m_form, 3);
    outer->addStretch(1);

    connect(m_staffId, &QLineEdit::returnPressed, this, [this] { m_pin->setFocus(); });
    connect(m_pin, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_login, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_language, &QPushButton::clicked, this, [this] { Q_EMIT languageRequested(); });
    retranslate();
}

void LoginPage::retranslate()
{
    m_title->setText(tr("Counter officer login"));
    m_staffLabel->setText(tr("Staff ID (NIP)"));
    m_pinLabel->setText(tr("PIN"));
    m_staffId->setPlaceholderText(tr("e.g. 198703152010012004"));
    m_staffId->setAccessibleName(tr("Staff ID"));
    m_staffId->setAccessibleDescription(tr("Your staff ID, usually your NIP."));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setAccessibleDescription(tr("Your PIN of 4 to 12 digits."));
    m_login->setTexts(tr("Log in"), tr("Enter"));
    m_message->setAccessibleName(tr("Login message"));
    m_login->setExplanation(tr("Checks your staff ID and PIN."), {});
    // Named in the language it switches to, so that someone who cannot read the current one finds it.
    m_language->setText(tr("Bahasa Indonesia", "the other language: translated as English"));
    m_language->setAccessibleName(tr("Switch language"));
    m_language->setAccessibleDescription(tr("Shows the application in the other language."));
}

void LoginPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LoginPage::setSiteName(const QString& name)
{
    m_site->setFullText(name);
}

void LoginPage::setStaffId(const QString& staffId)
{
    m_staffId->setText(staffId);
}

QString LoginPage::staffId() const
{
    return m_staffId->text().trimmed();
}

void LoginPage::setPin(const QString& pin)
{
    m_pin->setText(pin);
}

void LoginPage::clearPin()
{
    m_pin->clear();
}

void LoginPage::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setAccessibleDescription(message);
}

QString LoginPage::message() const
{
    return m_message->text();
}

void LoginPage::setLanguageButtonVisible(bool visible)
{
    m_language->setVisible(visible);
}

void LoginPage::setCompact(bool compact)
{
    auto* outer = static_cast<QHBoxLayout*>(layout());
    outer->setStretch(0, compact ? 0 : 1);
    outer->setStretch(2, compact ? 0 : 1);
    outer->setContentsMargins(compact ? 10 : 24, compact ? 10 : 24, compact ? 10 : 24, compact ? 10 : 24);
}

void LoginPage::focusFirstEmpty()
{
    if (m_staffId->text().trimmed().isEmpty())
        m_staffId->setFocus();
    else
        m_pin->setFocus();
}

void LoginPage::submit()
{
    Q_EMIT loginRequested(m_staffId->text().trimmed(), m_pin->text());
}

} // namespace antre
