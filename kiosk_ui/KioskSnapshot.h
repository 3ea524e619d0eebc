#pragma once

#include "core/HallConfig.h"
#include "core/QueueService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace antre::kiosk {

// What the screens show, read from core in one go: configuration, live status and the local time.
struct KioskSnapshot
{
    HallConfig config;
    HallStatus status;
    QDateTime localNow; // in the site's time zone
    QString language;   // "id" or "en"

    const ServiceStatus* service(const QString& code) const;
    // Agencies that have at least one service, in configuration order.
    QList<AgencyConfig> agencies() const;
    QList<ServiceStatus> servicesOf(const QString& agencyCode) const;
};

// Short texts about availability, shared by the screens.
class KioskWords final
{
    Q_DECLARE_TR_FUNCTIONS(KioskWords)
public:
    static QString agencyStatus(const QList<ServiceStatus>& services);
    static QString serviceStatus(const ServiceStatus& service);
    // Today's hours, "08.00–12.00, 13.00–15.30", or "closed today".
    static QString hoursToday(const ServiceConfig& service, QDate today);
};

} // namespace antre::kiosk
