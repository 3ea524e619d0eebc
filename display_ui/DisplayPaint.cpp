#include "DisplayPaint.h"

#include "Style.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QFont DisplayPaint::font(qreal pixelSize, bool bold)
{
    QFont f(QString::fromLatin1(Style::kFontFamily));
    f.setPixelSize(std::max(1, static_cast<int>(std::floor(pixelSize))));
    f.setBold(bold);
    return f;
}

QFont DisplayPaint::fitted(const QString& text, qreal maxPx, qreal width, bool bold, qreal minPx)
{
    QFont f = font(maxPx, bold);
    const qreal advance = QFontMetricsF(f).horizontalAdvance(text);
    if (advance <= width || advance <= 0)
        return f;
    // Advance scales almost linearly with the pixel size; step down once more for hinting.
    qreal px = std::max(minPx, maxPx * width / advance);
    f = font(px, bold);
    while (px > minPx && QFontMetricsF(f).horizontalAdvance(text) > width) {
        px -= 1;
        f = font(px, bold);
    }
    return f;
}

QColor DisplayPaint::blend(const QColor& from, const QColor& to, qreal t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
}

void DisplayPaint::panel(QPainter& painter, const QRectF& rect, const QColor& fill, qreal radius)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(rect, radius, radius);
    painter.restore();
}

void DisplayPaint::text(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                        const QColor& color, Qt::Alignment align)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(color);
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(rect, static_cast<int>(align), shown);
    painter.restore();
}

QSize DisplayPaint::grid(int n, const QSizeF& area, qreal aspect, int maxColumns)
{
    if (n <= 0 || area.isEmpty())
        return {1, 1};
    QSize best(1, n);
    qreal bestSize = -1;
    for (int cols = 1; cols <= std::min(n, maxColumns); ++cols) {
        const int rows = (n + cols - 1) / cols;
        const qreal w = area.width() / cols;
        const qreal h = area.height() / rows;
        // The usable item height is limited by the cell's height and by its width at this aspect.
        const qreal size = std::min(h, w / aspect);
        if (size > bestSize * 1.0001) {
            bestSize = size;
            best = QSize(cols, rows);
        }
    }
    return best;
}

QRectF DisplayPaint::heading(QPainter& painter, const QRectF& rect, const QString& title, qreal unit)
{
    const qreal height = 46 * unit;
    const QRectF line(rect.left(), rect.top(), rect.width(), height);
    text(painter, line, title.toUpper(), fitted(title.toUpper(), 28 * unit, rect.width(), true), Style::primary());
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Style::accent());
    painter.drawRect(QRectF(rect.left(), line.bottom() - 4 * unit, 64 * unit, 4 * unit));
    painter.restore();
    return QRectF(rect.left(), line.bottom() + 10 * unit, rect.width(), rect.height() - height - 10 * unit);
}

} // namespace antre
