#include "kiosk_ui/TicketContent.h"

#include "core/Schedule.h"
#include "kiosk_ui/KioskSettings.h"

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

TicketContent TicketText::compose(const IssuedTicket& ticket, const HallConfig& config,
                                  const KioskSettings& settings, const QString& language)
{
    TicketContent c;
    c.ticketId = ticket.id;
    c.businessDay = ticket.businessDay;
    c.number = ticket.number.toString();
    c.hallName = config.site.name;
    c.agencyName = ticket.agencyName;
    c.serviceName = ticket.serviceName;
    c.numberLabel = tr("Queue number");
    if (ticket.priority)
        c.priorityLabel = tr("PRIORITY SERVICE");
    const QTimeZone zone = Schedule::zone(config.site.timezone);
    const QDateTime local = ticket.issuedAt.toTimeZone(zone);
    c.issuedAt = longDate(local.date(), language) + u' ' + Schedule::formatTime(local.time()) + u' ' +
                 zoneAbbreviation(zone, ticket.issuedAt);
    c.ahead = aheadText(ticket.ahead, ticket.othersAhead);
    c.wait = waitText(ticket.estimatedWaitMin);
    if (settings.showRequirements) {
        if (const ServiceConfig* service = config.service(ticket.serviceCode))
            c.requirements = service->standard.requirements;
        if (!c.requirements.isEmpty())
            c.requirementsTitle = tr("Please have ready:");
    }
    c.qrData = reference(ticket);
    c.footer = settings.footer.isEmpty() ? config.site.ticketFooter : settings.footer;
    return c;
}

QString TicketText::reference(const IssuedTicket& ticket)
{
    // Upper case, digits, '-' and ':' only: QR alphanumeric mode keeps the symbol small.
    return u"ANTRE:"_s + ticket.businessDay.toString(Qt::ISODate) + u':' + ticket.number.toString();
}

QString TicketText::aheadText(int ahead, int othersAhead)
{
    // The booths that serve this service may also call citizens of other services, and the estimate
    // waits for them too: say so, or "nobody is ahead of you" stands beside a wait of an hour.
    if (othersAhead > 0) {
        if (ahead <= 0)
            return tr("Nobody ahead for this service; the same booths also serve %n people of other services",
                      nullptr, othersAhead);
        return tr("People ahead of you: %n", nullptr, ahead) + u'\n' +
               tr("and %n of other services at the same booths", nullptr, othersAhead);
    }
    if (ahead <= 0)
        return tr("Nobody is ahead of you");
    return tr("People ahead of you: %n", nullptr, ahead);
}

QString TicketText::waitShort(int minutes)
{
    if (minutes < 1)
        return tr("under a minute");
    if (minutes < 60)
        return tr("about %n min", nullptr, minutes);
    return tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString TicketText::waitText(int minutes)
{
    return tr("Estimated wait: %1").arg(waitShort(minutes));
}

QString TicketText::longDate(QDate date, const QString& language)
{
    const QLocale locale = language == u"id" ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(date, u"dddd, d MMMM yyyy"_s);
}

QString TicketText::zoneAbbreviation(const QTimeZone& zone, const QDateTime& at)
{
    const QByteArray id = zone.id();
    if (id == "Asia/Jakarta" || id == "Asia/Pontianak")
        return u"WIB"_s;
    if (id == "Asia/Makassar")
        return u"WITA"_s;
    if (id == "Asia/Jayapura")
        return u"WIT"_s;
    const int offset = zone.offsetFromUtc(at);
    return u"UTC%1%2:%3"_s.arg(offset < 0 ? u'-' : u'+')
        .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
        .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
}

} // namespace antre::kiosk
