#pragma once

#include "core/HallConfig.h"
#include "core/QueueService.h"
#include "core/Result.h"
#include "display_ui/DisplayFilter.h"

#include <QList>
#include <QObject>

#include <optional>

namespace antre {

// What the lobby display shows, kept up to date from the queue service. New calls are found with
// callsAfter(last event id), so a burst between two refreshes arrives complete and in order.
class DisplayModel final : public QObject
{
    Q_OBJECT
public:
    DisplayModel(QueueService& queue, DisplayFilter filter, int earlierCount, QObject* parent = nullptr);
    ~DisplayModel() override;
    Q_DISABLE_COPY_MOVE(DisplayModel)

    // Reads configuration, status and today's calls. Calls made before this are shown, not announced.
    Status load();
    // Picks up what changed since: new calls (callsArrived), counters and waiting numbers. After the hall
    // was out of reach, every call made meanwhile goes on the board, but callsArrived carries only those of
    // the last minute (see announceable()).
    void refresh();
    // Only counters and waiting numbers: for time-driven changes (opening hours) without a write.
    void refreshStatus();

    const HallConfig& config() const { return m_config; }
    const DisplayFilter& filter() const { return m_filter; }
    // Only the services and counters this display shows.
    const HallStatus& status() const { return m_status; }
    std::optional<CallInfo> latest() const;
    // Tickets called before the latest one, newest first, each ticket once.
    QList<CallInfo> earlier() const;
    qint64 lastEventId() const { return m_lastEventId; }
    // The calls worth announcing of those arrived together (oldest first): the ones made within a minute of
    // now. Older ones were missed while the hall was out of reach; read out in a burst they would send
    // citizens to booths that have moved on.
    static QList<CallInfo> announceable(const QList<CallInfo>& arrived, const QDateTime& now);
    // The message of the last failed read, empty when the data is current.
    const QString& problem() const { return m_problem; }

Q_SIGNALS:
    // New calls for this display, oldest first.
    void callsArrived(const QList<antre::CallInfo>& calls);
    void statusChanged();
    void problemChanged(const QString& problem);

private:
    bool refreshConfig();
    bool refreshCalls(QList<CallInfo>& arrived);
    bool readStatus();
    bool reloadToday();
    void setProblem(const QString& problem);

    QueueService& m_queue;
    DisplayFilter m_filter;
    int m_earlierCount;
    HallConfig m_config;
    HallStatus m_status;
    QList<CallInfo> m_calls; // newest first, this display's calls only
    qint64 m_lastEventId = 0;
    QString m_problem;
};

} // namespace antre
