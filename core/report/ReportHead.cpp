#include "core/report/ReportHead.h"

#include "core/AuditLog.h"
#include "core/audit/AuditSeals.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// A seal line is about 300 bytes; a longer one is not a seal and is not read whole.
constexpr qint64 kMaxSealLine = 4096;

} // namespace

Result<ReportHead> ReportHead::read(QSqlDatabase& db, const QString& databasePath)
{
    auto head = AuditLog::head(db);
    if (!head.ok())
        return head.error();
    ReportHead result;
    result.events = head.value().first;
    result.hash = head.value().second;
    // The seal file is appended to, one line a seal: the last well-formed line is the newest seal.
    QFile file(AuditSeals(databasePath).sealPath());
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return result;
    while (!file.atEnd()) {
        const QJsonObject line = QJsonDocument::fromJson(file.readLine(kMaxSealLine).trimmed()).object();
        const qint64 events = line.value(u"events"_s).toInteger(-1);
        const QDateTime at = QDateTime::fromString(line.value(u"at"_s).toString(), Qt::ISODateWithMs);
        if (events < 0 || !at.isValid())
            continue;
        result.sealedAt = at.toUTC();
        result.sealedEvents = events;
    }
    return result;
}

QString ReportHead::shortHash() const
{
    constexpr qsizetype kShown = 16;
    return hash.size() > kShown ? hash.left(kShown) + u'…' : hash;
}

QString ReportHead::text(const QTimeZone& zone) const
{
    const QString made = tr("Made from the audit log up to event %1 (head %2)").arg(events).arg(shortHash());
    if (!sealedAt)
        return tr("%1; not sealed yet.").arg(made);
    return tr("%1; newest seal %2, up to event %3.")
        .arg(made, sealedAt->toTimeZone(zone).toString(u"yyyy-MM-dd HH.mm"_s))
        .arg(sealedEvents);
}

QJsonObject ReportHead::toJson() const
{
    return {{u"events"_s, events},
            {u"hash"_s, hash},
            {u"sealed_at"_s, sealedAt ? QJsonValue(sealedAt->toString(Qt::ISODateWithMs)) : QJsonValue()},
            {u"sealed_events"_s, sealedAt ? QJsonValue(sealedEvents) : QJsonValue()}};
}

} // namespace antre
