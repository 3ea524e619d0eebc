#include "core/storage/TableCopy.h"

#include "core/storage/Database.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

Result<QStringList> column(QSqlDatabase& db, const QString& sql, const QVariantList& args = {})
{
    auto query = Database::run(db, sql, args);
    if (!query.ok())
        return query.error();
    QStringList values;
    if (auto st =
            Database::forEachRow(query.value(), [&](const QSqlQuery& q) { values << q.value(0).toString(); });
        !st.ok())
        return st.error();
    return values;
}

// The tables a copy carries: the catalogue's, without the dialect's bookkeeping.
Result<QStringList> tablesOf(Database& db)
{
    auto names = column(db.sql(), db.dialect().tableNamesQuery());
    if (!names.ok())
        return names.error();
    QStringList tables;
    for (const QString& name : names.value())
        if (!db.dialect().bookkeepingTables().contains(name))
            tables << name;
    return tables;
}

// Parents first: the tables other tables' foreign keys name, each after its own parents; then the tables no
// foreign key names, which may also be the ones the others' triggers write (day_revisions), so that what
// such a trigger made while the parents were copied is replaced by the copied rows.
Result<QStringList> copyOrder(Database& db, const QStringList& tables)
{
    QMap<QString, QSet<QString>> parents;
    QSet<QString> referenced;
    for (const QString& table : tables) {
        auto names = column(db.sql(), db.dialect().foreignKeyParentsQuery(), {table});
        if (!names.ok())
            return names.error();
        for (const QString& parent : names.value())
            if (parent != table) {
                parents[table].insert(parent);
                referenced.insert(parent);
            }
    }
    QStringList order;
    QSet<QString> placed;
    QStringList pending;
    for (const QString& table : tables)
        if (referenced.contains(table))
            pending << table;
    while (!pending.isEmpty()) {
        const auto ready = std::find_if(pending.cbegin(), pending.cend(), [&](const QString& table) {
            const QSet<QString>& own = parents.value(table);
            return std::all_of(own.cbegin(), own.cend(),
                               [&](const QString& p) { return placed.contains(p); });
        });
        if (ready == pending.cend())
            return makeError(ErrorKind::Internal, ErrorCode::Schema,
                             TableCopy::tr("the foreign keys of the tables %1 form a cycle; they cannot be "
                                           "copied one after another")
                                 .arg(pending.join(u", "_s)));
        order << *ready;
        placed.insert(*ready);
        pending.removeAt(ready - pending.cbegin());
    }
    for (const QString& table : tables)
        if (!referenced.contains(table))
            order << table;
    return order;
}

Result<QStringList> columnsOf(QSqlDatabase& db, const QString& table)
{
    auto query = Database::run(db, u"SELECT * FROM %1 WHERE 1 = 0"_s.arg(table));
    if (!query.ok())
        return query.error();
    const QSqlRecord record = query.value().record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

// One value as the same bytes whichever driver read it: SQLite gives every integer as qlonglong, PostgreSQL
// an INTEGER column as int.
void addValue(QCryptographicHash& hash, const QVariant& value)
{
    QByteArray text;
    if (value.isNull()) {
        hash.addData("N;");
        return;
    }
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        text = "I" + QByteArray::number(value.toLongLong());
        break;
    case QMetaType::Float:
    case QMetaType::Double:
        text = "D" + QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        text = "B" + QByteArray::number(value.toByteArray().size()) + ":" + value.toByteArray();
        break;
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        text = "S" + QByteArray::number(utf8.size()) + ":" + utf8;
    }
    }
    hash.addData(text);
    hash.addData(";");
}

void addRow(TableTally& tally, const QSqlQuery& query, int columns)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int i = 0; i < columns; ++i)
        addValue(hash, query.value(i));
    const QByteArray digest = hash.result();
    const auto word = qFromBigEndian<quint64>(digest.constData());
    tally.rows += 1;
    tally.sum += word;
    tally.mix ^= qFromBigEndian<quint64>(digest.constData() + 8);
}

QString selectStatement(const QString& table, const QStringList& columns)
{
    return u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), table);
}

Result<TableTally> tallyTable(QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    TableTally tally;
    tally.table = table;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql = selectStatement(table, columns);
    if (!query.exec(sql))
        return Database::statementError(sql, query);
    const auto count = static_cast<int>(columns.size());
    if (auto st = Database::forEachRow(query, [&](const QSqlQuery& q) { addRow(tally, q, count); }); !st.ok())
        return st.error();
    return tally;
}

Result<qint64> rowCount(QSqlDatabase& db, const QString& table)
{
    auto query = Database::run(db, u"SELECT COUNT(*) FROM %1"_s.arg(table));
    if (!query.ok())
        return query.error();
    auto more = Database::nextRow(query.value());
    if (!more.ok())
        return more.error();
    return more.value() ? query.value().value(0).toLongLong() : 0;
}

// Copies one table's rows, tallying them as read.
Result<TableTally> copyTable(Database& source, QSqlDatabase& target, const QString& table,
                             const QStringList& columns)
{
    TableTally tally;
    tally.table = table;
    QSqlQuery read(source.sql());
    read.setForwardOnly(true);
    const QString select = selectStatement(table, columns);
    if (!read.exec(select))
        return Database::statementError(select, read);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << u"?"_s;
    const QString insert =
        u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s));
    QSqlQuery write(target);
    if (!write.prepare(insert))
        return Database::statementError(insert, write);
    const auto count = static_cast<int>(columns.size());
    const Status copied = Database::forEachRow(read, [&](const QSqlQuery& row) -> Status {
        addRow(tally, row, count);
        // As read: a NULL stays NULL (Database::bind would make a null text '').
        for (int i = 0; i < count; ++i)
            write.bindValue(i, row.value(i));
        if (!write.exec())
            return Database::statementError(insert, write);
        return Done{};
    });
    if (!copied.ok())
        return copied.error();
    return tally;
}

Status advanceIdentities(const Database& dialectOf, QSqlDatabase& target, const QString& table)
{
    const SqlDialect& dialect = dialectOf.dialect();
    if (dialect.identityColumnsQuery().isEmpty())
        return Done{};
    auto columns = column(target, dialect.identityColumnsQuery(), {table});
    if (!columns.ok())
        return columns.error();
    for (const QString& name : columns.value())
        if (auto st = Database::run(target, dialect.advanceIdentityStatement(table, name)); !st.ok())
            return st.error();
    return Done{};
}

Status clearTables(QSqlDatabase& db, const QStringList& order)
{
    // Children first; a trigger of a parent may write a table deleted earlier: a second pass empties it.
    for (int pass = 0; pass < 2; ++pass)
        for (auto it = order.crbegin(); it != order.crend(); ++it)
            if (auto st = Database::run(db, u"DELETE FROM %1"_s.arg(*it)); !st.ok())
                return st.error();
    return Done{};
}

QString describe(const TableTally& from, const TableTally& copy)
{
    if (from.rows != copy.rows)
        return TableCopy::tr("%1: %2 rows in the source, %3 in the copy")
            .arg(from.table)
            .arg(from.rows)
            .arg(copy.rows);
    return TableCopy::tr("%1: %2 rows on both sides, but their contents differ")
        .arg(from.table)
        .arg(from.rows);
}

} // namespace

Result<QList<TableTally>> TableCopy::copy(Database& source, Database& target, IfNotEmpty ifNotEmpty)
{
    auto sourceTables = tablesOf(source);
    if (!sourceTables.ok())
        return sourceTables.error();
    auto targetTables = tablesOf(target);
    if (!targetTables.ok())
        return targetTables.error();
    const QSet<QString> from(sourceTables.value().cbegin(), sourceTables.value().cend());
    const QSet<QString> to(targetTables.value().cbegin(), targetTables.value().cend());
    if (from != to) {
        QStringList onlySource = (from - to).values();
        QStringList onlyTarget = (to - from).values();
        onlySource.sort();
        onlyTarget.sort();
        return makeError(ErrorKind::Refused, ErrorCode::SchemaMismatch,
                         tr("%1 and %2 do not have the same tables (only in the source: %3; only in the "
                            "target: %4); open both with this version of antre first")
                             .arg(source.path(), target.path(),
                                  onlySource.isEmpty() ? u"-"_s : onlySource.join(u", "_s),
                                  onlyTarget.isEmpty() ? u"-"_s : onlyTarget.join(u", "_s)));
    }
    auto order = copyOrder(target, targetTables.value());
    if (!order.ok())
        return order.error();

    QList<TableTally> copied;
    const Status done = target.write([&](QSqlDatabase& db) -> Status {
        copied.clear();
        QStringList holding;
        for (const QString& table : order.value()) {
            auto rows = rowCount(db, table);
            if (!rows.ok())
                return rows.error();
            if (rows.value() > 0)
                holding << table;
        }
        if (!holding.isEmpty()) {
            if (ifNotEmpty == IfNotEmpty::Refuse)
                return makeError(ErrorKind::Refused, ErrorCode::Exists,
                                 tr("%1 is not empty (rows in %2); give --replace to overwrite it")
                                     .arg(target.path(), holding.join(u", "_s)));
            if (auto st = clearTables(db, order.value()); !st.ok())
                return st;
        }
        QMap<QString, QStringList> columns;
        for (const QString& table : order.value()) {
            auto targetColumns = columnsOf(db, table);
            if (!targetColumns.ok())
                return targetColumns.error();
            auto sourceColumns = columnsOf(source.sql(), table);
            if (!sourceColumns.ok())
                return sourceColumns.error();
            QStringList a = targetColumns.value();
            QStringList b = sourceColumns.value();
            a.sort();
            b.sort();
            if (a != b)
                return makeError(ErrorKind::Refused, ErrorCode::SchemaMismatch,
                                 tr("%1: the columns differ (source: %2; target: %3)")
                                     .arg(table, b.join(u", "_s), a.join(u", "_s)));
            columns.insert(table, a);
            // What a trigger of an earlier table wrote here goes: the source's rows are the truth.
            if (auto st = Database::run(db, u"DELETE FROM %1"_s.arg(table)); !st.ok())
                return st.error();
            // Sorted, so that the tallies are those tally() makes of either database.
            auto tally = copyTable(source, db, table, a);
            if (!tally.ok())
                return tally.error();
            copied << tally.value();
            if (auto st = advanceIdentities(target, db, table); !st.ok())
                return st;
        }
        // Read back inside the transaction: a difference rolls everything back.
        QStringList differences;
        for (const TableTally& from : std::as_const(copied)) {
            auto back = tallyTable(db, from.table, columns.value(from.table));
            if (!back.ok())
                return back.error();
            if (!from.sameContents(back.value()))
                differences << describe(from, back.value());
        }
        if (!differences.isEmpty())
            return makeError(
                ErrorKind::Internal, ErrorCode::Database,
                tr("the copy differs from the source, nothing was kept: %1").arg(differences.join(u"; "_s)));
        return Done{};
    });
    if (!done.ok())
        return done.error();
    return copied;
}

Status TableCopy::clear(Database& target)
{
    auto tables = tablesOf(target);
    if (!tables.ok())
        return tables.error();
    auto order = copyOrder(target, tables.value());
    if (!order.ok())
        return order.error();
    return target.write([&](QSqlDatabase& db) { return clearTables(db, order.value()); });
}

Result<QList<TableTally>> TableCopy::tally(Database& db)
{
    auto tables = tablesOf(db);
    if (!tables.ok())
        return tables.error();
    auto order = copyOrder(db, tables.value());
    if (!order.ok())
        return order.error();
    QList<TableTally> tallies;
    for (const QString& table : order.value()) {
        auto columns = columnsOf(db.sql(), table);
        if (!columns.ok())
            return columns.error();
        QStringList sorted = columns.value();
        sorted.sort(); // the same digest whatever order the columns were added in
        auto tally = tallyTable(db.sql(), table, sorted);
        if (!tally.ok())
            return tally.error();
        tallies << tally.value();
    }
    return tallies;
}

} // namespace antre
