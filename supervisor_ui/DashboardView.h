#pragma once

#include "core/QueueService.h"
#include "core/complaint/ComplaintReport.h"
#include "core/services/AuditService.h"
#include "supervisor_ui/HallAccess.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QScrollArea;
class QTableWidget;
class QTimer;

namespace antre {

class BackupTile;
class CounterCard;
class FigureTile;

// The live hall: every booth, every service's queue against its target, and alerts from the kiosks.
// It reloads when any process commits (ChangeWatcher) and, between changes, only recomputes the
// running times from the last state it read.
class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    enum ServiceColumn
    {
        Service,
        Agency,
        Availability,
        Waiting,
        LongestWait,
        Target,
        IssuedToday,
        ServedToday,
        QuotaLeft,
        ServiceColumnCount
    };

    explicit DashboardView(HallAccess& hall, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(DashboardView)

    // Reads the hall state and today's alerts again.
    void refresh();
    const HallStatus& hallStatus() const { return m_status; }
    int refreshCount() const { return m_refreshes; }
    // The complaints backlog as last read (open, overdue).
    const ComplaintBacklog& complaintBacklog() const { return m_backlog; }

Q_SIGNALS:
    // The complaint figure was clicked: the desk should open on the overdue complaints when there are any,
    // else on the open ones.
    void complaintsRequested(bool overdueOnly);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // As many columns of booth cards as the booth area is wide.
    void layoutCards();
    void onDatabaseChanged();
    void tick();
    void showServices();
    void showCounters();
    void showAlerts(const QList<AuditEvent>& events);
    void updateFigures();
    void showComplaints();
    static QString alertText(const AuditEvent& event, const QTimeZone& zone);
    // One or two words for the table; the full reason goes in the tooltip.
    static QString shortAvailability(const antre::Availability& availability);

    HallAccess& m_hall;
    HallStatus m_status;
    ComplaintBacklog m_backlog;
    int m_refreshes = 0;
    bool m_stale = true;
    QLabel* m_error;
    FigureTile* m_waiting;
    FigureTile* m_longest;
    FigureTile* m_open;
    FigureTile* m_unstaffed;
    FigureTile* m_issued;
    FigureTile* m_served;
    FigureTile* m_complaints;
    QGridLayout* m_cardGrid;
    QWidget* m_cardArea;
    int m_cardColumns = 0;
    QHash<QString, CounterCard*> m_cards;
    QTableWidget* m_services;
    QListWidget* m_alerts;
    QLabel* m_alertsTitle;
    QTimer* m_ticker;
    BackupTile* m_backup;
};

} // namespace antre
