#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace antre {

// The hall's holidays and the SLA days of each complaint class as stored (tables site_holidays and
// complaint_sla), moved between the database and the configuration by HallStore.
class SiteCalendarStore final
{
public:
    // Replaces the stored holidays and SLA days with the site's; inside the caller's write transaction.
    static Status write(QSqlDatabase& db, const SiteConfig& site);
    // Adds "holidays" and "complaint_sla_days" to the site object of a configuration document, as the
    // configuration file writes them (only when there are any).
    static Status read(QSqlDatabase& db, QJsonObject& site);
};

} // namespace antre
