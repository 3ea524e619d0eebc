#include "kiosk_ui/HomePage.h"

#include "kiosk_ui/KioskSnapshot.h"
#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/TileButton.h"
#include "kiosk_ui/TileGrid.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent), m_title(KioskTheme::label("title", this)), m_hint(KioskTheme::label("subtitle", this)),
      m_problem(KioskTheme::label("reason", this)), m_grid(new TileGrid(this)),
      m_help(KioskTheme::label("hint", this)), m_voice(KioskTheme::button("secondary", u"homeVoice"_s, this))
{
    setObjectName(u"homePage"_s);
    m_title->setObjectName(u"homeTitle"_s);
    m_problem->setObjectName(u"homeProblem"_s);
    m_problem->hide();
    m_grid->setObjectName(u"agencyGrid"_s);
    connect(m_grid, &TileGrid::laidOut, this, &HomePage::equalize);
    auto* column = new QVBoxLayout(this);
    column->addWidget(m_title);
    column->addWidget(m_hint);
    column->addWidget(m_problem);
    column->addWidget(m_grid, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_help, 1);
    bottom->addWidget(m_voice);
    column->addLayout(bottom);
    m_voice->hide();
    connect(m_voice, &QPushButton::clicked, this, &HomePage::voiceRequested);
    KioskTheme::makeHeading(this, m_title);
    retranslate();
    setUnit(1.0);
}

void HomePage::setUnit(double unit)
{
    m_unit = unit;
    const int margin = KioskTheme::px(unit, 36);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 24), margin, KioskTheme::px(unit, 20));
    layout()->setSpacing(KioskTheme::px(unit, 12));
    m_grid->setShape(1.7, KioskTheme::px(unit, 140), KioskTheme::px(unit, 20));
    for (QWidget* tile : m_grid->tiles())
        static_cast<TileButton*>(tile)->setUnit(unit);
}

void HomePage::setVoiceAvailable(bool available)
{
    m_voice->setVisible(available);
}

void HomePage::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void HomePage::setSnapshot(const KioskSnapshot& snapshot)
{
    const QList<AgencyConfig> agencies = snapshot.agencies();
    QStringList codes;
    for (const AgencyConfig& agency : agencies)
        codes << agency.code;
    if (codes != m_codes) {
        QList<QWidget*> tiles;
        for (qsizetype i = 0; i < agencies.size(); ++i) {
            const QString code = agencies.at(i).code;
            auto* tile = new TileButton;
            tile->setObjectName(u"agencyTile_"_s + code);
            tile->setBadge(code, KioskTheme::agencyColor(int(i)));
            tile->setUnit(m_unit);
            connect(tile, &TileButton::clicked, this, [this, code] { Q_EMIT agencyChosen(code); });
            tiles << tile;
        }
        m_grid->setTiles(tiles);
        m_codes = codes;
    }
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        auto* tile = static_cast<TileButton*>(m_grid->tiles().at(i));
        const QList<ServiceStatus> services = snapshot.servicesOf(agencies.at(i).code);
        const bool open = std::any_of(services.cbegin(), services.cend(),
                                      [](const ServiceStatus& s) { return s.availability.isOpen(); });
        tile->setTitle(agencies.at(i).name);
        tile->setStatus(KioskWords::agencyStatus(services));
        tile->setAvailable(open);
    }
    equalize();
}

void HomePage::equalize()
{
    QList<TileButton*> tiles;
    for (QWidget* tile : m_grid->tiles())
        tiles << static_cast<TileButton*>(tile);
    TileButton::equalize(tiles);
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    m_title->setText(tr("Please choose an agency"));
    m_hint->setText(
        tr("Touch an agency to see its services. Grey tiles are closed now; the reason is shown."));
    m_help->setText(tr("Need help? Please ask the information desk."));
    // "&" would mark a keyboard shortcut on a button.
    m_voice->setText(tr("Survey & Complaints").replace(u'&', u"&&"_s));
}

} // namespace antre::kiosk
