#include "supervisor_ui/DashboardView.h"

#include "core/Clock.h"
#include "core/Schedule.h"
#include "core/hall/Hall.h"
#include "core/services/AuditService.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/ComplaintService.h"
#include "supervisor_ui/BackupTile.h"
#include "supervisor_ui/CounterCard.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/UiHelpers.h"
#include "supervisor_ui/WaitLevel.h"
#include "ui_common/Style.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
constexpr int kCardWidth = 230; // narrowest card that still shows "Loket 16" and its badge in large type
constexpr int kMaxAlerts = 100;

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}
} // namespace

DashboardView::DashboardView(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_error(ui::errorLabel(u"dashboard.error"_s, this)),
      m_waiting(new FigureTile(u"dashboard.waiting"_s, this)),
      m_longest(new FigureTile(u"dashboard.longest"_s, this)),
      m_open(new FigureTile(u"dashboard.open"_s, this)),
      m_unstaffed(new FigureTile(u"dashboard.unstaffed"_s, this)),
      m_issued(new FigureTile(u"dashboard.issued"_s, this)),
      m_served(new FigureTile(u"dashboard.served"_s, this)),
      m_complaints(new FigureTile(u"dashboard.complaints"_s, this)), m_cardGrid(new QGridLayout),
      m_cardArea(nullptr), m_services(new QTableWidget(this)), m_alerts(new QListWidget(this)),
      m_alertsTitle(new QLabel(this)), m_ticker(new QTimer(this)), m_backup(new BackupTile(hall, this))
{
    setObjectName(u"dashboard"_s);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(12);
    // One tile for complaints: with a seventh "10 of 11" still fits on a 1366-pixel screen, with an eighth
    // not.
    for (FigureTile* tile : {m_waiting, m_longest, m_open, m_unstaffed, m_issued, m_served, m_complaints})
        figures->addWidget(tile, 1);
    m_complaints->setClickable(true);
    connect(m_complaints, &FigureTile::clicked, this,
            [this] { Q_EMIT complaintsRequested(m_backlog.overdue > 0); });

    auto* boothsTitle = ui::title(tr("Booths"), u"dashboard.boothsTitle"_s, this);
    auto* cards = new QWidget;
    auto* cardsOuter = new QVBoxLayout(cards);
    cardsOuter->setContentsMargins(0, 0, 6, 0);
    m_cardGrid->setSpacing(10);
    cardsOuter->addLayout(m_cardGrid);
    cardsOuter->addStretch();
    auto* cardScroll = new QScrollArea(this);
    cardScroll->setObjectName(u"dashboard.booths"_s);
    cardScroll->setWidget(cards);
    cardScroll->setWidgetResizable(true);
    cardScroll->setFrameShape(QFrame::NoFrame);
    cardScroll->setAccessibleName(tr("Booths"));
    cardScroll->setAccessibleDescription(tr("Every booth with its state, officer and current ticket"));
    cardScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cardArea = cardScroll->viewport();
    m_cardArea->installEventFilter(this);

    auto* servicesTitle = ui::title(tr("Services"), u"dashboard.servicesTitle"_s, this);
    ui::describe(m_services, u"dashboard.services"_s, tr("Services"),
                 tr("Waiting citizens per service and the longest wait against the service's target"));
    m_services->setColumnCount(ServiceColumnCount);
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Agency"), tr("Status"), tr("Waiting"),
                                           tr("Longest wait"), tr("Target"), tr("Issued"), tr("Served"),
                                           tr("Quota left")});
    m_services->verticalHeader()->hide();
    m_services->verticalHeader()->setDefaultSectionSize(34);
    m_services->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_services->setSelectionMode(QAbstractItemView::NoSelection);
    m_services->setFocusPolicy(Qt::NoFocus);
    // Figures in fixed narrow columns under wrapped titles, so that the service name keeps the rest even on
    // a 1366-pixel screen; long texts are elided with the full text in the tooltip.
    QHeaderView* header = m_services->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(2 * header->fontMetrics().height() + 8);
    header->setSectionResizeMode(QHeaderView::Fixed);
    const std::pair<ServiceColumn, int> widths[] = {{Agency, 100},     {Availability, 110}, {Waiting, 84},
                                                    {LongestWait, 96}, {Target, 84},        {IssuedToday, 72},
                                                    {ServedToday, 76}, {QuotaLeft, 106}};
    for (const auto& [column, width] : widths)
        m_services->setColumnWidth(column, width);
    header->setSectionResizeMode(Service, QHeaderView::Stretch);
    m_services->setTextElideMode(Qt::ElideRight);
    m_services->installEventFilter(this);
    m_services->setWordWrap(false);
    QFont tableFont = m_services->font();
    tableFont.setPointSize(11);
    m_services->setFont(tableFont);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(boothsTitle);
    leftLayout->addWidget(cardScroll, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(servicesTitle);
    rightLayout->addWidget(m_services, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"dashboard.split"_s);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setChildrenCollapsible(false);
    split->setSizes({38, 62}); // proportions until the window is shown

    m_alertsTitle->setObjectName(u"dashboard.alertsTitle"_s);
    QFont alertTitleFont = m_alertsTitle->font();
    alertTitleFont.setPointSize(13);
    alertTitleFont.setBold(true);
    m_alertsTitle->setFont(alertTitleFont);
    ui::describe(m_alerts, u"dashboard.alerts"_s, tr("Alerts"),
                 tr("Printer faults and other alerts from the kiosks today, newest first"));
    QFont alertFont = m_alerts->font();
    alertFont.setPointSize(11);
    m_alerts->setFont(alertFont);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(m_error);
    layout->addLayout(figures);
    layout->addWidget(split, 1);
    layout->addWidget(m_alertsTitle);
    layout->addWidget(m_alerts);
    layout->addWidget(m_backup);

    connect(&m_hall.changes, &ChangeNotifier::changed, this, &DashboardView::onDatabaseChanged);
    connect(m_ticker, &QTimer::timeout, this, &DashboardView::tick);
    m_ticker->start(1000);
    refresh();
}

void DashboardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

bool DashboardView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_cardArea && event->type() == QEvent::Resize)
        layoutCards();
    if (watched == m_services && event->type() == QEvent::Resize) {
        // On a narrow screen the agency and the target give way to the service name (both stay in the
        // tooltips of the name and of the longest wait).
        const bool narrow = m_services->width() < 1000;
        m_services->setColumnHidden(Agency, narrow);
        m_services->setColumnHidden(Target, narrow);
    }
    return QWidget::eventFilter(watched, event);
}

void DashboardView::layoutCards()
{
    const int spacing = m_cardGrid->horizontalSpacing();
    const int columns = qMax(1, (m_cardArea->width() - 6 + spacing) / (kCardWidth + spacing));
    if (columns == m_cardColumns && m_cardGrid->count() == m_status.counters.size())
        return;
    m_cardColumns = columns;
    int index = 0;
    for (const auto& counter : std::as_const(m_status.counters)) {
        if (CounterCard* card = m_cards.value(counter.code)) {
            m_cardGrid->addWidget(card, index / columns, index % columns);
            ++index;
        }
    }
}

void DashboardView::onDatabaseChanged()
{
    // Hidden behind another page: read once when shown again instead of on every commit.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void DashboardView::refresh()
{
    m_stale = false;
    ++m_refreshes;
    auto status = m_hall.queue.status();
    if (!status.ok()) {
        ui::setError(m_error, status.error().message);
        return;
    }
    ui::setError(m_error, {});
    m_status = status.value();

    const QTimeZone zone = m_hall.zone();
    const QDateTime from = Schedule::dayStartUtc(m_status.businessDay, zone);
    const QDateTime to = Schedule::dayEndUtc(m_status.businessDay, zone);
    QList<AuditEvent> alerts;
    auto events =
        m_hall.audit.range(from, to, {EventKind::DeviceFault, EventKind::StaffLocked, EventKind::ClockSkew});
    if (!events.ok()) {
        ui::setError(m_error, events.error().message);
        return;
    }
    alerts += events.value();
    std::sort(alerts.begin(), alerts.end(),
              [](const AuditEvent& a, const AuditEvent& b) { return a.id > b.id; });
    showCounters();
    showServices();
    showAlerts(alerts);
    updateFigures();
    m_backup->refresh();
    showComplaints();
}

void DashboardView::showComplaints()
{
    auto backlog = m_hall.all.complaints.backlog();
    if (!backlog.ok()) {
        ui::setError(m_error, backlog.error().message);
        return;
    }
    m_backlog = backlog.value();
    // Overdue is said in words (and a sign) as well as in red.
    const bool late = m_backlog.overdue > 0;
    m_complaints->set(
        late ? tr("⚠ Complaints open / overdue") : tr("Complaints open / overdue"),
        tr("%1 / %2").arg(ReportFormat::count(m_backlog.open), ReportFormat::count(m_backlog.overdue)),
        late ? tr("Open complaints, and those past their answer's due day; click to see the overdue ones")
             : tr("Open complaints, none past its due day; click to see them"),
        late ? Style::danger() : Style::ok());
}

void DashboardView::showCounters()
{
    const QDateTime now = m_hall.clock.now();
    QSet<QString> seen;
    bool added = false;
    for (const auto& counter : m_status.counters) {
        CounterCard*& card = m_cards[counter.code];
        if (!card) {
            card = new CounterCard(counter.code);
            added = true;
        }
        card->setStatus(counter, now);
        seen.insert(counter.code);
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!seen.contains(it.key())) {
            delete it.value();
            it = m_cards.erase(it);
            added = true;
        } else {
            ++it;
        }
    }
    if (added)
        m_cardColumns = 0; // lay the grid out again
    layoutCards();
}

void DashboardView::showServices()
{
    m_services->setRowCount(int(m_status.services.size()));
    for (int row = 0; row < m_status.services.size(); ++row) {
        const ServiceStatus& s = m_status.services.at(row);
        auto* name = cell(s.name);
        name->setData(Qt::UserRole, s.code);
        name->setToolTip(s.name + u" — "_s + s.agencyName);
        m_services->setItem(row, Service, name);
        auto* agency = cell(s.agencyCode);
        agency->setToolTip(s.agencyName);
        m_services->setItem(row, Agency, agency);
        auto* availability = cell(shortAvailability(s.availability));
        availability->setToolTip(s.availability.isOpen() ? availability->text() : s.availability.reason());
        availability->setForeground(s.availability.isOpen() ? Style::ok() : Style::muted());
        m_services->setItem(row, Availability, availability);
        auto* waiting = cell(ReportFormat::count(s.waiting), Qt::AlignRight | Qt::AlignVCenter);
        if (s.waitingPriority > 0)
            waiting->setToolTip(tr("%n priority", nullptr, s.waitingPriority));
        m_services->setItem(row, Waiting, waiting);
        auto* longest = cell({}, Qt::AlignCenter);
        longest->setToolTip(tr("Target: %1 min").arg(s.targetWaitMin));
        m_services->setItem(row, LongestWait, longest);
        m_services->setItem(row, Target,
                            cell(tr("%1 min").arg(s.targetWaitMin), Qt::AlignRight | Qt::AlignVCenter));
        m_services->setItem(row, IssuedToday,
                            cell(ReportFormat::count(s.issuedToday), Qt::AlignRight | Qt::AlignVCenter));
        m_services->setItem(row, ServedToday,
                            cell(ReportFormat::count(s.servedToday), Qt::AlignRight | Qt::AlignVCenter));
        auto* quota = cell(s.quota ? ReportFormat::count(qMax(0, *s.quota - s.issuedToday)) : tr("no limit"),
                           Qt::AlignRight | Qt::AlignVCenter);
        if (s.quota && *s.quota - s.issuedToday <= 0)
            quota->setForeground(Style::danger());
        m_services->setItem(row, QuotaLeft, quota);
    }
    tick();
}

void DashboardView::tick()
{
    const QDateTime now = m_hall.clock.now();
    for (CounterCard* card : std::as_const(m_cards))
        card->tick(now);
    for (int row = 0; row < m_status.services.size() && row < m_services->rowCount(); ++row) {
        const ServiceStatus& s = m_status.services.at(row);
        QTableWidgetItem* item = m_services->item(row, LongestWait);
        const WaitLevel level = waitLevel(s.oldestWaitingSince, s.targetWaitMin, now);
        item->setData(Qt::UserRole, waitKey(level));
        if (level == WaitLevel::None) {
            item->setText(ReportFormat::dash());
            item->setBackground(QBrush());
            item->setForeground(Style::muted());
        } else {
            item->setText(ReportFormat::elapsed(s.oldestWaitingSince.secsTo(now)));
            item->setBackground(waitColor(level));
            item->setForeground(Qt::white);
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    updateFigures();
}

void DashboardView::updateFigures()
{
    const QDateTime now = m_hall.clock.now();
    int waiting = 0, issued = 0, served = 0, open = 0, unstaffed = 0;
    qint64 longest = -1;
    const ServiceStatus* longestService = nullptr;
    for (const auto& s : m_status.services) {
        waiting += s.waiting;
        issued += s.issuedToday;
        served += s.servedToday;
        if (s.oldestWaitingSince.isValid() && s.oldestWaitingSince.secsTo(now) > longest) {
            longest = s.oldestWaitingSince.secsTo(now);
            longestService = &s;
        }
    }
    for (const auto& c : m_status.counters) {
        open += c.state == CounterState::Open ? 1 : 0;
        unstaffed += c.shouldBeStaffed ? 1 : 0;
    }
    m_waiting->set(tr("Waiting now"), ReportFormat::count(waiting), tr("Citizens waiting for any service"));
    if (longestService) {
        const WaitLevel level =
            waitLevel(longestService->oldestWaitingSince, longestService->targetWaitMin, now);
        m_longest->set(tr("Longest wait: %1").arg(longestService->name), ReportFormat::elapsed(longest),
                       tr("Minutes and seconds the longest-waiting citizen has waited"), waitColor(level));
    } else {
        m_longest->set(tr("Longest wait"), ReportFormat::dash(), tr("Nobody is waiting"));
    }
    m_open->set(tr("Booths open"), tr("%1 of %2").arg(open).arg(m_status.counters.size()),
                tr("Booths open now, of all booths"));
    m_unstaffed->set(tr("Empty booths that should be open"), ReportFormat::count(unstaffed),
                     tr("Closed booths whose services are open now"),
                     unstaffed > 0 ? Style::danger() : Style::ok());
    m_issued->set(tr("Issued today"), ReportFormat::count(issued), tr("Tickets taken today"));
    m_served->set(tr("Served today"), ReportFormat::count(served), tr("Tickets finished today"));
}

void DashboardView::showAlerts(const QList<AuditEvent>& events)
{
    const QTimeZone zone = m_hall.zone();
    m_alerts->clear();
    for (qsizetype i = 0; i < events.size() && i < kMaxAlerts; ++i) {
        auto* item = new QListWidgetItem(alertText(events.at(i), zone), m_alerts);
        item->setData(Qt::UserRole, events.at(i).kindText);
        item->setForeground(events.at(i).kind == EventKind::StaffLocked ? Style::text() : Style::danger());
    }
    if (events.isEmpty())
        new QListWidgetItem(tr("No alerts today."), m_alerts);
    // As tall as the alerts need, up to four lines; the rest scrolls.
    const int rows = qBound(1, m_alerts->count(), 4);
    m_alerts->setFixedHeight(rows * m_alerts->sizeHintForRow(0) + 2 * m_alerts->frameWidth() + 4);
    m_alertsTitle->setText(tr("Alerts from kiosks today (%1)").arg(events.size()));
    m_alertsTitle->setStyleSheet(events.isEmpty() ? QString() : u"color: %1;"_s.arg(Style::danger().name()));
}

QString DashboardView::shortAvailability(const antre::Availability& a)
{
    using State = antre::Availability::State;
    switch (a.state) {
    case State::Open:
        return tr("Open");
    case State::NotYetOpen:
        return tr("Opens %1").arg(Schedule::formatTime(a.opensAt));
    case State::PastCutoff:
        return tr("Issuing stopped");
    case State::QuotaFull:
        return tr("Quota used up");
    case State::ClosedDate:
    case State::ClosedToday:
    case State::ClosedForDay:
        break;
    }
    return tr("Closed");
}

QString DashboardView::alertText(const AuditEvent& e, const QTimeZone& zone)
{
    const QString at = ReportFormat::time(e.at, zone);
    if (e.kind == EventKind::StaffLocked)
        return tr("%1 · account %2 locked after repeated wrong PINs").arg(at, e.staffId);
    if (e.kind == EventKind::ClockSkew) {
        const qint64 minutes = (e.data.value(u"behind_ms"_s).toInteger() + 30000) / 60000;
        return tr("%1 · a PC's clock is %n min behind the hall's newest event; tickets keep the hall's "
                  "order (check the clock and its time synchronisation)",
                  nullptr, int(qMax<qint64>(1, minutes)))
            .arg(at);
    }
    if (e.kind == EventKind::DeviceFault) {
        const QString where = e.data.value(u"kiosk"_s).toString();
        const QString device = e.data.value(u"device"_s).toString();
        const QString message = e.data.value(u"message"_s).toString();
        const QString ticket = e.data.value(u"ticket"_s).toString();
        QString text = tr("%1 · %2 · %3: %4")
                           .arg(at, where.isEmpty() ? tr("kiosk") : where,
                                device.isEmpty() ? tr("device") : device, message);
        if (!ticket.isEmpty())
            text += u' ' + tr("(ticket %1)").arg(ticket);
        return text;
    }
    return tr("%1 · %2 %3")
        .arg(at, e.kindText, QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)));
}

} // namespace antre
