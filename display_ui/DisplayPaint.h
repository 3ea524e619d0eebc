#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <QString>

class QPainter;

namespace antre {

// Drawing helpers shared by the display's panels. Everything is sized from the screen, so text is
// fitted to the space it has instead of being clipped on a smaller or portrait screen.
class DisplayPaint final
{
public:
    static QFont font(qreal pixelSize, bool bold = false);
    // The largest font up to maxPx at which text fits into width (never below minPx).
    static QFont fitted(const QString& text, qreal maxPx, qreal width, bool bold = false, qreal minPx = 8);
    static QColor blend(const QColor& from, const QColor& to, qreal t);
    static void panel(QPainter& painter, const QRectF& rect, const QColor& fill, qreal radius);
    // text on one line of width in font, cut with "…" when it does not fit; never empty for a text.
    static QString elided(const QString& text, const QFont& font, qreal width);
    // One line, elided at the right when it does not fit.
    static void text(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font,
                     const QColor& color, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
    // Up to maxLines lines, word-wrapped, in the largest font from maxPx down to minPx that fits the
    // rect; at minPx whatever does not fit is elided. Vertically centred.
    static void wrappedText(QPainter& painter, const QRectF& rect, const QString& text, qreal maxPx,
                            qreal minPx, int maxLines, const QColor& color, bool bold = false);
    // The pixel size wrappedText() would choose, so that a list can use one size for all its rows.
    static qreal wrappedSize(const QRectF& rect, const QString& text, qreal maxPx, qreal minPx, int maxLines,
                             bool bold = false);
    // Columns × rows for n items of the given width:height aspect that makes them as large as possible.
    static QSize grid(int n, const QSizeF& area, qreal aspect, int maxColumns = 8);
    // A panel heading; returns the space left below it.
    static QRectF heading(QPainter& painter, const QRectF& rect, const QString& title, qreal unit);
};

} // namespace antre
