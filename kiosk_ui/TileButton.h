#pragma once

#include <QAbstractButton>
#include <QColor>
#include <QList>
#include <QRectF>

namespace antre::kiosk {

// A large touch tile: an optional coloured badge (agency code, ticket prefix, symbol), a title and a status
// line. Text wraps and shrinks until it fits, so long Indonesian names are never cut off. An unavailable
// tile is greyed and shows its reason in words, not only in colour.
class TileButton final : public QAbstractButton
{
    Q_OBJECT
public:
    explicit TileButton(QWidget* parent = nullptr);

    void setBadge(const QString& text, const QColor& color);
    void setTitle(const QString& title);
    void setStatus(const QString& status);
    void setAvailable(bool available);
    // Colours for a filled tile (the confirm screen's big choices); default is white with dark text.
    void setColors(const QColor& background, const QColor& foreground);
    void setUnit(double unit);

    QString title() const;
    QString status() const;
    bool isAvailable() const;

    // The largest text scale (1.0 = normal size, at most 1.3) at which title and status fit this tile.
    qreal fittingScale() const;
    // Never draw text larger than this scale.
    void setScaleCap(qreal cap);
    // Gives a set of tiles one common text size, the one the most crowded tile needs.
    static void equalize(const QList<TileButton*>& tiles);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Geometry
    {
        QRectF frame;
        QRectF badge;
        QRectF text;
        bool pill = false;
    };
    Geometry geometry() const;
    void updateAccessibleText();

    QString m_badge;
    QColor m_badgeColor;
    QString m_title;
    QString m_status;
    bool m_available = true;
    QColor m_background = Qt::white;
    QColor m_foreground;
    double m_unit = 1.0;
    qreal m_scaleCap = 1.3;
};

} // namespace antre::kiosk
