#include "kiosk_ui/ServicesPage.h"

#include "kiosk_ui/KioskSnapshot.h"
#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/TileButton.h"
#include "kiosk_ui/TileGrid.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

ServicesPage::ServicesPage(QWidget* parent)
    : QWidget(parent), m_back(KioskTheme::button("secondary", u"servicesBackButton"_s, this)),
      m_title(KioskTheme::label("title", this)), m_hint(KioskTheme::label("subtitle", this)),
      m_grid(new TileGrid(this))
{
    setObjectName(u"servicesPage"_s);
    m_title->setObjectName(u"servicesTitle"_s);
    m_grid->setObjectName(u"serviceGrid"_s);
    connect(m_grid, &TileGrid::laidOut, this, &ServicesPage::equalize);
    connect(m_back, &QPushButton::clicked, this, &ServicesPage::backRequested);

    auto* titles = new QVBoxLayout;
    titles->setSpacing(0);
    titles->addWidget(m_title);
    titles->addWidget(m_hint);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back, 0, Qt::AlignTop);
    top->addLayout(titles, 1);
    auto* column = new QVBoxLayout(this);
    column->addLayout(top);
    column->addWidget(m_grid, 1);
    KioskTheme::makeHeading(this, m_title);
    retranslate();
    setUnit(1.0);
}

void ServicesPage::setUnit(double unit)
{
    m_unit = unit;
    const int margin = KioskTheme::px(unit, 36);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 24), margin, KioskTheme::px(unit, 24));
    layout()->setSpacing(KioskTheme::px(unit, 20));
    static_cast<QHBoxLayout*>(layout()->itemAt(0)->layout())->setSpacing(KioskTheme::px(unit, 28));
    m_grid->setShape(3.2, KioskTheme::px(unit, 150), KioskTheme::px(unit, 20));
    for (QWidget* card : m_grid->tiles()) {
        card->findChild<TileButton*>()->setUnit(unit);
        card->findChild<QPushButton*>()->setMinimumWidth(KioskTheme::px(unit, 220));
        card->layout()->setSpacing(KioskTheme::px(unit, 12));
    }
}

void ServicesPage::setAgency(const QString& agencyCode)
{
    m_agency = agencyCode;
}

void ServicesPage::setSnapshot(const KioskSnapshot& snapshot)
{
    const QList<ServiceStatus> services = snapshot.servicesOf(m_agency);
    const AgencyConfig* agency = snapshot.config.agency(m_agency);
    m_title->setText(KioskTheme::breakable(agency ? agency->name : m_agency));

    QStringList codes;
    for (const ServiceStatus& s : services)
        codes << s.code;
    if (codes != m_codes) {
        QList<QWidget*> cards;
        m_standardButtons.clear();
        for (const ServiceStatus& s : services) {
            const QString code = s.code;
            auto* card = new QWidget;
            card->setObjectName(u"serviceCard_"_s + code);
            auto* tile = new TileButton(card);
            tile->setObjectName(u"serviceTile_"_s + code);
            auto* standard = KioskTheme::button("secondary", u"standardButton_"_s + code, card);
            m_standardButtons << standard;
            // As wide as its words need (they differ by language), as tall as the tile.
            standard->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
            auto* row = new QHBoxLayout(card);
            row->setContentsMargins(0, 0, 0, 0);
            row->addWidget(tile, 1);
            row->addWidget(standard);
            connect(tile, &TileButton::clicked, this, [this, code] { Q_EMIT serviceChosen(code); });
            connect(standard, &QPushButton::clicked, this, [this, code] { Q_EMIT standardRequested(code); });
            cards << card;
        }
        m_grid->setTiles(cards);
        m_codes = codes;
        setUnit(m_unit);
        retranslate();
    }
    const QList<AgencyConfig> agencies = snapshot.agencies();
    int agencyIndex = 0;
    while (agencyIndex < agencies.size() && agencies.at(agencyIndex).code != m_agency)
        ++agencyIndex;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const ServiceStatus& s = services.at(i);
        auto* tile = m_grid->tiles().at(i)->findChild<TileButton*>();
        tile->setBadge(s.prefix, KioskTheme::agencyColor(agencyIndex));
        tile->setTitle(s.name);
        tile->setStatus(KioskWords::serviceStatus(s));
        tile->setAvailable(s.availability.isOpen());
        // A closed service cannot be chosen, but its standard can still be read.
        tile->setEnabled(s.availability.isOpen());
        m_standardButtons.at(i)->setAccessibleName(tr("Requirements for %1").arg(s.name));
    }
    equalize();
}

void ServicesPage::equalize()
{
    QList<TileButton*> tiles;
    for (QWidget* card : m_grid->tiles())
        tiles << card->findChild<TileButton*>();
    TileButton::equalize(tiles);
}

void ServicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServicesPage::retranslate()
{
    m_back->setText(tr("‹ Back"));
    m_back->setAccessibleName(tr("Back"));
    m_back->setAccessibleDescription(tr("Return to the list of agencies"));
    m_hint->setText(tr("Choose a service to take a number, or read its requirements first."));
    for (QPushButton* standard : m_standardButtons) {
        standard->setText(tr("Requirements\nand fee"));
        standard->setAccessibleDescription(
            tr("Show the requirements, fee and processing time of this service"));
    }
}

QString ServicesPage::agency() const
{
    return m_agency;
}

} // namespace antre::kiosk
