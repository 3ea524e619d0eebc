#include "CounterBoard.h"

#include "DisplayPaint.h"
#include "Style.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace antre {

CounterBoard::CounterBoard(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"counterBoard"_s);
    updateAccessibility();
}

CounterBoard::~CounterBoard() = default;

void CounterBoard::setUnit(qreal unit)
{
    m_unit = unit;
    update();
}

void CounterBoard::setCounters(const QList<CounterStatus>& counters)
{
    m_counters.clear();
    for (const auto& c : counters)
        if (c.state != CounterState::Closed)
            m_counters << c;
    updateAccessibility();
    update();
}

QString CounterBoard::stateText(const CounterStatus& counter) const
{
    if (counter.state == CounterState::Break)
        return tr("On break");
    if (!counter.current)
        return tr("Ready");
    return counter.current->status == TicketStatus::Serving ? tr("Being served") : tr("Called");
}

void CounterBoard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibility();
        update();
    }
    QWidget::changeEvent(event);
}

void CounterBoard::updateAccessibility()
{
    setAccessibleName(tr("Now at the counters"));
    QStringList lines;
    for (const auto& c : std::as_const(m_counters))
        lines << (c.current ? c.name + u": "_s + c.current->number.toString() : c.name + u": "_s + stateText(c));
    setAccessibleDescription(lines.join(u"; "_s));
}

void CounterBoard::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    DisplayPaint::panel(p, rect(), Style::surface(), 18 * m_unit);
    const qreal pad = 24 * m_unit;
    const QRectF body = DisplayPaint::heading(p, QRectF(rect()).adjusted(pad, pad * 0.7, -pad, -pad * 0.7),
                                              tr("Now at the counters"), m_unit);
    if (m_counters.isEmpty()) {
        const QString none = tr("No counter is open at the moment");
        DisplayPaint::text(p, body, none, DisplayPaint::fitted(none, 34 * m_unit, body.width()), Style::muted(),
                           Qt::AlignCenter);
        return;
    }
    const qreal gap = 12 * m_unit;
    const QSize grid = DisplayPaint::grid(static_cast<int>(m_counters.size()), body.size(), 2.1);
    const qreal cellW = (body.width() + gap) / grid.width();
    const qreal cellH = std::min((body.height() + gap) / grid.height(), cellW / 1.4);
    for (qsizetype i = 0; i < m_counters.size(); ++i) {
        const CounterStatus& c = m_counters.at(i);
        const int col = static_cast<int>(i % grid.width());
        const int row = static_cast<int>(i / grid.width());
        const QRectF tile(body.left() + col * cellW, body.top() + row * cellH, cellW - gap, cellH - gap);
        const bool onBreak = c.state == CounterState::Break;
        const bool called = c.current && c.current->status == TicketStatus::Called;
        DisplayPaint::panel(p, tile, onBreak ? Style::background() : QColor(0xe8, 0xef, 0xfb), 12 * m_unit);
        // A called number (person still walking over) is marked amber; one being served, blue.
        const QColor bar = onBreak ? Style::muted() : (called ? Style::accent() : Style::primary());
        DisplayPaint::panel(p, QRectF(tile.left(), tile.top(), 10 * m_unit, tile.height()), bar, 5 * m_unit);

        const QRectF inner = tile.adjusted(22 * m_unit, tile.height() * 0.06, -12 * m_unit, -tile.height() * 0.06);
        const qreal h = inner.height();
        const QString name = c.name.isEmpty() ? c.code : c.name;
        const QRectF nameRect(inner.left(), inner.top(), inner.width(), h * 0.28);
        DisplayPaint::text(p, nameRect, name, DisplayPaint::fitted(name, h * 0.24, inner.width(), true, h * 0.16),
                           Style::text());
        const QRectF numberRect(inner.left(), inner.top() + h * 0.28, inner.width(), h * 0.48);
        const QString number = c.current ? c.current->number.toString() : u"—"_s;
        DisplayPaint::text(p, numberRect, number, DisplayPaint::fitted(number, h * 0.46, inner.width(), true),
                           onBreak ? Style::muted() : Style::primary());
        const QRectF stateRect(inner.left(), inner.top() + h * 0.76, inner.width(), h * 0.24);
        const QString state = stateText(c);
        DisplayPaint::text(p, stateRect, state, DisplayPaint::fitted(state, h * 0.19, inner.width(), false, h * 0.13),
                           Style::muted().darker(140));
    }
}

} // namespace antre
