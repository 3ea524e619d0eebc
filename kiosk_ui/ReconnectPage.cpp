#include "kiosk_ui/ReconnectPage.h"

#include "kiosk_ui/KioskTheme.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

ReconnectPage::ReconnectPage(QWidget* parent)
    : QWidget(parent), m_title(KioskTheme::label("title", this)),
      m_detail(KioskTheme::label("subtitle", this))
{
    setObjectName(u"reconnectPage"_s);
    m_title->setObjectName(u"reconnectTitle"_s);
    m_detail->setObjectName(u"reconnectDetail"_s);
    for (QLabel* label : {m_title, m_detail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    auto* column = new QVBoxLayout(this);
    column->addStretch(1);
    column->addWidget(m_title);
    column->addWidget(m_detail);
    column->addStretch(1);
    KioskTheme::makeHeading(this, m_title);
    retranslate();
    setUnit(1.0);
}

void ReconnectPage::setUnit(double unit)
{
    const int margin = KioskTheme::px(unit, 60);
    layout()->setContentsMargins(margin, margin, margin, margin);
    layout()->setSpacing(KioskTheme::px(unit, 24));
}

void ReconnectPage::setPressPending(bool pending)
{
    m_pending = pending;
    retranslate();
}

void ReconnectPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReconnectPage::retranslate()
{
    m_title->setText(tr("Reconnecting…"));
    m_detail->setText(m_pending
                          ? tr("Your number is being taken; please wait here, it appears as soon as the "
                               "connection is back.")
                          : tr("The kiosk cannot issue numbers for a moment. Please wait; it resumes by "
                               "itself."));
}

} // namespace antre::kiosk
