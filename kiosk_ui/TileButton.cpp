#include "TileButton.h"

#include "KioskTheme.h"
#include "Style.h"

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

qreal wrappedHeight(const QFont& font, qreal width, const QString& text)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
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

void TileButton::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal u = m_unit;
    const qreal border = std::max(1.0, 2 * u);
    const QRectF r = QRectF(rect()).adjusted(border, border, -border, -border);
    QColor background = m_available ? m_background : KioskTheme::unavailable();
    if (isDown())
        background = background.darker(118);
    QPainterPath frame;
    frame.addRoundedRect(r, 18 * u, 18 * u);
    p.fillPath(frame, background);
    p.setPen(QPen(hasFocus() ? Style::accent() : QColor(0xc9, 0xce, 0xd6), hasFocus() ? 4 * u : border));
    p.drawPath(frame);

    const qreal pad = 18 * u;
    QRectF text = r.adjusted(pad, pad, -pad, -pad);
    if (!m_badge.isEmpty()) {
        const qreal side = std::min(text.height(), r.width() * 0.3);
        const QRectF badge(text.left(), r.center().y() - side / 2, side, side);
        QPainterPath path;
        path.addRoundedRect(badge, 14 * u, 14 * u);
        p.fillPath(path, m_available ? m_badgeColor : Style::muted());
        QFont f = kioskFont(side * 0.5, true);
        while (QFontMetricsF(f).horizontalAdvance(m_badge) > side * 0.86 && f.pixelSize() > 8)
            f.setPixelSize(f.pixelSize() - 1);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter, m_badge);
        text.setLeft(badge.right() + pad);
    }

    // Shrink title and status together until both fit: nothing is ever elided.
    const QColor foreground = m_available ? m_foreground : KioskTheme::unavailableText();
    const qreal gap = 8 * u;
    QFont titleFont;
    QFont statusFont;
    qreal titleH = 0;
    qreal statusH = 0;
    for (qreal scale = 1.0; scale > 0.3; scale -= 0.05) {
        titleFont = kioskFont(34 * u * scale, true);
        statusFont = kioskFont(26 * u * scale, !m_available);
        titleH = wrappedHeight(titleFont, text.width(), m_title);
        statusH = wrappedHeight(statusFont, text.width(), m_status);
        if (titleH + (statusH > 0 ? gap + statusH : 0) <= text.height())
            break;
    }
    const qreal total = titleH + (statusH > 0 ? gap + statusH : 0);
    qreal y = text.top() + std::max<qreal>(0, (text.height() - total) / 2);
    p.setFont(titleFont);
    p.setPen(foreground);
    p.drawText(QRectF(text.left(), y, text.width(), titleH), Qt::TextWordWrap | Qt::AlignLeft, m_title);
    y += titleH + gap;
    if (statusH > 0) {
        p.setFont(statusFont);
        p.setPen(m_available ? foreground : Style::danger());
        p.drawText(QRectF(text.left(), y, text.width(), statusH), Qt::TextWordWrap | Qt::AlignLeft, m_status);
    }
}

} // namespace antre::kiosk
