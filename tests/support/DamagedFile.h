#pragma once

#include <QList>
#include <QString>

namespace antre::test {

// A database file damaged on purpose, the way a failing disk or a torn write damages one: whole pages of a
// table's b-tree overwritten with garbage. The file must be closed (no connection, no -wal file).

// One leaf page of a table's b-tree and the rows (rowids) it holds.
struct LeafPage
{
    qint64 page = 0; // 1-based page number in the file
    qint64 firstRowid = 0;
    qint64 lastRowid = 0;
};

// The table's leaf pages in key order (from SQLite's dbstat table and the pages' own cells).
QList<LeafPage> leafPages(const QString& dbPath, const QString& table);
// Overwrites the pages with garbage (the same bytes every run).
void overwritePages(const QString& dbPath, const QList<qint64>& pages);
// Damages `count` leaf pages from the middle of the table's rows (never its first or last page) and returns
// the rowids they held, first and last.
std::pair<qint64, qint64> damageMiddle(const QString& dbPath, const QString& table, int count);
// SQLite's PRAGMA integrity_check of the file, on a connection of its own: "ok" when healthy.
QString integrityCheck(const QString& dbPath);

} // namespace antre::test
