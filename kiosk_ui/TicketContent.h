#pragma once

#include "core/HallConfig.h"
#include "core/QueueService.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace antre::kiosk {

struct KioskSettings;

// Everything printed on one ticket, already worded in the kiosk's current language. Every printer
// backend renders this same content, so a reprint is identical to the first print.
struct TicketContent
{
    qint64 ticketId = 0;
    QDate businessDay;
    QString number; // "K-001"
    QString hallName;
    QString agencyName;
    QString serviceName;
    QString numberLabel;   // "Queue number"
    QString priorityLabel; // empty for a regular ticket
    QString issuedAt;      // "Monday, 23 November 2026 09.30 WIB"
    QString ahead;         // "3 people ahead of you"
    QString wait;          // "Estimated wait: about 18 minutes"
    QString requirementsTitle;
    QStringList requirements; // empty when not printed
    QString qrData;           // the ticket reference, e.g. "ANTRE:2026-11-23:K-001"
    QString footer;
};

// Words and formats shared by the screens and the ticket.
class TicketText final
{
    Q_DECLARE_TR_FUNCTIONS(TicketText)
public:
    static TicketContent compose(const IssuedTicket& ticket, const HallConfig& config,
                                 const KioskSettings& settings, const QString& language);
    // What a scanner reads from the QR code: day and number identify a ticket for ever.
    static QString reference(const IssuedTicket& ticket);
    static QString aheadText(int ahead, int othersAhead = 0);
    static QString waitText(int minutes);
    static QString waitShort(int minutes); // "about 18 min"
    // "Monday, 23 November 2026" in the given language ("id" or "en").
    static QString longDate(QDate date, const QString& language);
    // "WIB", "WITA", "WIT" for Indonesian zones, else "UTC+07:00".
    static QString zoneAbbreviation(const QTimeZone& zone, const QDateTime& at);
};

} // namespace antre::kiosk
