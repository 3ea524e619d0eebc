#include "kiosk_ui/TileButton.h"

#include "kiosk_ui/KioskTheme.h"
#include "ui_common/Style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {

QFont kioskFont(double pixels, bool bold)
{
    QFont f(QString::fromLatin1(Style::kFontFamily));
    f.setPixelSize(std::max(8, int(pixels)));
    f.setBold(bold);
    return f;
}

// Height of the wrapped text, or infinity when a single word is wider than the line.
qreal wrappedHeight(const QFont& font, qreal width, const QString& text)
{
    if (text.isEmpty())
        return 0;
    const QRectF bounds = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
    return bounds.width() <= width + 0.5 ? bounds.height() : 1e9;
}

} // namespace

TileButton::TileButton(QWidget* parent) : QAbstractButton(parent), m_foreground(Style::text())
{
    setFocusPolicy(Qt::TabFocus); // a tap must not leave a focus frame behind
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void TileButton::setBadge(const QString& text, const QColor& color)
{
    m_badge = text;
    m_badgeColor = color;
    update();
}

void TileButton::setTitle(const QString& title)
{
    m_title = title;
    setText(title); // what assistive technology reads as the button's text
    updateAccessibleText();
    update();
}

void TileButton::setStatus(const QString& status)
{
    m_status = status;
    updateAccessibleText();
    update();
}

void TileButton::setAvailable(bool available)
{
    m_available = available;
    update();
}

void TileButton::setColors(const QColor& background, const QColor& foreground)
{
    m_background = background;
    m_foreground = foreground;
    update();
}

void TileButton::setUnit(double unit)
{
    m_unit = unit;
    updateGeometry();
    update();
}

void TileButton::updateAccessibleText()
{
    setAccessibleName(m_title);
    setAccessibleDescription(m_status);
}

QSize TileButton::sizeHint() const
{
    return {KioskTheme::px(m_unit, 420), KioskTheme::px(m_unit, 190)};
}

QSize TileButton::minimumSizeHint() const
{
    // About 15 mm on a 21-inch 1080p panel, the smallest target a hurried thumb hits reliably.
    return {KioskTheme::px(m_unit, 160), KioskTheme::px(m_unit, 110)};
}

TileButton::Geometry TileButton::geometry() const
{
    const qreal u = m_unit;
    const qreal border = std::max(1.0, 2 * u);
    Geometry g;
    g.frame = QRectF(rect()).adjusted(border, border, -border, -border);
    const qreal pad = 18 * u;
    g.text = g.frame.adjusted(pad, pad, -pad, -pad);
    if (m_badge.isEmpty())
        return g;
    // Narrow tiles carry a long badge as a pill above the text, so long names keep the full width.
    g.pill = m_badge.size() > 2 && g.frame.width() < 2.2 * g.frame.height();
    if (g.pill) {
        const QFont f = kioskFont(26 * u, true);
        const qreal h = QFontMetricsF(f).height() + 12 * u;
        const qreal w = std::min(g.text.width(), QFontMetricsF(f).horizontalAdvance(m_badge) + 28 * u);
        g.badge = QRectF(g.text.left(), g.text.top(), w, h);
        g.text.setTop(g.badge.bottom() + 10 * u);
    } else {
        const qreal side = std::min(g.text.height(), g.frame.width() * 0.3);
        g.badge = QRectF(g.text.left(), g.frame.center().y() - side / 2, side, side);
        g.text.setLeft(g.badge.right() + pad);
    }
    return g;
}

qreal TileButton::fittingScale() const
{
    const QRectF text = geometry().text;
    const qreal gap = 8 * m_unit;
    // Roomy tiles may grow their text a little; crowded ones shrink it.
    qreal scale = 1.3;
    for (; scale > 0.35; scale -= 0.05) {
        const qreal titleH = wrappedHeight(kioskFont(34 * m_unit * scale, true), text.width(), m_title);
        const qreal statusH =
            wrappedHeight(kioskFont(28 * m_unit * scale, !m_available), text.width(), m_status);
        if (titleH + (statusH > 0 ? gap + statusH : 0) <= text.height())
            break;
    }
    return scale;
}

void TileButton::setScaleCap(qreal cap)
{
    if (qFuzzyCompare(cap, m_scaleCap))
        return;
    m_scaleCap = cap;
    update();
}

void TileButton::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal u = m_unit;
    const Geometry g = geometry();
    QColor background = m_available ? m_background : KioskTheme::unavailable();
    if (isDown())
        background = background.darker(118);
    QPainterPath frame;
    frame.addRoundedRect(g.frame, 18 * u, 18 * u);
    p.fillPath(frame, background);
    p.setPen(QPen(hasFocus() ? Style::accent() : QColor(0xc9, 0xce, 0xd6),
                  hasFocus() ? 4 * u : std::max(1.0, 2 * u)));
    p.drawPath(frame);

    if (!m_badge.isEmpty()) {
        QPainterPath path;
        const qreal radius = g.pill ? g.badge.height() / 2 : 14 * u;
        path.addRoundedRect(g.badge, radius, radius);
        p.fillPath(path, m_available ? m_badgeColor : Style::muted());
        QFont f = kioskFont(g.pill ? 26 * u : g.badge.height() * 0.5, true);
        const qreal room = g.pill ? g.badge.width() - 16 * u : g.badge.width() * 0.86;
        while (QFontMetricsF(f).horizontalAdvance(m_badge) > room && f.pixelSize() > 8)
            f.setPixelSize(f.pixelSize() - 1);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(g.badge, Qt::AlignCenter, m_badge);
    }

    // Title and status shrink together until both fit: nothing is ever elided. Tiles of one grid share
    // the smallest size any of them needs (the cap), so the grid reads as one.
    const QRectF text = g.text;
    const qreal scale = std::min(fittingScale(), m_scaleCap);
    const qreal gap = 8 * u;
    const QFont titleFont = kioskFont(34 * u * scale, true);
    const QFont statusFont = kioskFont(28 * u * scale, !m_available);
    qreal titleH = wrappedHeight(titleFont, text.width(), m_title);
    qreal statusH = wrappedHeight(statusFont, text.width(), m_status);
    const bool overflow = titleH >= 1e9 || statusH >= 1e9; // a word wider than the tile even when small
    const int wrap = overflow ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    if (overflow) {
        titleH = QFontMetricsF(titleFont).boundingRect(text, Qt::TextWrapAnywhere, m_title).height();
        statusH = QFontMetricsF(statusFont).boundingRect(text, Qt::TextWrapAnywhere, m_status).height();
    }
    const QColor foreground = m_available ? m_foreground : KioskTheme::unavailableText();
    const qreal total = titleH + (statusH > 0 ? gap + statusH : 0);
    qreal y = text.top() + std::max<qreal>(0, (text.height() - total) / 2);
    p.setFont(titleFont);
    p.setPen(foreground);
    p.drawText(QRectF(text.left(), y, text.width(), titleH), wrap | Qt::AlignLeft, m_title);
    y += titleH + gap;
    if (statusH > 0) {
        p.setFont(statusFont);
        p.setPen(m_available ? foreground : Style::danger());
        p.drawText(QRectF(text.left(), y, text.width(), statusH), wrap | Qt::AlignLeft, m_status);
    }
}

void TileButton::equalize(const QList<TileButton*>& tiles)
{
    // One tile that needs very small text (a long name without spaces) shrinks alone: the grid's common
    // size never goes below what keeps the others legible at arm's length.
    constexpr qreal kLegibleFloor = 0.8;
    qreal common = 1.3;
    for (const TileButton* tile : tiles)
        common = std::min(common, tile->fittingScale());
    common = std::max(common, kLegibleFloor);
    for (TileButton* tile : tiles)
        tile->setScaleCap(common);
}

QString TileButton::title() const
{
    return m_title;
}

QString TileButton::status() const
{
    return m_status;
}

bool TileButton::isAvailable() const
{
    return m_available;
}

} // namespace antre::kiosk
