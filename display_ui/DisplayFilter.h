#pragma once

#include "core/HallConfig.h"
#include "core/QueueService.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace antre {

// Limits a display to some agencies and/or counters (one floor, one wing). A counter belongs to an
// agency when it serves one of the agency's services; a service belongs to a counter list when one
// of those counters serves it.
class DisplayFilter final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFilter)
public:
    DisplayFilter() = default;
    DisplayFilter(QStringList agencies, QStringList counters);

    // Recomputes the sets for a (possibly re-imported) configuration. Fails on codes the
    // configuration does not know, naming them.
    Status apply(const HallConfig& config);

    bool isRestricted() const { return !m_agencies.isEmpty() || !m_counters.isEmpty(); }
    bool acceptsService(const QString& serviceCode) const;
    bool acceptsCounter(const QString& counterCode) const;
    bool acceptsCall(const CallInfo& call) const;

private:
    QStringList m_agencies;
    QStringList m_counters;
    QSet<QString> m_services;
    QSet<QString> m_counterSet;
};

} // namespace antre
