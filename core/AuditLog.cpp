#include "AuditLog.h"

#include "Database.h"
#include "StatementCache.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

const QString kGenesis = QString(64, u'0');

// Canonical text of an event: every stored column except the hashes, in a fixed order, with the JSON
// in compact form with sorted keys (QJsonObject keeps keys sorted).
QByteArray canonical(qint64 id, qint64 at, const QString& kind, qint64 ticketId, const QString& counter,
                     const QString& staff, const QString& data)
{
    return (QString::number(id) + u'|' + QString::number(at) + u'|' + kind + u'|' +
            QString::number(ticketId) + u'|' + counter + u'|' + staff + u'|' + data)
        .toUtf8();
}

QString chain(const QString& previous, const QByteArray& event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.toLatin1());
    hash.addData(QByteArrayView("|"));
    hash.addData(event);
    return QString::fromLatin1(hash.result().toHex());
}

AuditEvent readEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    e.kindText = q.value(2).toString();
    e.kind = eventKindFromString(e.kindText);
    e.ticketId = q.value(3).toLongLong();
    e.counterCode = q.value(4).toString();
    e.staffId = q.value(5).toString();
    e.data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    e.hash = q.value(8).toString();
    return e;
}

const QString kColumns = u"id, at, kind, ticket_id, counter_code, staff_code, data, prev_hash, hash"_s;

} // namespace

Result<qint64> AuditLog::append(QSqlDatabase& db, const QDateTime& at, EventKind kind,
                                const QJsonObject& data, qint64 ticketId, const QString& counterCode,
                                const QString& staffId)
{
    StatementCache statements(db);
    return append(statements, at, kind, data, ticketId, counterCode, staffId);
}

Result<qint64> AuditLog::append(StatementCache& statements, const QDateTime& at, EventKind kind,
                                const QJsonObject& data, qint64 ticketId, const QString& counterCode,
                                const QString& staffId)
{
    qint64 id = 1;
    QString previous = kGenesis;
    {
        auto last = statements.run(u"SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"_s);
        if (!last.ok())
            return last.error();
        if (last.value().next()) {
            id = last.value().value(0).toLongLong() + 1;
            previous = last.value().value(1).toString();
        }
    }
    const qint64 atMs = at.toMSecsSinceEpoch();
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    const QString hash =
        chain(previous, canonical(id, atMs, toString(kind), ticketId, counterCode, staffId, json));
    auto insert = statements.run(u"INSERT INTO events (" + kColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                 {id, atMs, toString(kind), ticketId == 0 ? QVariant() : QVariant(ticketId),
                                  counterCode, staffId, json, previous, hash});
    if (!insert.ok())
        return insert.error();
    return id;
}

Result<qint64> AuditLog::verify(QSqlDatabase& db)
{
    auto q = Database::run(db, u"SELECT " + kColumns + u" FROM events ORDER BY id"_s);
    if (!q.ok())
        return q.error();
    QString previous = kGenesis;
    qint64 expectedId = 1;
    qint64 count = 0;
    auto& query = q.value();
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const auto bad = [&](const QString& why) {
            return makeError(ErrorKind::Refused, ErrorCode::AuditBroken, tr("event %1: %2").arg(id).arg(why));
        };
        if (id != expectedId)
            return makeError(ErrorKind::Refused, ErrorCode::AuditBroken,
                             tr("event %1: missing (found event %2 next)").arg(expectedId).arg(id));
        if (query.value(7).toString() != previous)
            return bad(tr("does not follow the previous event (reordered or an event removed)"));
        const QString expected =
            chain(previous, canonical(id, query.value(1).toLongLong(), query.value(2).toString(),
                                      query.value(3).toLongLong(), query.value(4).toString(),
                                      query.value(5).toString(), query.value(6).toString()));
        if (query.value(8).toString() != expected)
            return bad(tr("content does not match its hash (edited)"));
        previous = expected;
        ++expectedId;
        ++count;
    }
    return count;
}

Result<QList<AuditEvent>> AuditLog::forTicket(QSqlDatabase& db, qint64 ticketId)
{
    auto q = Database::run(db, u"SELECT " + kColumns + u" FROM events WHERE ticket_id = ? ORDER BY id"_s,
                           {ticketId});
    if (!q.ok())
        return q.error();
    QList<AuditEvent> events;
    while (q.value().next())
        events << readEvent(q.value());
    return events;
}

Result<QList<AuditEvent>> AuditLog::range(QSqlDatabase& db, const QDateTime& fromUtc, const QDateTime& toUtc,
                                          const QList<EventKind>& kinds)
{
    QString sql = u"SELECT " + kColumns + u" FROM events WHERE at >= ? AND at < ?"_s;
    QVariantList args{fromUtc.toMSecsSinceEpoch(), toUtc.toMSecsSinceEpoch()};
    if (!kinds.isEmpty()) {
        QStringList marks;
        for (const EventKind kind : kinds) {
            marks << u"?"_s;
            args << toString(kind);
        }
        sql += u" AND kind IN (" + marks.join(u", "_s) + u')';
    }
    auto q = Database::run(db, sql + u" ORDER BY id"_s, args);
    if (!q.ok())
        return q.error();
    QList<AuditEvent> events;
    while (q.value().next())
        events << readEvent(q.value());
    return events;
}

} // namespace antre
