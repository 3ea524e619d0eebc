#include "display_ui/DisplayPaint.h"

#include "ui_common/Style.h"

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

QString DisplayPaint::elided(const QString& text, const QFont& font, qreal width)
{
    // A whole pixel less: the glyphs are placed on whole pixels, and the last one must not be cut.
    const QString shown = QFontMetricsF(font).elidedText(text, Qt::ElideRight, std::max<qreal>(0, width - 1));
    return shown.isEmpty() && !text.isEmpty() ? u"…"_s : shown;
}

void DisplayPaint::text(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                        const QColor& color, Qt::Alignment align)
{
    painter.save();
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(rect, static_cast<int>(align), elided(text, font, rect.width()));
    painter.restore();
}

namespace {

QStringList wrapWords(const QString& text, qreal width, const QFontMetricsF& metrics)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
        } else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

bool linesFit(const QStringList& lines, const QRectF& rect, const QFontMetricsF& metrics, int maxLines)
{
    if (lines.size() > maxLines || lines.size() * metrics.lineSpacing() > rect.height())
        return false;
    return std::all_of(lines.cbegin(), lines.cend(),
                       [&](const QString& l) { return metrics.horizontalAdvance(l) <= rect.width(); });
}

} // namespace

qreal DisplayPaint::wrappedSize(const QRectF& rect, const QString& text, qreal maxPx, qreal minPx,
                                int maxLines, bool bold)
{
    minPx = std::floor(minPx);
    for (qreal px = std::max(std::floor(maxPx), minPx); px >= minPx; px -= 1) {
        const QFontMetricsF metrics(font(px, bold));
        if (linesFit(wrapWords(text, rect.width(), metrics), rect, metrics, maxLines))
            return px;
    }
    return minPx;
}

void DisplayPaint::wrappedText(QPainter& painter, const QRectF& rect, const QString& text, qreal maxPx,
                               qreal minPx, int maxLines, const QColor& color, bool bold)
{
    QFont f;
    QStringList lines;
    bool fits = false;
    minPx = std::floor(minPx);
    for (qreal px = std::max(std::floor(maxPx), minPx); px >= minPx && !fits; px -= 1) {
        f = font(px, bold);
        lines = wrapWords(text, rect.width(), QFontMetricsF(f));
        fits = linesFit(lines, rect, QFontMetricsF(f), maxLines);
    }
    const QFontMetricsF metrics(f);
    if (!fits) {
        // Keep what fits and end the last line with an ellipsis.
        const int keep = std::clamp(static_cast<int>(rect.height() / metrics.lineSpacing()), 1, maxLines);
        if (lines.size() > keep) {
            const QString rest = lines.mid(keep - 1).join(u' ');
            lines = lines.mid(0, keep - 1);
            lines << rest;
        }
        for (QString& line : lines)
            line = metrics.elidedText(line, Qt::ElideRight, rect.width());
    }
    painter.save();
    painter.setFont(f);
    painter.setPen(color);
    const qreal total = lines.size() * metrics.lineSpacing();
    qreal y = rect.top() + (rect.height() - total) / 2;
    for (const QString& line : std::as_const(lines)) {
        painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
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
    text(painter, line, title.toUpper(), fitted(title.toUpper(), 28 * unit, rect.width(), true),
         Style::primary());
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Style::accent());
    painter.drawRect(QRectF(rect.left(), line.bottom() - 4 * unit, 64 * unit, 4 * unit));
    painter.restore();
    return QRectF(rect.left(), line.bottom() + 10 * unit, rect.width(), rect.height() - height - 10 * unit);
}

} // namespace antre
