#include "display_ui/HeaderBar.h"

#include "core/Schedule.h"
#include "display_ui/DisplayPaint.h"
#include "ui_common/Style.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

HeaderBar::HeaderBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"header"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

HeaderBar::~HeaderBar() = default;

void HeaderBar::setHallName(const QString& name)
{
    if (name == m_hallName)
        return;
    m_hallName = name;
    updateAccessibility();
    update();
}

void HeaderBar::setLogo(const QImage& logo)
{
    m_logo = logo;
    update();
}

void HeaderBar::setNow(const QDateTime& local, const QLocale& locale)
{
    const QString date = locale.toString(local.date(), u"dddd, d MMMM yyyy"_s);
    const QString clock = Schedule::formatTime(local.time());
    if (date == m_date && clock == m_clock)
        return;
    m_date = date;
    m_clock = clock;
    updateAccessibility();
    update();
}

void HeaderBar::updateAccessibility()
{
    setAccessibleName(m_hallName);
    setAccessibleDescription(m_date + u", "_s + m_clock);
}

HeaderBar::Parts HeaderBar::parts() const
{
    Parts parts;
    const QRectF r = rect();
    const qreal h = r.height() * 0.94;
    const qreal pad = h * 0.22;
    qreal left = pad;
    if (!m_logo.isNull()) {
        const QSizeF box(h * 1.6, h * 0.7);
        const QSizeF size = QSizeF(m_logo.size()).scaled(box, Qt::KeepAspectRatio);
        parts.logo = QRectF(left, (h - size.height()) / 2, size.width(), size.height());
        left = parts.logo.right() + pad * 0.8;
    }

    // The clock is the one thing here people read from across the hall; it gets its size first.
    parts.clockFont = DisplayPaint::font(h * 0.52, true);
    // Two pixels over the measured width: DisplayPaint::elided keeps a pixel spare, and a clock or a date
    // cut to "10.…" is worse than a hall name a little shorter.
    const QFontMetricsF clockMetrics(parts.clockFont);
    const qreal clockWidth =
        std::max(clockMetrics.horizontalAdvance(u"00.00"_s), clockMetrics.horizontalAdvance(m_clock)) + 2;
    parts.clock = QRectF(r.right() - pad - clockWidth, 0, clockWidth, h);

    const qreal space = parts.clock.left() - left - pad;
    // Fitted a few pixels inside its half, so the two spare pixels below never make it elide.
    parts.dateFont = DisplayPaint::fitted(m_date, h * 0.3, std::max<qreal>(0, space * 0.5 - 3));
    const qreal dateWidth =
        std::min(QFontMetricsF(parts.dateFont).horizontalAdvance(m_date) + 2, space * 0.5);
    parts.date = QRectF(parts.clock.left() - pad * 0.8 - dateWidth, 0, dateWidth, h);

    parts.name = QRectF(left, 0, std::max<qreal>(0, parts.date.left() - left - pad), h);
    parts.nameFont = DisplayPaint::fitted(m_hallName, h * 0.4, parts.name.width(), true, h * 0.26);
    return parts;
}

QString HeaderBar::shownHallName() const
{
    const Parts p = parts();
    return DisplayPaint::elided(m_hallName, p.nameFont, p.name.width());
}

QString HeaderBar::shownClock() const
{
    const Parts p = parts();
    return DisplayPaint::elided(m_clock, p.clockFont, p.clock.width());
}

QString HeaderBar::shownDate() const
{
    const Parts p = parts();
    return DisplayPaint::elided(m_date, p.dateFont, p.date.width());
}

QRectF HeaderBar::hallNameRect() const
{
    return parts().name;
}

void HeaderBar::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = rect();
    p.fillRect(r, Style::primary());
    p.fillRect(QRectF(r.left(), r.bottom() - r.height() * 0.06, r.width(), r.height() * 0.06),
               Style::accent());

    const Parts parts = this->parts();
    if (!m_logo.isNull())
        p.drawImage(parts.logo, m_logo);
    DisplayPaint::text(p, parts.clock, m_clock, parts.clockFont, Qt::white,
                       Qt::AlignRight | Qt::AlignVCenter);
    DisplayPaint::text(p, parts.date, m_date, parts.dateFont, QColor(0xdc, 0xe6, 0xf7),
                       Qt::AlignRight | Qt::AlignVCenter);
    DisplayPaint::text(p, parts.name, m_hallName, parts.nameFont, Qt::white);
}

} // namespace antre
