#include "kiosk_ui/TicketLayout.h"

#include "kiosk_ui/QrCode.h"
#include "ui_common/Style.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {
constexpr int kQuietZone = 4;
}

qreal TicketLayout::printableMm(int paperMm)
{
    return paperMm <= 58 ? 48.0 : 72.0;
}

TicketLayout::TicketLayout(const TicketContent& content, int paperMm, const QPaintDevice& device)
    : m_device(device), m_paperMm(paperMm), m_dpi(device.logicalDpiY())
{
    const bool narrow = paperMm <= 58;
    m_left = px((paperMm - printableMm(paperMm)) / 2);
    m_width = px(printableMm(paperMm));
    const qreal body = narrow ? 2.8 : 3.2;

    addGap(3);
    addText(content.hallName, font(body * 1.25, true), Qt::AlignHCenter);
    if (!content.agencyName.isEmpty())
        addText(content.agencyName, font(body, false), Qt::AlignHCenter);
    addGap(1.5);
    m_items.append({Kind::Rule, QRectF(m_left, m_y, m_width, px(0.3)), {}, {}, 0});
    addGap(2);
    addText(content.serviceName, font(body * 1.25, true), Qt::AlignHCenter);
    addGap(1.5);
    addText(content.numberLabel, font(body, false), Qt::AlignHCenter);

    // The number is the reason for the ticket: as large as the paper allows.
    QFont numberFont = font(narrow ? 17 : 24, true);
    while (QFontMetricsF(numberFont, &m_device).horizontalAdvance(content.number) > m_width &&
           numberFont.pixelSize() > 8)
        numberFont.setPixelSize(numberFont.pixelSize() * 9 / 10);
    addText(content.number, numberFont, Qt::AlignHCenter);

    if (!content.priorityLabel.isEmpty()) {
        const QFont f = font(body * 1.1, true);
        const qreal h = QFontMetricsF(f, &m_device).height() + px(1.6);
        m_items.append(
            {Kind::Inverse, QRectF(m_left, m_y, m_width, h), content.priorityLabel, f, int(Qt::AlignCenter)});
        m_y += h;
    }
    addGap(1.5);
    addText(content.issuedAt, font(body * 0.9, false), Qt::AlignHCenter);
    addGap(1);
    addText(content.ahead, font(body * 1.1, true), Qt::AlignHCenter);
    addText(content.wait, font(body, false), Qt::AlignHCenter);

    if (!content.requirements.isEmpty()) {
        addGap(2);
        addText(content.requirementsTitle, font(body, true), Qt::AlignLeft);
        const QFont f = font(body * 0.9, false);
        const qreal box = QFontMetricsF(f, &m_device).ascent() * 0.8;
        for (const QString& requirement : content.requirements) {
            addGap(0.5);
            const qreal top = m_y + QFontMetricsF(f, &m_device).ascent() - box;
            m_items.append({Kind::Box, QRectF(m_left + px(0.5), top, box, box), {}, {}, 0});
            addText(requirement, f, Qt::AlignLeft, box + px(2));
        }
    }

    if (!content.qrData.isEmpty()) {
        addGap(3);
        m_qr = QrCode::encode(content.qrData);
        const qreal wanted = px(narrow ? 22 : 28);
        // Whole device pixels per module keep the edges sharp on 203 dpi thermal heads.
        const int modules = m_qr ? m_qr->size() + 2 * kQuietZone : 1;
        const qreal modulePx = std::max<qreal>(1, std::floor(wanted / modules));
        const qreal side = modulePx * modules;
        m_items.append(
            {Kind::Qr, QRectF(m_left + (m_width - side) / 2, m_y, side, side), content.qrData, {}, 0});
        m_y += side;
        addText(content.qrData, font(body * 0.75, false), Qt::AlignHCenter);
    }
    if (!content.footer.isEmpty()) {
        addGap(2.5);
        addText(content.footer, font(body * 0.85, false), Qt::AlignHCenter);
    }
    addGap(6);
}

QFont TicketLayout::font(qreal heightMm, bool bold) const
{
    QFont f(QString::fromLatin1(Style::kFontFamily));
    f.setPixelSize(std::max(1, int(std::lround(px(heightMm)))));
    f.setBold(bold);
    return f;
}

void TicketLayout::addText(const QString& text, const QFont& font, Qt::Alignment align, qreal left)
{
    if (text.isEmpty())
        return;
    const int flags = int(align) | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF area(m_left + left, m_y, m_width - left, 1e6);
    const QRectF bounds = QFontMetricsF(font, &m_device).boundingRect(area, flags, text);
    m_items.append({Kind::Text, QRectF(area.left(), m_y, area.width(), bounds.height()), text, font, flags});
    m_y += bounds.height();
}

qreal TicketLayout::heightMm() const
{
    return m_y * 25.4 / m_dpi;
}

QRectF TicketLayout::qrRectMm() const
{
    for (const Item& item : m_items) {
        if (item.kind != Kind::Qr)
            continue;
        if (!m_qr)
            break;
        const qreal quiet = item.rect.width() * kQuietZone / (m_qr->size() + 2 * kQuietZone);
        const QRectF symbol = item.rect.adjusted(quiet, quiet, -quiet, -quiet);
        const qreal k = 25.4 / m_dpi;
        return {symbol.x() * k, symbol.y() * k, symbol.width() * k, symbol.height() * k};
    }
    return {};
}

void TicketLayout::paint(QPainter& painter) const
{
    painter.save();
    for (const Item& item : m_items) {
        switch (item.kind) {
        case Kind::Text:
            painter.setPen(Qt::black);
            painter.setFont(item.font);
            painter.drawText(item.rect, item.flags, item.text);
            break;
        case Kind::Inverse:
            painter.fillRect(item.rect, Qt::black);
            painter.setPen(Qt::white);
            painter.setFont(item.font);
            painter.drawText(item.rect, item.flags, item.text);
            break;
        case Kind::Box:
            painter.setPen(QPen(Qt::black, px(0.25)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(item.rect);
            break;
        case Kind::Rule:
            painter.fillRect(item.rect, Qt::black);
            break;
        case Kind::Qr: {
            if (!m_qr)
                break;
            const qreal module = item.rect.width() / (m_qr->size() + 2 * kQuietZone);
            painter.fillRect(item.rect, Qt::white);
            for (int y = 0; y < m_qr->size(); ++y)
                for (int x = 0; x < m_qr->size(); ++x)
                    if (m_qr->dark(x, y))
                        painter.fillRect(QRectF(item.rect.x() + (x + kQuietZone) * module,
                                                item.rect.y() + (y + kQuietZone) * module, module, module),
                                         Qt::black);
            break;
        }
        }
    }
    painter.restore();
}

qreal TicketLayout::widthMm() const
{
    return m_paperMm;
}

qreal TicketLayout::px(qreal mm) const
{
    return mm * m_dpi / 25.4;
}

void TicketLayout::addGap(qreal mm)
{
    m_y += px(mm);
}

} // namespace antre::kiosk
