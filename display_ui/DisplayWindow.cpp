#include "display_ui/DisplayWindow.h"

#include "core/Clock.h"
#include "core/Schedule.h"
#include "display_ui/CallPanel.h"
#include "display_ui/CounterBoard.h"
#include "display_ui/DisplayModel.h"
#include "display_ui/DisplayPaint.h"
#include "display_ui/HeaderBar.h"
#include "display_ui/RecentCallsView.h"
#include "display_ui/RunningText.h"
#include "display_ui/WaitingBoard.h"
#include "ui_common/Style.h"

#include <QEvent>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace antre {

DisplayWindow::DisplayWindow(DisplayModel& model, const Clock& clock, int recentRows, QWidget* parent)
    : QWidget(parent), m_model(model), m_clock(clock), m_header(new HeaderBar(this)),
      m_call(new CallPanel(this)), m_recent(new RecentCallsView(this)), m_counters(new CounterBoard(this)),
      m_waiting(new WaitingBoard(this)), m_ticker(new RunningText(this)), m_problem(new QLabel(this))
{
    setObjectName(u"lobbyDisplay"_s);
    setAutoFillBackground(true);
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, Style::background());
    setPalette(palette);
    // A TV has no mouse; a pointer left in the middle of the screen would cover a number.
    setCursor(Qt::BlankCursor);

    m_recent->setRows(recentRows);
    m_problem->setObjectName(u"problemBanner"_s);
    m_problem->setAlignment(Qt::AlignCenter);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { background: %1; color: white; }"_s.arg(Style::danger().name()));
    m_problem->hide();

    connect(&m_model, &DisplayModel::statusChanged, this, &DisplayWindow::showStatus);
    connect(&m_model, &DisplayModel::callsArrived, this, [this] {
        m_call->setCall(m_model.latest(), true);
        m_recent->setCalls(m_model.earlier());
    });
    connect(&m_model, &DisplayModel::problemChanged, this, [this] {
        retranslate();
        layoutPanels();
    });
    connect(&m_tick, &QTimer::timeout, this, &DisplayWindow::tick);
    m_tick.start(1000);

    retranslate();
    showStatus();
    tick();
}

DisplayWindow::~DisplayWindow() = default;

void DisplayWindow::setLogo(const QImage& logo)
{
    m_header->setLogo(logo);
}

void DisplayWindow::showStatus()
{
    const HallConfig& config = m_model.config();
    m_header->setHallName(config.site.name.isEmpty() ? tr("Public service hall") : config.site.name);
    m_ticker->setText(
        config.site.runningText.isEmpty()
            ? tr("Welcome to %1. Take a ticket at the kiosk and wait until your number is called.")
                  .arg(config.site.name.isEmpty() ? tr("the public service hall") : config.site.name)
            : config.site.runningText);
    m_counters->setCounters(m_model.status().counters);
    m_waiting->setServices(m_model.status().services);
    showCalls();
}

void DisplayWindow::showCalls()
{
    m_call->setCall(m_model.latest(), false);
    m_recent->setCalls(m_model.earlier());
}

void DisplayWindow::tick()
{
    const QDateTime utc = m_clock.now();
    const QDateTime local = utc.toTimeZone(Schedule::zone(m_model.config().site.timezone));
    //: Locale code whose day and month names the display's date uses; Indonesian: id_ID.
    m_header->setNow(local, QLocale(tr("en_GB")));
    // Opening hours change with the time, not only with writes: re-read once a minute.
    const qint64 minute = utc.toSecsSinceEpoch() / 60;
    if (m_lastMinute >= 0 && minute != m_lastMinute)
        m_model.refreshStatus();
    m_lastMinute = minute;
}

void DisplayWindow::retranslate()
{
    setWindowTitle(tr("Antre — lobby display"));
    setAccessibleName(tr("Lobby display"));
    setAccessibleDescription(tr("Shows which ticket number is called to which counter"));
    const QString problem = m_model.problem();
    m_problem->setText(
        problem.isEmpty()
            ? QString()
            : tr("The queue cannot be read: %1 — the board shows the last known state.").arg(problem));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setVisible(!problem.isEmpty());
    m_header->setNow(m_clock.now().toTimeZone(Schedule::zone(m_model.config().site.timezone)),
                     QLocale(tr("en_GB")));
}

void DisplayWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DisplayWindow::resizeEvent(QResizeEvent* event)
{
    layoutPanels();
    QWidget::resizeEvent(event);
}

void DisplayWindow::layoutPanels()
{
    const qreal w = width();
    const qreal h = height();
    const bool portrait = h > w;
    const qreal unit = portrait ? std::min(w / 1080.0, h / 1920.0) : std::min(w / 1920.0, h / 1080.0);
    const qreal margin = 20 * unit;
    const qreal headerH = (portrait ? 130 : 112) * unit;
    const qreal tickerH = (portrait ? 84 : 74) * unit;
    const qreal problemH = m_model.problem().isEmpty() ? 0 : 56 * unit;

    m_header->setGeometry(QRectF(0, 0, w, headerH).toRect());
    m_ticker->setGeometry(QRectF(0, h - tickerH, w, tickerH).toRect());
    m_problem->setGeometry(QRectF(0, h - tickerH - problemH, w, problemH).toRect());
    m_problem->setFont(DisplayPaint::font(24 * unit, true));

    const QRectF body(margin, headerH + margin, w - 2 * margin,
                      h - headerH - tickerH - problemH - 2 * margin);
    m_call->setUnit(unit);
    m_recent->setUnit(unit);
    m_counters->setUnit(unit);
    m_waiting->setUnit(unit);

    if (portrait) {
        // One column: the call on top where the eye lands, then the lists.
        const qreal callH = body.height() * 0.3;
        const qreal recentH = body.height() * 0.17;
        const qreal countersH = body.height() * 0.22;
        qreal y = body.top();
        m_call->setGeometry(QRectF(body.left(), y, body.width(), callH).toRect());
        y += callH + margin;
        m_recent->setGeometry(QRectF(body.left(), y, body.width(), recentH).toRect());
        y += recentH + margin;
        m_counters->setGeometry(QRectF(body.left(), y, body.width(), countersH).toRect());
        y += countersH + margin;
        m_waiting->setGeometry(QRectF(body.left(), y, body.width(), body.bottom() - y).toRect());
        return;
    }
    const qreal leftW = (body.width() - margin) * 0.56;
    const qreal rightW = body.width() - margin - leftW;
    const qreal callH = (body.height() - margin) * 0.53;
    const qreal recentH = (body.height() - margin) * 0.34;
    m_call->setGeometry(QRectF(body.left(), body.top(), leftW, callH).toRect());
    m_counters->setGeometry(
        QRectF(body.left(), body.top() + callH + margin, leftW, body.height() - callH - margin).toRect());
    const qreal right = body.left() + leftW + margin;
    m_recent->setGeometry(QRectF(right, body.top(), rightW, recentH).toRect());
    m_waiting->setGeometry(
        QRectF(right, body.top() + recentH + margin, rightW, body.height() - recentH - margin).toRect());
}

} // namespace antre
