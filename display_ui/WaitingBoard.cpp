#include "WaitingBoard.h"

#include "DisplayPaint.h"
#include "Style.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace antre {

WaitingBoard::WaitingBoard(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"waitingBoard"_s);
    updateAccessibility();
}

WaitingBoard::~WaitingBoard() = default;

void WaitingBoard::setUnit(qreal unit)
{
    m_unit = unit;
    update();
}

void WaitingBoard::setServices(const QList<ServiceStatus>& services)
{
    m_services.clear();
    for (const auto& s : services)
        if (s.availability.isOpen() || s.waiting > 0)
            m_services << s;
    updateAccessibility();
    update();
}

void WaitingBoard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibility();
        update();
    }
    QWidget::changeEvent(event);
}

void WaitingBoard::updateAccessibility()
{
    setAccessibleName(tr("Waiting per service"));
    QStringList lines;
    for (const auto& s : std::as_const(m_services))
        lines << tr("%1: %n waiting", nullptr, s.waiting).arg(s.name);
    setAccessibleDescription(lines.join(u"; "_s));
}

void WaitingBoard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    DisplayPaint::panel(p, rect(), Style::surface(), 18 * m_unit);
    const qreal pad = 24 * m_unit;
    const QRectF body = DisplayPaint::heading(p, QRectF(rect()).adjusted(pad, pad * 0.7, -pad, -pad * 0.7),
                                              tr("Waiting per service"), m_unit);
    if (m_services.isEmpty()) {
        const QString none = tr("No service is open at the moment");
        DisplayPaint::text(p, body, none, DisplayPaint::fitted(none, 34 * m_unit, body.width()), Style::muted(),
                           Qt::AlignCenter);
        return;
    }
    const qreal gap = 10 * m_unit;
    const QSize grid = DisplayPaint::grid(static_cast<int>(m_services.size()), body.size(), 6.0, 3);
    const qreal cellW = (body.width() + gap) / grid.width();
    const qreal cellH = std::min((body.height() + gap) / grid.height(), 92 * m_unit);
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        const ServiceStatus& s = m_services.at(i);
        const int col = static_cast<int>(i / grid.height());
        const int row = static_cast<int>(i % grid.height());
        const QRectF cell(body.left() + col * cellW, body.top() + row * cellH, cellW - gap, cellH - gap);
        const qreal h = cell.height();
        const bool open = s.availability.isOpen();
        if (row % 2 == 0)
            DisplayPaint::panel(p, cell, Style::background(), 8 * m_unit);

        const QRectF badge(cell.left() + h * 0.12, cell.top() + h * 0.12, h * 0.76, h * 0.76);
        DisplayPaint::panel(p, badge, open ? Style::primary() : Style::muted(), h * 0.14);
        DisplayPaint::text(p, badge, s.prefix, DisplayPaint::fitted(s.prefix, h * 0.5, badge.width() * 0.9, true),
                           Qt::white, Qt::AlignCenter);

        const QString count = QString::number(s.waiting);
        const QFont countFont = DisplayPaint::font(h * 0.56, true);
        const qreal countW = std::max(QFontMetricsF(countFont).horizontalAdvance(u"000"_s),
                                      QFontMetricsF(countFont).horizontalAdvance(count));
        const QRectF countRect(cell.right() - countW - h * 0.2, cell.top(), countW, h);
        DisplayPaint::text(p, countRect, count, countFont, open ? Style::text() : Style::muted(),
                           Qt::AlignRight | Qt::AlignVCenter);

        const qreal nameLeft = badge.right() + h * 0.2;
        const QRectF nameArea(nameLeft, cell.top(), countRect.left() - nameLeft - h * 0.15, h);
        if (open) {
            DisplayPaint::text(p, nameArea, s.name,
                               DisplayPaint::fitted(s.name, h * 0.36, nameArea.width(), false, h * 0.3), Style::text());
        } else {
            // Still people waiting but no more tickets: say why under the name.
            const QRectF top(nameArea.left(), nameArea.top() + h * 0.08, nameArea.width(), h * 0.5);
            const QRectF bottom(nameArea.left(), nameArea.top() + h * 0.52, nameArea.width(), h * 0.4);
            DisplayPaint::text(p, top, s.name, DisplayPaint::fitted(s.name, h * 0.32, top.width(), false, h * 0.28),
                               Style::text());
            const QString why = s.availability.reason();
            DisplayPaint::text(p, bottom, why, DisplayPaint::fitted(why, h * 0.26, bottom.width(), false, h * 0.22),
                               Style::warning().darker(120));
        }
    }
}

} // namespace antre
