#include "kiosk_ui/KioskHeader.h"

#include "core/Schedule.h"
#include "kiosk_ui/KioskSnapshot.h"
#include "kiosk_ui/KioskTheme.h"
#include "kiosk_ui/TicketContent.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

KioskHeader::KioskHeader(const QString& logoPath, QWidget* parent)
    : QWidget(parent), m_logo(new QLabel(this)), m_hallName(KioskTheme::label("hallName", this)),
      m_tagline(KioskTheme::label("tagline", this)), m_date(KioskTheme::label("date", this)),
      m_clock(KioskTheme::label("clock", this)),
      m_indonesian(KioskTheme::button("lang", u"langIdButton"_s, this)),
      m_english(KioskTheme::button("lang", u"langEnButton"_s, this))
{
    setObjectName(u"header"_s);
    setProperty("kiosk", u"header"_s);
    setAttribute(Qt::WA_StyledBackground);
    m_hallName->setObjectName(u"hallName"_s);
    m_date->setObjectName(u"dateLabel"_s);
    m_clock->setObjectName(u"clockLabel"_s);
    m_date->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_date->setWordWrap(false);
    m_clock->setWordWrap(false);
    if (!logoPath.isEmpty()) {
        QImageReader reader(logoPath);
        m_logoImage = QPixmap::fromImage(reader.read());
        if (m_logoImage.isNull())
            qWarning("kiosk: logo %s: %s", qPrintable(logoPath), qPrintable(reader.errorString()));
    }
    m_logo->setVisible(!m_logoImage.isNull());

    // The language names stay in their own language, so each reader finds theirs.
    m_indonesian->setText(u"ID"_s);
    m_english->setText(u"EN"_s);
    m_indonesian->setAccessibleName(u"Bahasa Indonesia"_s);
    m_english->setAccessibleName(u"English"_s);
    for (QPushButton* button : {m_indonesian, m_english})
        button->setCheckable(true);
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    group->addButton(m_indonesian);
    group->addButton(m_english);
    connect(m_indonesian, &QPushButton::clicked, this, [this] { Q_EMIT languageChosen(u"id"_s); });
    connect(m_english, &QPushButton::clicked, this, [this] { Q_EMIT languageChosen(u"en"_s); });

    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    names->addWidget(m_hallName);
    names->addWidget(m_tagline);
    auto* time = new QVBoxLayout;
    time->setSpacing(0);
    time->addWidget(m_clock);
    time->addWidget(m_date);
    auto* row = new QHBoxLayout(this);
    row->addWidget(m_logo);
    row->addLayout(names, 1);
    row->addLayout(time);
    row->addSpacing(24);
    row->addWidget(m_indonesian);
    row->addWidget(m_english);
    retranslate();
    setUnit(1.0);
}

void KioskHeader::setUnit(double unit)
{
    const int margin = KioskTheme::px(unit, 28);
    layout()->setContentsMargins(margin, KioskTheme::px(unit, 16), margin, KioskTheme::px(unit, 16));
    layout()->setSpacing(KioskTheme::px(unit, 16));
    if (!m_logoImage.isNull())
        m_logo->setPixmap(m_logoImage.scaledToHeight(KioskTheme::px(unit, 96), Qt::SmoothTransformation));
}

void KioskHeader::setSnapshot(const KioskSnapshot& snapshot)
{
    m_hallName->setText(snapshot.config.site.name);
    m_date->setText(TicketText::longDate(snapshot.localNow.date(), snapshot.language));
    m_clock->setText(Schedule::formatTime(snapshot.localNow.time()));
    // A screen reader speaks the name and Qt gives labels no text interface: the name is the value itself,
    // what it is goes into the description. Set only when it changes: every set is an event for the
    // reader, and this runs on every change in the hall.
    for (QLabel* label : {m_clock, m_date})
        if (label->accessibleName() != label->text())
            label->setAccessibleName(label->text());
}

void KioskHeader::setLanguage(const QString& language)
{
    (language == u"en" ? m_english : m_indonesian)->setChecked(true);
}

void KioskHeader::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskHeader::retranslate()
{
    m_tagline->setText(tr("Take a queue number here"));
    m_indonesian->setAccessibleDescription(tr("Show the kiosk in Indonesian"));
    m_english->setAccessibleDescription(tr("Show the kiosk in English"));
    m_logo->setAccessibleName(tr("Hall logo"));
    m_clock->setAccessibleDescription(tr("Time"));
    m_date->setAccessibleDescription(tr("Date"));
}

} // namespace antre::kiosk
