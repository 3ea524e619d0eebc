#include "counter_ui/LockPage.h"

#include "counter_ui/ActionButton.h"
#include "ui_common/ElidedLabel.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

LockPage::LockPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_info(new ElidedLabel(this, 2)),
      m_pinLabel(new QLabel(this)), m_pin(new QLineEdit(this)),
      m_unlock(new ActionButton(u"primary"_s, this)), m_message(new QLabel(this))
{
    setObjectName(u"lockPage"_s);
    m_title->setObjectName(u"pageTitle"_s);
    m_title->setWordWrap(true);
    m_info->setObjectName(u"officerLabel"_s);
    m_pinLabel->setObjectName(u"fieldLabel"_s);
    m_pinLabel->setBuddy(m_pin);
    m_pin->setObjectName(u"lockPinEdit"_s);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(12);
    m_pin->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,12}"_s), m_pin));
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_message->setObjectName(u"lockMessage"_s);
    m_message->setWordWrap(true);

    auto* form = new QVBoxLayout;
    form->setSpacing(8);
    form->addStretch(1);
    form->addWidget(m_title);
    form->addWidget(m_info);
    form->addSpacing(12);
    form->addWidget(m_pinLabel);
    form->addWidget(m_pin);
    form->addWidget(m_unlock);
    form->addWidget(m_message);
    form->addStretch(2);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(form, 3);
    outer->addStretch(1);

    connect(m_pin, &QLineEdit::returnPressed, m_unlock, &QPushButton::click);
    connect(m_unlock, &QPushButton::clicked, this, [this] { Q_EMIT unlockRequested(m_pin->text()); });
    retranslate();
}

void LockPage::retranslate()
{
    m_title->setText(tr("Screen locked"));
    m_pinLabel->setText(tr("Enter your PIN to continue"));
    m_pin->setAccessibleName(tr("PIN"));
    m_pin->setAccessibleDescription(tr("The PIN of the officer who opened this counter."));
    m_unlock->setTexts(tr("Unlock"), tr("Enter"));
    m_unlock->setExplanation(tr("Checks your PIN and shows the counter again."), {});
    m_message->setAccessibleName(tr("Message"));
}

void LockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LockPage::setInfo(const QString& info)
{
    m_info->setFullText(info);
}

void LockPage::showMessage(const QString& message)
{
    m_message->setText(message);
}

QString LockPage::message() const
{
    return m_message->text();
}

void LockPage::reset()
{
    m_pin->clear();
    m_message->clear();
    m_pin->setFocus();
}

void LockPage::setCompact(bool compact)
{
    auto* outer = static_cast<QHBoxLayout*>(layout());
    outer->setStretch(0, compact ? 0 : 1);
    outer->setStretch(2, compact ? 0 : 1);
    const int margin = compact ? 10 : 24;
    outer->setContentsMargins(margin, margin, margin, margin);
}

} // namespace antre
