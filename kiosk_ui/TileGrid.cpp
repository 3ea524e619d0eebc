#include "kiosk_ui/TileGrid.h"

#include <QResizeEvent>
#include <QScroller>

#include <cmath>

namespace antre::kiosk {

TileGrid::TileGrid(QWidget* parent) : QScrollArea(parent), m_canvas(new QWidget)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidgetResizable(false);
    setWidget(m_canvas);
    viewport()->setAutoFillBackground(false);
    m_canvas->setAutoFillBackground(false);
    // Touch drags scroll; mouse presses stay plain clicks for the tiles.
    QScroller::grabGesture(viewport(), QScroller::TouchGesture);
}

void TileGrid::setTiles(const QList<QWidget*>& tiles)
{
    qDeleteAll(m_tiles);
    m_tiles = tiles;
    for (QWidget* tile : m_tiles) {
        tile->setParent(m_canvas);
        tile->show();
    }
    relayout();
}

void TileGrid::setShape(double aspect, int minimumHeight, int spacing)
{
    m_aspect = aspect;
    m_minimumHeight = minimumHeight;
    m_spacing = spacing;
    relayout();
}

void TileGrid::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    relayout();
}

void TileGrid::relayout()
{
    const int count = int(m_tiles.size());
    const int width = viewport()->width();
    const int height = viewport()->height();
    if (count == 0 || width <= 0 || height <= 0) {
        m_canvas->resize(std::max(width, 1), std::max(height, 1));
        return;
    }
    // Score each column count by the tile size it allows at the preferred shape; the biggest wins.
    int bestColumns = 1;
    double bestScore = -1;
    for (int columns = 1; columns <= std::min(count, 8); ++columns) {
        const int rows = (count + columns - 1) / columns;
        const double w = double(width - (columns - 1) * m_spacing) / columns;
        const double h = double(height - (rows - 1) * m_spacing) / rows;
        const double score = std::min(w / m_aspect, h) * (h >= m_minimumHeight ? 1.0 : 0.5);
        if (score > bestScore) {
            bestScore = score;
            bestColumns = columns;
        }
    }
    const int rows = (count + bestColumns - 1) / bestColumns;
    const int tileW = (width - (bestColumns - 1) * m_spacing) / bestColumns;
    // Tiles no taller than their shape needs, but never below the touch minimum.
    const int fitH = (height - (rows - 1) * m_spacing) / rows;
    const int tileH = std::max(m_minimumHeight, std::min(fitH, int(std::lround(tileW / m_aspect * 1.6))));
    const int canvasH = std::max(height, rows * tileH + (rows - 1) * m_spacing);
    m_canvas->resize(width, canvasH);
    for (int i = 0; i < count; ++i) {
        const int row = i / bestColumns;
        const int column = i % bestColumns;
        m_tiles.at(i)->setGeometry(column * (tileW + m_spacing), row * (tileH + m_spacing), tileW, tileH);
    }
    setVerticalScrollBarPolicy(canvasH > height ? Qt::ScrollBarAlwaysOn : Qt::ScrollBarAlwaysOff);
    Q_EMIT laidOut();
}

const QList<QWidget*>& TileGrid::tiles() const
{
    return m_tiles;
}

} // namespace antre::kiosk
