#include "display_ui/CounterBoard.h"

#include "display_ui/DisplayPaint.h"
#include "ui_common/Style.h"

#include <QEvent>
#include <QFontMetricsF>
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
    return counter.current->status == TicketStatus::Serving ? tr("Serving") : tr("Called");
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
        lines << (c.current ? c.name + u": "_s + c.current->number.toString()
                            : c.name + u": "_s + stateText(c));
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
        DisplayPaint::text(p, body, none, DisplayPaint::fitted(none, 34 * m_unit, body.width()),
                           Style::muted(), Qt::AlignCenter);
        return;
    }
    const qreal gap = 12 * m_unit;
    const QSize grid = DisplayPaint::grid(static_cast<int>(m_counters.size()), body.size(), 2.1);
    const qreal cellW = (body.width() + gap) / grid.width();
    const qreal cellH = std::min((body.height() + gap) / grid.height(), cellW / 1.4);
    // One size for all counter names: the one that fits the longest name beside the widest pill.
    const qreal innerW = cellW - gap - 36 * m_unit;
    const qreal topH = (cellH - gap) * 0.88 * 0.36;
    QString widestState;
    for (const QString& state : {tr("Called"), tr("Serving"), tr("Ready")})
        if (state.size() > widestState.size())
            widestState = state;
    const QFont pillFont = DisplayPaint::fitted(widestState, topH * 0.56, innerW * 0.5, true);
    const qreal pillSpace = QFontMetricsF(pillFont).horizontalAdvance(widestState) + topH * 0.6 + 8 * m_unit;
    qreal namePx = topH * 0.74;
    for (const auto& c : std::as_const(m_counters)) {
        const QString name = c.name.isEmpty() ? c.code : c.name;
        namePx = std::min(
            namePx, DisplayPaint::fitted(name, topH * 0.74, innerW - pillSpace, true).pixelSize() * 1.0);
    }
    const QFont nameFont = DisplayPaint::font(namePx, true);

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

        // Top line: counter name and, in a pill, what the number below is doing; then the number.
        const QRectF inner =
            tile.adjusted(24 * m_unit, tile.height() * 0.07, -12 * m_unit, -tile.height() * 0.05);
        const qreal h = inner.height();
        const QRectF top(inner.left(), inner.top(), inner.width(), h * 0.36);
        const QRectF numberRect(inner.left(), top.bottom(), inner.width(), h * 0.64);
        const QString name = c.name.isEmpty() ? c.code : c.name;
        qreal nameRight = top.right();
        if (!onBreak) {
            const QString state = stateText(c);
            const qreal pillW = QFontMetricsF(pillFont).horizontalAdvance(state) + top.height() * 0.6;
            const QRectF pill(top.right() - pillW, top.top() + top.height() * 0.08, pillW,
                              top.height() * 0.84);
            DisplayPaint::panel(p, pill, called ? Style::accent() : Style::surface(), pill.height() / 2);
            DisplayPaint::text(p, pill, state, pillFont, called ? Style::text() : Style::primary(),
                               Qt::AlignCenter);
            nameRight = pill.left() - 8 * m_unit;
        }
        const QRectF nameRect(top.left(), top.top(), nameRight - top.left(), top.height());
        DisplayPaint::text(p, nameRect, name, nameFont, Style::text());
        const QString number = onBreak ? stateText(c) : (c.current ? c.current->number.toString() : u"—"_s);
        const qreal numberPx = onBreak ? numberRect.height() * 0.5 : numberRect.height() * 0.86;
        DisplayPaint::text(p, numberRect, number,
                           DisplayPaint::fitted(number, numberPx, numberRect.width(), true),
                           onBreak ? Style::muted() : Style::primary());
    }
}

} // namespace antre
