#include "core/AuditLog.h"

#include "core/config/TextRules.h"
#include "core/storage/Database.h"
#include "core/storage/StatementCache.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

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

// The first text of an event that the database would not give back as it is, as "data.reason: contains
// U+FFFE (a noncharacter); remove it". Such text would break the chain for ever: the hash is made over
// what was given, verify over what is read back.
QString unstorable(const QJsonValue& value, const QString& path)
{
    if (value.isString()) {
        const QString problem = TextRules::storageProblem(value.toString());
        return problem.isEmpty() ? QString() : path + u": " + problem;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (QString p = unstorable(array.at(i), path + u'[' + QString::number(i) + u']'); !p.isEmpty())
                return p;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + u'.' + it.key();
            if (QString p = TextRules::storageProblem(it.key()); !p.isEmpty())
                return child + u": " + p;
            if (QString p = unstorable(it.value(), child); !p.isEmpty())
                return p;
        }
    }
    return {};
}

// What a hash over `text` in a row of this number would be; used to tell a moved event from an edited one.
struct Row
{
    qint64 id = 0;
    qint64 at = 0;
    QString kind;
    qint64 ticketId = 0;
    QString counter;
    QString staff;
    QString data;
    QString previous;
    QString hash;

    QString expectedHash(qint64 asId) const
    {
        return chain(previous, canonical(asId, at, kind, ticketId, counter, staff, data));
    }
};

Row readRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString(),   q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(),   q.value(8).toString()};
}

// How far from its place a moved or renumbered event is looked for.
constexpr qint64 kMoveWindow = 64;

} // namespace

void AuditVerification::add(const AuditDamage& damage)
{
    damaged += damage.lastEvent > damage.event ? damage.lastEvent - damage.event + 1 : 1;
    if (listed.size() < kListed)
        listed << damage;
}

QString AuditVerification::summary() const
{
    constexpr int kInSummary = 3;
    QStringList parts;
    for (qsizetype i = 0; i < listed.size() && i < kInSummary; ++i)
        parts << listed.at(i).message;
    QString text = parts.join(u"; "_s);
    if (damaged > parts.size())
        text += AuditLog::tr(" (%n damaged event(s) in all)", nullptr, int(qMin<qint64>(damaged, INT_MAX)));
    return text;
}

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
    std::pair<qint64, QString> head{0, kGenesis};
    {
        auto last = statements.run(u"SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"_s);
        if (!last.ok())
            return last.error();
        auto row = Database::nextRow(last.value().query());
        if (!row.ok())
            return row.error();
        if (row.value())
            head = {last.value().value(0).toLongLong(), last.value().value(1).toString()};
    }
    return appendAfter(statements, head, at, kind, data, ticketId, counterCode, staffId);
}

Result<qint64> AuditLog::appendAfter(StatementCache& statements, const std::pair<qint64, QString>& head,
                                     const QDateTime& at, EventKind kind, const QJsonObject& data,
                                     qint64 ticketId, const QString& counterCode, const QString& staffId)
{
    for (const auto& [field, text] : {std::pair{u"counter"_s, counterCode}, std::pair{u"staff"_s, staffId}})
        if (const QString problem = TextRules::storageProblem(text); !problem.isEmpty())
            return makeError(ErrorKind::BadInput, ErrorCode::UnstorableText, field + u": " + problem);
    if (const QString problem = unstorable(data, u"data"_s); !problem.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::UnstorableText, problem);
    const qint64 id = head.first + 1;
    const QString previous = head.first == 0 ? kGenesis : head.second;
    const qint64 atMs = at.toMSecsSinceEpoch();
    const QString json = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    const QString hash =
        chain(previous, canonical(id, atMs, toString(kind), ticketId, counterCode, staffId, json));
    // The hash is over the text as given; verify hashes the text as the database returns it. Should the two
    // ever differ (a character the driver changes), refuse here, inside the caller's transaction, rather
    // than write an event that reads as edited for ever. On a server the INSERT returns what it stored (one
    // round trip); SQLite reads the row back with a SELECT, which also sees what a trigger changed after it.
    const bool returning = statements.isRemote();
    QString insertSql = u"INSERT INTO events (" + kColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (returning)
        insertSql += u" RETURNING " + kColumns;
    auto insert =
        statements.run(insertSql, {id, atMs, toString(kind), ticketId == 0 ? QVariant() : QVariant(ticketId),
                                   counterCode, staffId, json, previous, hash});
    if (!insert.ok())
        return insert.error();
    std::optional<Statement> back;
    if (returning) {
        back.emplace(std::move(insert).value());
    } else {
        insert.value().finish();
        auto read = statements.run(u"SELECT " + kColumns + u" FROM events WHERE id = ?"_s, {id});
        if (!read.ok())
            return read.error();
        back.emplace(std::move(read).value());
    }
    auto written = Database::nextRow(back->query());
    if (!written.ok())
        return written.error();
    if (!written.value() || readRow(back->query()).expectedHash(id) != hash)
        return makeError(
            ErrorKind::BadInput, ErrorCode::UnstorableText,
            tr("event %1: the database did not return its text as written; nothing was saved").arg(id));
    back->finish();
    return id;
}

Result<qint64> AuditLog::verify(QSqlDatabase& db)
{
    auto inspected = inspect(db);
    if (!inspected.ok())
        return inspected.error();
    if (!inspected.value().ok())
        return makeError(ErrorKind::Refused, ErrorCode::AuditBroken, inspected.value().summary());
    return inspected.value().events;
}

Result<AuditVerification> AuditLog::inspect(QSqlDatabase& db)
{
    auto q = Database::run(db, u"SELECT " + kColumns + u" FROM events ORDER BY id"_s);
    if (!q.ok())
        return q.error();
    AuditVerification result;
    QString previous = kGenesis; // the stored hash of the row before
    qint64 expectedId = 1;
    auto& query = q.value();
    while (query.next()) {
        const Row row = readRow(query);
        ++result.events;
        bool gap = false;
        if (row.id > expectedId) {
            gap = true;
            result.add({AuditDamageKind::Missing, expectedId, row.id - 1,
                        row.id - 1 == expectedId
                            ? tr("event %1: missing (deleted)").arg(expectedId)
                            : tr("events %1 to %2: missing (deleted)").arg(expectedId).arg(row.id - 1)});
        } else if (row.id < expectedId) {
            result.add({AuditDamageKind::OutOfOrder, row.id, row.id,
                        tr("event %1: out of order (a number the log never gives)").arg(row.id)});
        }
        if (row.id >= 1)
            expectedId = row.id + 1;
        if (row.expectedHash(row.id) != row.hash) {
            // Listed damages say whether the event was moved (its content hashes under another number).
            std::optional<qint64> writtenAs;
            if (result.listed.size() < AuditVerification::kListed)
                for (qint64 k = qMax<qint64>(1, row.id - kMoveWindow);
                     k <= row.id + kMoveWindow && !writtenAs; ++k)
                    if (k != row.id && row.expectedHash(k) == row.hash)
                        writtenAs = k;
            result.add(writtenAs ? AuditDamage{AuditDamageKind::OutOfOrder, row.id, row.id,
                                               tr("event %1: out of order (written as event %2)")
                                                   .arg(row.id)
                                                   .arg(*writtenAs)}
                                 : AuditDamage{
                                       AuditDamageKind::Edited, row.id, row.id,
                                       tr("event %1: content does not match its hash (edited)").arg(row.id)});
        } else if (row.previous != previous && !gap) {
            result.add({AuditDamageKind::BadLink, row.id, row.id,
                        tr("event %1: does not follow the previous event (inserted, reordered, or the one "
                           "before rewritten)")
                            .arg(row.id)});
        }
        previous = row.hash;
    }
    // A read error mid-way (a damaged page) ends next() early: that is not the end of the log.
    if (auto ended = Database::rowsEnded(query, tr("reading the audit log")); !ended.ok())
        return ended.error();
    return result;
}

Result<std::pair<qint64, QString>> AuditLog::head(QSqlDatabase& db)
{
    auto q = Database::run(db, u"SELECT id, hash FROM events ORDER BY id DESC LIMIT 1"_s);
    if (!q.ok())
        return q.error();
    auto row = Database::nextRow(q.value());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::pair{qint64(0), kGenesis};
    return std::pair{q.value().value(0).toLongLong(), q.value().value(1).toString()};
}

Result<std::optional<QString>> AuditLog::hashAt(QSqlDatabase& db, qint64 id)
{
    auto q = Database::run(db, u"SELECT hash FROM events WHERE id = ?"_s, {id});
    if (!q.ok())
        return q.error();
    auto row = Database::nextRow(q.value());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<QString>();
    return std::optional<QString>(q.value().value(0).toString());
}

Result<QList<AuditEvent>> AuditLog::forTicket(QSqlDatabase& db, qint64 ticketId)
{
    auto q = Database::run(db, u"SELECT " + kColumns + u" FROM events WHERE ticket_id = ? ORDER BY id"_s,
                           {ticketId});
    if (!q.ok())
        return q.error();
    QList<AuditEvent> events;
    if (auto rows = Database::forEachRow(q.value(), [&](const QSqlQuery& row) { events << readEvent(row); });
        !rows.ok())
        return rows.error();
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
    if (auto rows = Database::forEachRow(q.value(), [&](const QSqlQuery& row) { events << readEvent(row); });
        !rows.ok())
        return rows.error();
    return events;
}

} // namespace antre
