#include "display_ui/RunningText.h"

#include "display_ui/DisplayPaint.h"
#include "ui_common/Style.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
// 30 frames a second is smooth on a TV and leaves the CPU to the rest of a small PC.
constexpr int kFrameMs = 33;
// Pixels per second as a multiple of the bar height: about two words a second at any screen size.
constexpr qreal kSpeedPerHeight = 2.2;
const QString kSeparator = u"      •      "_s;
// The start of the text stays still for a moment, so the first words can be read.
constexpr qint64 kHoldMs = 2500;
} // namespace

RunningText::RunningText(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"runningText"_s);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_frame.setInterval(kFrameMs);
    connect(&m_frame, &QTimer::timeout, this, [this] { update(); });
    m_started.start();
}

RunningText::~RunningText() = default;

void RunningText::setText(const QString& text)
{
    const QString simplified = text.simplified();
    if (simplified == m_text)
        return;
    m_text = simplified;
    setAccessibleName(m_text);
    m_started.restart();
    updateTimer();
    update();
}

QFont RunningText::textFont() const
{
    return DisplayPaint::font(height() * 0.5);
}

qreal RunningText::textWidth() const
{
    return QFontMetricsF(textFont()).horizontalAdvance(m_text);
}

bool RunningText::isScrolling() const
{
    return !m_text.isEmpty() && textWidth() > width() * 0.96;
}

void RunningText::updateTimer()
{
    if (isVisible() && isScrolling())
        m_frame.start();
    else
        m_frame.stop();
}

void RunningText::showEvent(QShowEvent* event)
{
    updateTimer();
    QWidget::showEvent(event);
}

void RunningText::hideEvent(QHideEvent* event)
{
    m_frame.stop();
    QWidget::hideEvent(event);
}

void RunningText::resizeEvent(QResizeEvent* event)
{
    updateTimer();
    QWidget::resizeEvent(event);
}

void RunningText::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Style::primary().darker(135));
    if (m_text.isEmpty())
        return;
    p.setFont(textFont());
    p.setPen(Qt::white);
    const QRectF r = rect();
    if (!isScrolling()) {
        p.drawText(r, Qt::AlignCenter, m_text);
        return;
    }
    // The text loops with a separator; the offset comes from elapsed time, so a late frame does not
    // slow the ticker down.
    const QString loop = m_text + kSeparator;
    const qreal loopWidth = QFontMetricsF(p.font()).horizontalAdvance(loop);
    const qint64 moving = std::max<qint64>(0, m_started.elapsed() - kHoldMs);
    const qreal travelled = moving / 1000.0 * kSpeedPerHeight * height();
    const qreal start = height() * 0.4 - std::fmod(travelled, loopWidth);
    for (qreal x = start; x < r.width(); x += loopWidth)
        p.drawText(QRectF(x, 0, loopWidth + 4, r.height()), Qt::AlignLeft | Qt::AlignVCenter, loop);
}

} // namespace antre
