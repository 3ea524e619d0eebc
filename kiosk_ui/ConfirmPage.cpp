#include "kiosk_ui/ConfirmPage.h"

#include "kiosk_ui/KioskSnapshot.h"
#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/TileButton.h"
#include "ui_common/Style.h"

#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

ConfirmPage::ConfirmPage(QWidget* parent)
    : QWidget(parent), m_back(KioskTheme::button("secondary", u"confirmBackButton"_s, this)),
      m_title(KioskTheme::label("title", this)), m_agency(KioskTheme::label("subtitle", this)),
      m_waiting(KioskTheme::label("body", this)), m_regular(new TileButton(this)),
      m_priority(new TileButton(this)), m_problem(KioskTheme::label("reason", this)),
      m_standard(KioskTheme::button("secondary", u"confirmStandardButton"_s, this)),
      m_choices(new QBoxLayout(QBoxLayout::LeftToRight))
{
    setObjectName(u"confirmPage"_s);
    m_title->setObjectName(u"confirmTitle"_s);
    m_waiting->setObjectName(u"confirmWaiting"_s);
    m_problem->setObjectName(u"confirmProblem"_s);
    m_problem->hide();
    m_regular->setObjectName(u"regularButton"_s);
    m_priority->setObjectName(u"priorityButton"_s);
    m_regular->setColors(Style::primary(), Qt::white);
    m_priority->setColors(Style::accent(), Style::text());
    m_priority->setBadge(u"♿"_s, Style::text());
    connect(m_back, &QPushButton::clicked, this, &ConfirmPage::backRequested);
    connect(m_standard, &QPushButton::clicked, this, [this] { Q_EMIT standardRequested(m_service); });
    connect(m_regular, &TileButton::clicked, this, [this] { choose(false); });
    connect(m_priority, &TileButton::clicked, this, [this] { choose(true); });

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_agency);
    titles->addWidget(m_waiting);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back, 0, Qt::AlignTop);
    top->addLayout(titles, 1);
    m_choices->addWidget(m_regular, 1);
    m_choices->addWidget(m_priority, 1);
    auto* column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addLayout(m_choices, 1);
    column->addWidget(m_problem);
    column->addWidget(m_standard, 0, Qt::AlignHCenter);
    KioskTheme::makeHeading(this, m_title);
    retranslate();
    setUnit(1.0);
}

void ConfirmPage::setUnit(double unit)
{
    const int margin = KioskTheme::px(unit, 36);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 24), margin, KioskTheme::px(unit, 28));
    layout()->setSpacing(KioskTheme::px(unit, 24));
    m_regular->setUnit(unit * 1.4);
    m_priority->setUnit(unit * 1.4);
    m_choices->setSpacing(KioskTheme::px(unit, 32));
}

void ConfirmPage::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Side by side in landscape, stacked in portrait: each choice stays a big, wide target.
    m_choices->setDirection(width() >= height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    // Once the layout has sized the two choices, give both the same text size: neither looks lesser.
    QMetaObject::invokeMethod(
        this,
        [this] {
            TileButton::equalize({m_regular, m_priority});
        },
        Qt::QueuedConnection);
}

void ConfirmPage::setService(const QString& serviceCode)
{
    m_service = serviceCode;
    setProblem({});
    setBusy(false);
}

void ConfirmPage::setSnapshot(const KioskSnapshot& snapshot)
{
    const ServiceStatus* status = snapshot.service(m_service);
    if (!status)
        return;
    m_title->setText(status->name);
    // The regular choice shows the letter the ticket will carry.
    m_regular->setBadge(status->prefix, QColor(0x07, 0x2a, 0x66));
    m_agency->setText(status->agencyName);
    m_open = status->availability.isOpen();
    if (!m_open)
        m_waiting->setText(status->availability.reason());
    else if (status->waiting == 0)
        m_waiting->setText(tr("Nobody is waiting for this service now."));
    else
        m_waiting->setText(tr("Waiting for this service now: %n", nullptr, status->waiting));
    m_regular->setAvailable(m_open);
    m_priority->setAvailable(m_open);
    setBusy(m_busy);
}

void ConfirmPage::setBusy(bool busy)
{
    m_busy = busy;
    m_regular->setEnabled(m_open && !busy);
    m_priority->setEnabled(m_open && !busy);
}

void ConfirmPage::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ConfirmPage::choose(bool priority)
{
    if (m_busy || !m_open)
        return;
    setBusy(true);
    Q_EMIT issueRequested(m_service, priority);
}

void ConfirmPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConfirmPage::retranslate()
{
    m_back->setText(tr("‹ Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Return to the list of services"));
    m_regular->setTitle(tr("Take a queue number"));
    m_regular->setStatus(tr("Regular queue"));
    m_priority->setTitle(tr("Priority service"));
    m_priority->setStatus(tr("For people with disabilities, the elderly, pregnant women and visitors with "
                             "small children"));
    m_standard->setText(tr("See requirements and fee"));
    m_standard->setAccessibleName(tr("See requirements and fee"));
    m_standard->setAccessibleDescription(
        tr("Show the requirements, fee and processing time of this service"));
}

QString ConfirmPage::service() const
{
    return m_service;
}

} // namespace antre::kiosk
