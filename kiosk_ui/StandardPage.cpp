#include "kiosk_ui/StandardPage.h"

#include "kiosk_ui/KioskSnapshot.h"
#include "kiosk_ui/KioskTheme.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

StandardPage::StandardPage(QWidget* parent)
    : QWidget(parent), m_back(KioskTheme::button("secondary", u"standardBackButton"_s, this)),
      m_title(KioskTheme::label("title", this)), m_agency(KioskTheme::label("subtitle", this)),
      m_requirementsTitle(KioskTheme::label("section", this)),
      m_requirements(KioskTheme::label("body", this)), m_feeTitle(KioskTheme::label("section", this)),
      m_fee(KioskTheme::label("body", this)), m_durationTitle(KioskTheme::label("section", this)),
      m_duration(KioskTheme::label("body", this)), m_hoursTitle(KioskTheme::label("section", this)),
      m_hours(KioskTheme::label("body", this)), m_reason(KioskTheme::label("reason", this)),
      m_take(KioskTheme::button("primary", u"standardTakeButton"_s, this))
{
    setObjectName(u"standardPage"_s);
    m_title->setObjectName(u"standardTitle"_s);
    m_requirements->setObjectName(u"standardRequirements"_s);
    m_fee->setObjectName(u"standardFee"_s);
    m_duration->setObjectName(u"standardDuration"_s);
    m_hours->setObjectName(u"standardHours"_s);
    m_reason->setObjectName(u"standardReason"_s);
    connect(m_back, &QPushButton::clicked, this, &StandardPage::backRequested);
    connect(m_take, &QPushButton::clicked, this, [this] { Q_EMIT takeRequested(m_service); });

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_agency);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back, 0, Qt::AlignTop);
    top->addLayout(titles, 1);

    auto* card = new QFrame(this);
    card->setProperty("kiosk", u"card"_s);
    auto* grid = new QGridLayout(card);
    grid->addWidget(m_requirementsTitle, 0, 0, 1, 3);
    grid->addWidget(m_requirements, 1, 0, 1, 3);
    grid->addWidget(m_feeTitle, 2, 0);
    grid->addWidget(m_durationTitle, 2, 1);
    grid->addWidget(m_hoursTitle, 2, 2);
    grid->addWidget(m_fee, 3, 0, Qt::AlignTop);
    grid->addWidget(m_duration, 3, 1, Qt::AlignTop);
    grid->addWidget(m_hours, 3, 2, Qt::AlignTop);
    grid->setRowStretch(4, 1);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    auto* column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addWidget(card, 1);
    column->addWidget(m_reason);
    column->addWidget(m_take);
    KioskTheme::makeHeading(this, m_title);
    retranslate();
    setUnit(1.0);
}

void StandardPage::setUnit(double unit)
{
    const int margin = KioskTheme::px(unit, 36);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 24), margin, KioskTheme::px(unit, 24));
    layout()->setSpacing(KioskTheme::px(unit, 20));
    auto* card = m_requirements->parentWidget();
    const int inner = KioskTheme::px(unit, 32);
    card->layout()->setContentsMargins(inner, inner, inner, inner);
    static_cast<QGridLayout*>(card->layout())->setHorizontalSpacing(KioskTheme::px(unit, 32));
    static_cast<QGridLayout*>(card->layout())->setVerticalSpacing(KioskTheme::px(unit, 14));
    m_take->setMinimumHeight(KioskTheme::px(unit, 130));
}

void StandardPage::setService(const QString& serviceCode)
{
    m_service = serviceCode;
}

void StandardPage::setSnapshot(const KioskSnapshot& snapshot)
{
    const ServiceConfig* config = snapshot.config.service(m_service);
    const ServiceStatus* status = snapshot.service(m_service);
    if (!config || !status)
        return;
    m_title->setText(KioskTheme::breakable(config->name));
    m_agency->setText(KioskTheme::breakable(status->agencyName));
    QStringList lines;
    for (const QString& requirement : config->standard.requirements)
        lines << u"☐  "_s + requirement;
    m_requirements->setText(lines.isEmpty() ? tr("No documents needed") : lines.join(u'\n'));
    m_fee->setText(config->standard.fee.isEmpty() ? tr("Not stated") : config->standard.fee);
    m_duration->setText(config->standard.duration.isEmpty() ? tr("Not stated") : config->standard.duration);
    m_hours->setText(KioskWords::hoursToday(*config, snapshot.localNow.date()));
    const bool open = status->availability.isOpen();
    m_reason->setText(status->availability.reason());
    m_reason->setVisible(!open);
    m_take->setEnabled(open);
    m_take->setAccessibleDescription(open ? tr("Go on to take a queue number for %1").arg(config->name)
                                          : status->availability.reason());
}

void StandardPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StandardPage::retranslate()
{
    m_back->setText(tr("‹ Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Return to the previous screen"));
    m_requirementsTitle->setText(tr("Requirements — please bring"));
    m_feeTitle->setText(tr("Fee"));
    m_durationTitle->setText(tr("Processing time"));
    m_hoursTitle->setText(tr("Service hours today"));
    m_take->setText(tr("Take a queue number"));
    m_take->setAccessibleName(tr("Take a queue number"));
}

QString StandardPage::service() const
{
    return m_service;
}

} // namespace antre::kiosk
