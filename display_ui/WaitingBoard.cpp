#include "display_ui/WaitingBoard.h"

#include "display_ui/DisplayPaint.h"
#include "ui_common/Style.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString shortName(const QString& name)
{
    static const QRegularExpression details(uR"(\s*\([^)]*\))"_s);
    QString out = QString(name).remove(details);
    if (const auto colon = out.indexOf(u':'); colon > 0)
        out.truncate(colon);
    out = out.trimmed();
    return out.isEmpty() ? name : out;
}

} // namespace

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
        if (s.waiting > 0)
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
        const QString none = tr("Nobody is waiting at the moment");
        DisplayPaint::text(p, body, none, DisplayPaint::fitted(none, 34 * m_unit, body.width()),
                           Style::muted(), Qt::AlignCenter);
        return;
    }
    const qreal gap = 10 * m_unit;
    // Two columns at most: a third would leave too little room for the service names.
    const QSize grid = DisplayPaint::grid(static_cast<int>(m_services.size()), body.size(), 5.0, 2);
    const qreal cellW = (body.width() + gap) / grid.width();
    const qreal cellH = std::min((body.height() + gap) / grid.height(), 92 * m_unit);
    const qreal h = cellH - gap;
    const QFont countFont = DisplayPaint::font(h * 0.56, true);
    const qreal countW = QFontMetricsF(countFont).horizontalAdvance(u"000"_s);

    struct Row
    {
        QRectF cell, badge, count, name;
    };
    QList<Row> rows;
    // One size for every name, so the list reads as a list.
    const qreal namePx = std::floor(std::min(h * 0.38, 24 * m_unit));
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        const int col = static_cast<int>(i / grid.height());
        const int row = static_cast<int>(i % grid.height());
        Row r;
        r.cell = QRectF(body.left() + col * cellW, body.top() + row * cellH, cellW - gap, h);
        r.badge = QRectF(r.cell.left() + h * 0.12, r.cell.top() + h * 0.12, h * 0.76, h * 0.76);
        r.count = QRectF(r.cell.right() - countW - h * 0.2, r.cell.top(), countW, h);
        const qreal nameLeft = r.badge.right() + h * 0.2;
        r.name = QRectF(nameLeft, r.cell.top() + h * 0.04, r.count.left() - nameLeft - h * 0.1, h * 0.92);
        rows << r;
    }

    for (qsizetype i = 0; i < m_services.size(); ++i) {
        const ServiceStatus& s = m_services.at(i);
        const Row& r = rows.at(i);
        const bool open = s.availability.isOpen();
        if (i % grid.height() % 2 == 0)
            DisplayPaint::panel(p, r.cell, Style::background(), 8 * m_unit);
        DisplayPaint::panel(p, r.badge, open ? Style::primary() : Style::muted(), h * 0.14);
        DisplayPaint::text(p, r.badge, s.prefix,
                           DisplayPaint::fitted(s.prefix, h * 0.5, r.badge.width() * 0.9, true), Qt::white,
                           Qt::AlignCenter);
        DisplayPaint::text(p, r.count, QString::number(s.waiting), countFont,
                           open ? Style::text() : Style::muted(), Qt::AlignRight | Qt::AlignVCenter);
        // A name too long for the space loses its details: "KTP-el (Perekaman, …)" → "KTP-el".
        const QString name =
            DisplayPaint::wrappedSize(r.name, s.name, namePx, namePx - 1, open ? 2 : 1) >= namePx
                ? s.name
                : shortName(s.name);
        if (open) {
            DisplayPaint::wrappedText(p, r.name, name, namePx, namePx, 2, Style::text());
        } else {
            // Still people waiting but no more tickets: say why under the name.
            const QRectF top(r.name.left(), r.name.top(), r.name.width(), r.name.height() * 0.52);
            const QRectF bottom(r.name.left(), top.bottom(), r.name.width(), r.name.height() * 0.48);
            DisplayPaint::wrappedText(p, top, name, namePx, namePx, 1, Style::text());
            DisplayPaint::wrappedText(p, bottom, s.availability.reason(), namePx * 0.85, namePx * 0.85, 1,
                                      Style::warning().darker(120));
        }
    }
}

} // namespace antre
