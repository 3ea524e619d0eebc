#include "display_ui/CallPanel.h"

#include "display_ui/DisplayPaint.h"
#include "ui_common/Style.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
constexpr int kPulseMs = 700;
constexpr int kPulses = 4;
} // namespace

CallPanel::CallPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"callPanel"_s);
    m_pulse.setStartValue(0.0);
    m_pulse.setKeyValueAt(0.5, 1.0);
    m_pulse.setEndValue(0.0);
    m_pulse.setDuration(kPulseMs);
    m_pulse.setLoopCount(kPulses);
    m_pulse.setEasingCurve(QEasingCurve::InOutSine);
    connect(&m_pulse, &QVariantAnimation::valueChanged, this, [this] { update(); });
    updateAccessibility();
}

CallPanel::~CallPanel() = default;

void CallPanel::setUnit(qreal unit)
{
    m_unit = unit;
    update();
}

void CallPanel::setCall(const std::optional<CallInfo>& call, bool attention)
{
    const bool same =
        call.has_value() == m_call.has_value() &&
        (!call || (call->eventId == m_call->eventId && call->counterName == m_call->counterName));
    m_call = call;
    if (attention && call) {
        m_pulse.stop();
        m_pulse.start();
    }
    if (!same) {
        updateAccessibility();
        update();
    }
}

QString CallPanel::shownNumber() const
{
    return m_call ? m_call->number.toString() : QString();
}

QString CallPanel::shownCounter() const
{
    return m_call ? (m_call->counterName.isEmpty() ? m_call->counterCode : m_call->counterName) : QString();
}

bool CallPanel::isPulsing() const
{
    return m_pulse.state() == QAbstractAnimation::Running;
}

void CallPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibility();
        update();
    }
    QWidget::changeEvent(event);
}

void CallPanel::updateAccessibility()
{
    setAccessibleName(tr("Latest call"));
    setAccessibleDescription(m_call ? tr("Ticket %1, please go to %2").arg(shownNumber(), shownCounter())
                                    : tr("No calls yet today"));
}

void CallPanel::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = rect();
    const qreal pulse = isPulsing() ? m_pulse.currentValue().toReal() : 0.0;
    DisplayPaint::panel(p, r, DisplayPaint::blend(Style::surface(), Style::accent(), pulse), 18 * m_unit);
    // A border that stays when the fill fades, so the newest call reads as the focus of the screen.
    p.setPen(QPen(Style::primary(), 6 * m_unit));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(r.adjusted(3 * m_unit, 3 * m_unit, -3 * m_unit, -3 * m_unit), 16 * m_unit, 16 * m_unit);

    const qreal pad = 28 * m_unit;
    const QRectF inner = r.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
    const qreal h = inner.height();
    const qreal w = inner.width();
    if (!m_call) {
        const QString none = tr("No calls yet today");
        DisplayPaint::text(p, inner, none, DisplayPaint::fitted(none, h * 0.12, w), Style::muted(),
                           Qt::AlignCenter);
        return;
    }

    const QString caption = tr("Ticket number").toUpper();
    const QString goTo = tr("Please go to").toUpper();
    const QString number = shownNumber();
    const QString counter = shownCounter();
    // Heights as parts of the panel: caption, number, caption, counter, service.
    const qreal parts[] = {0.09, 0.34, 0.09, 0.23, 0.09};
    qreal gap = (1.0 - (parts[0] + parts[1] + parts[2] + parts[3] + parts[4])) / 4 * h;
    qreal y = inner.top();
    auto row = [&](qreal part) {
        const QRectF line(inner.left(), y, w, part * h);
        y += part * h + gap;
        return line;
    };
    const QRectF captionRow = row(parts[0]);
    const QRectF numberRow = row(parts[1]);
    const QRectF goToRow = row(parts[2]);
    const QRectF counterRow = row(parts[3]);
    const QRectF serviceRow = row(parts[4]);

    const QColor captionColor = DisplayPaint::blend(Style::muted().darker(130), Style::text(), pulse);
    const QFont captionFont = DisplayPaint::fitted(caption, captionRow.height() * 0.85, w * 0.6, true);
    DisplayPaint::text(p, captionRow, caption, captionFont, captionColor, Qt::AlignCenter);
    DisplayPaint::text(p, numberRow, number, DisplayPaint::fitted(number, numberRow.height() * 1.18, w, true),
                       Style::primary(), Qt::AlignCenter);
    DisplayPaint::text(p, goToRow, goTo, DisplayPaint::fitted(goTo, goToRow.height() * 0.85, w * 0.6, true),
                       captionColor, Qt::AlignCenter);
    DisplayPaint::text(p, counterRow, counter,
                       DisplayPaint::fitted(counter, counterRow.height() * 1.1, w, true), Style::text(),
                       Qt::AlignCenter);
    DisplayPaint::text(p, serviceRow, m_call->serviceName,
                       DisplayPaint::fitted(m_call->serviceName, serviceRow.height() * 0.8, w, false,
                                            serviceRow.height() * 0.55),
                       Style::text(), Qt::AlignCenter);

    // Badges beside the caption: a recall (left) and a priority ticket (right) are told apart at a glance.
    const qreal side = (w - QFontMetricsF(captionFont).horizontalAdvance(caption)) / 2 - 24 * m_unit;
    auto badge = [&](const QString& text, const QColor& fill, bool left) {
        const QFont f = DisplayPaint::fitted(text, captionRow.height() * 0.6, side - 28 * m_unit, true);
        const qreal bw = QFontMetricsF(f).horizontalAdvance(text) + 28 * m_unit;
        const qreal bh = captionRow.height() * 1.1;
        const QRectF box(left ? inner.left() : inner.right() - bw, captionRow.center().y() - bh / 2, bw, bh);
        DisplayPaint::panel(p, box, fill, bh / 2);
        DisplayPaint::text(p, box, text, f, Qt::white, Qt::AlignCenter);
    };
    if (m_call->recall)
        badge(tr("Recall"), Style::danger(), true);
    if (m_call->priority)
        badge(tr("Priority"), Style::ok(), false);
}

} // namespace antre
