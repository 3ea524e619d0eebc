#include "display_ui/RecentCallsView.h"

#include "display_ui/DisplayPaint.h"
#include "ui_common/Style.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace antre {

RecentCallsView::RecentCallsView(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"recentCalls"_s);
    updateAccessibility();
}

RecentCallsView::~RecentCallsView() = default;

void RecentCallsView::setUnit(qreal unit)
{
    m_unit = unit;
    update();
}

void RecentCallsView::setRows(int rows)
{
    m_rows = std::max(1, rows);
    update();
}

void RecentCallsView::setCalls(const QList<CallInfo>& calls)
{
    QList<CallInfo> shown = calls.mid(0, m_rows);
    const auto key = [](const QList<CallInfo>& list) {
        QList<qint64> ids;
        for (const auto& c : list)
            ids << c.eventId;
        return ids;
    };
    if (key(shown) == key(m_calls))
        return;
    m_calls = shown;
    updateAccessibility();
    update();
}

void RecentCallsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibility();
        update();
    }
    QWidget::changeEvent(event);
}

void RecentCallsView::updateAccessibility()
{
    setAccessibleName(tr("Previous calls"));
    QStringList lines;
    for (const auto& c : std::as_const(m_calls))
        lines << tr("%1 to %2")
                     .arg(c.number.toString(), c.counterName.isEmpty() ? c.counterCode : c.counterName);
    setAccessibleDescription(lines.join(u"; "_s));
}

void RecentCallsView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    DisplayPaint::panel(p, rect(), Style::surface(), 18 * m_unit);
    const qreal pad = 24 * m_unit;
    const QRectF body = DisplayPaint::heading(p, QRectF(rect()).adjusted(pad, pad * 0.7, -pad, -pad * 0.7),
                                              tr("Previous calls"), m_unit);
    if (m_calls.isEmpty()) {
        const QString none = tr("No earlier calls yet");
        DisplayPaint::text(p, body, none, DisplayPaint::fitted(none, 34 * m_unit, body.width()),
                           Style::muted(), Qt::AlignCenter);
        return;
    }
    // A wide, low panel lists in two columns (newest first, down the left column, then the right).
    const int columns = body.width() > body.height() * 1.5 && m_rows >= 4 ? 2 : 1;
    const int perColumn = (m_rows + columns - 1) / columns;
    const qreal gap = 28 * m_unit;
    const qreal cellW = (body.width() - gap * (columns - 1)) / columns;
    const qreal rowH = body.height() / perColumn;
    // Columns inside a cell: number | counter. The number's size fits the widest number a hall prints.
    const QFont numberFont = DisplayPaint::fitted(u"W-0000"_s, rowH * 0.62, cellW * 0.5, true);
    const qreal numberWidth = cellW * 0.5;
    for (int i = 0; i < columns * perColumn; ++i) {
        const int column = i / perColumn;
        const int line = i % perColumn;
        const QRectF row(body.left() + column * (cellW + gap), body.top() + line * rowH, cellW, rowH);
        if (i >= m_calls.size())
            continue;
        if (line % 2 == 1)
            DisplayPaint::panel(p, row.adjusted(-10 * m_unit, 2 * m_unit, 10 * m_unit, -2 * m_unit),
                                Style::background(), 8 * m_unit);
        const CallInfo& c = m_calls.at(i);
        const QString counter = c.counterName.isEmpty() ? c.counterCode : c.counterName;
        DisplayPaint::text(p, QRectF(row.left(), row.top(), numberWidth, rowH), c.number.toString(),
                           numberFont, Style::primary());
        const QRectF counterRect(row.left() + numberWidth, row.top(), row.width() - numberWidth, rowH);
        DisplayPaint::text(p, counterRect, counter,
                           DisplayPaint::fitted(counter, rowH * 0.5, counterRect.width(), true, rowH * 0.36),
                           Style::text(), Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace antre
