#pragma once

#include <QList>
#include <QScrollArea>

namespace antre::kiosk {

// Lays tiles out in as many columns as make them biggest for the screen (5×3 agencies in landscape,
// 2×7 in portrait) and scrolls by touch only when even the smallest allowed tiles do not fit.
class TileGrid final : public QScrollArea
{
    Q_OBJECT
public:
    explicit TileGrid(QWidget* parent = nullptr);

    // Takes ownership of the widgets; earlier tiles are deleted.
    void setTiles(const QList<QWidget*>& tiles);
    const QList<QWidget*>& tiles() const;
    // The width:height a tile looks best at, and the smallest height allowed (touch target).
    void setShape(double aspect, int minimumHeight, int spacing);

Q_SIGNALS:
    // The tiles have new sizes (after a resize or new tiles).
    void laidOut();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    QWidget* m_canvas;
    QList<QWidget*> m_tiles;
    double m_aspect = 1.6;
    int m_minimumHeight = 120;
    int m_spacing = 20;
};

} // namespace antre::kiosk
