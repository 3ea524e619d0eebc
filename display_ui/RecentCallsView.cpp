#include "RecentCallsView.h"

#include "DisplayPaint.h"
#include "Style.h"

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
        lines << tr("%1 to %2").arg(c.number.toString(), c.counterName.isEmpty() ? c.counterCode : c.counterName);
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
    const qreal rowH = body.height() / m_rows;
    // Columns: number | counter. The number column fits the widest number the hall can print.
    const QFont numberFont = DisplayPaint::fitted(u"W-0000"_s, rowH * 0.62, body.width() * 0.42, true);
    const qreal numberWidth = body.width() * 0.44;
    for (int i = 0; i < m_rows; ++i) {
        const QRectF row(body.left(), body.top() + i * rowH, body.width(), rowH);
        if (i % 2 == 1)
            DisplayPaint::panel(p, row.adjusted(-pad * 0.4, 2 * m_unit, pad * 0.4, -2 * m_unit), Style::background(),
                                8 * m_unit);
        if (i >= m_calls.size()) {
            if (i == 0)
                DisplayPaint::text(p, row, u"—"_s, numberFont, Style::muted());
            continue;
        }
        const CallInfo& c = m_calls.at(i);
        const QString counter = c.counterName.isEmpty() ? c.counterCode : c.counterName;
        DisplayPaint::text(p, QRectF(row.left(), row.top(), numberWidth, rowH), c.number.toString(), numberFont,
                           Style::primary());
        const QRectF counterRect(row.left() + numberWidth, row.top(), row.width() - numberWidth, rowH);
        DisplayPaint::text(p, counterRect, counter,
                           DisplayPaint::fitted(counter, rowH * 0.5, counterRect.width(), true, rowH * 0.36),
                           Style::text(), Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace antre
