#pragma once

#include "kiosk_ui/QrCode.h"
#include "kiosk_ui/TicketContent.h"

#include <QFont>
#include <QList>
#include <QRectF>

#include <optional>

class QPaintDevice;
class QPainter;

namespace antre::kiosk {

// The one ticket layout for 58 mm and 80 mm paper, laid out in the device units of the device it will be
// painted on (a printer, a PDF page, an image). The page is as long as the content.
class TicketLayout final
{
public:
    TicketLayout(const TicketContent& content, int paperMm, const QPaintDevice& device);

    qreal widthMm() const;
    qreal heightMm() const;
    // Where the QR symbol (without its quiet zone) lands, in millimetres from the top-left corner.
    QRectF qrRectMm() const;
    void paint(QPainter& painter) const;

    // The printable width of common thermal printers: 48 mm of 58 mm paper, 72 mm of 80 mm.
    static qreal printableMm(int paperMm);

private:
    enum class Kind
    {
        Text,
        Inverse,
        Box,
        Rule,
        Qr
    };
    struct Item
    {
        Kind kind = Kind::Text;
        QRectF rect;
        QString text;
        QFont font;
        int flags = 0;
    };

    qreal px(qreal mm) const;
    QFont font(qreal heightMm, bool bold) const;
    // Adds a wrapped text block at the current position and moves below it.
    void addText(const QString& text, const QFont& font, Qt::Alignment align, qreal left = 0);
    void addGap(qreal mm);

    const QPaintDevice& m_device;
    qreal m_paperMm;
    qreal m_dpi;
    qreal m_left = 0;
    qreal m_width = 0;
    qreal m_y = 0;
    QList<Item> m_items;
    std::optional<QrCode> m_qr;
};

} // namespace antre::kiosk
