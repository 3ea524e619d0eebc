#include "tests/support/DamagedFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

namespace {

// Runs body on a read-only connection of its own, removed afterwards.
template <typename Body> void withConnection(const QString& dbPath, Body&& body)
{
    static int counter = 0;
    const QString name = u"antre-damage-%1"_s.arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// An SQLite varint at bytes[at], its value and length.
std::pair<qint64, int> varint(const QByteArray& bytes, qsizetype at)
{
    qint64 value = 0;
    for (int i = 0; i < 9; ++i) {
        const auto byte = quint8(bytes.at(at + i));
        if (i == 8)
            return {(value << 8) | byte, 9};
        value = (value << 7) | (byte & 0x7f);
        if (!(byte & 0x80))
            return {value, i + 1};
    }
    return {value, 9};
}

// The rowid of cell `index` of a table leaf page (header: flag 0x0d, cell count at 3, pointers from 8).
qint64 rowidOfCell(const QByteArray& page, int index)
{
    const auto pointer = qFromBigEndian<quint16>(page.constData() + 8 + 2 * index);
    const auto payload = varint(page, pointer);
    return varint(page, pointer + payload.second).first;
}

} // namespace

QList<LeafPage> leafPages(const QString& dbPath, const QString& table)
{
    REQUIRE_FALSE(QFileInfo::exists(dbPath + u"-wal"_s));
    QList<qint64> numbers;
    int pageSize = 0;
    withConnection(dbPath, [&](QSqlDatabase& db) {
        QSqlQuery size(db);
        REQUIRE(size.exec(u"PRAGMA page_size"_s));
        REQUIRE(size.next());
        pageSize = size.value(0).toInt();
        QSqlQuery q(db);
        // dbstat's path orders the pages as the b-tree does, left to right.
        INFO("SQLite without dbstat? " << q.lastError().text().toStdString());
        REQUIRE(q.exec(
            u"SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = 'leaf' ORDER BY path"_s.arg(table)));
        while (q.next())
            numbers << q.value(0).toLongLong();
        REQUIRE(q.lastError().type() == QSqlError::NoError);
    });
    QFile file(dbPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<LeafPage> pages;
    for (const qint64 number : numbers) {
        REQUIRE(file.seek((number - 1) * pageSize));
        const QByteArray page = file.read(pageSize);
        REQUIRE(page.size() == pageSize);
        REQUIRE(quint8(page.at(0)) == 0x0d); // a table leaf
        const int cells = qFromBigEndian<quint16>(page.constData() + 3);
        REQUIRE(cells > 0);
        pages << LeafPage{number, rowidOfCell(page, 0), rowidOfCell(page, cells - 1)};
    }
    return pages;
}

void overwritePages(const QString& dbPath, const QList<qint64>& pages)
{
    int pageSize = 0;
    withConnection(dbPath, [&](QSqlDatabase& db) {
        QSqlQuery size(db);
        REQUIRE(size.exec(u"PRAGMA page_size"_s));
        REQUIRE(size.next());
        pageSize = size.value(0).toInt();
    });
    QFile file(dbPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray garbage(pageSize, '\0');
    quint32 state = 0x2545f491u; // xorshift: the same garbage every run
    for (char& byte : garbage) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        byte = char(state & 0xff);
    }
    garbage[0] = char(0x42); // no valid page type
    for (const qint64 page : pages) {
        REQUIRE(page > 1); // the schema page stays: the file still opens
        REQUIRE(file.seek((page - 1) * pageSize));
        REQUIRE(file.write(garbage) == pageSize);
    }
    REQUIRE(file.flush());
}

std::pair<qint64, qint64> damageMiddle(const QString& dbPath, const QString& table, int count)
{
    const QList<LeafPage> pages = leafPages(dbPath, table);
    REQUIRE(pages.size() >= count + 2);
    const qsizetype first = (pages.size() - count) / 2;
    QList<qint64> chosen;
    for (qsizetype i = first; i < first + count; ++i)
        chosen << pages.at(i).page;
    overwritePages(dbPath, chosen);
    return {pages.at(first).firstRowid, pages.at(first + count - 1).lastRowid};
}

QString integrityCheck(const QString& dbPath)
{
    QStringList lines;
    withConnection(dbPath, [&](QSqlDatabase& db) {
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA integrity_check"_s)) {
            lines << q.lastError().text();
            return;
        }
        while (q.next())
            lines << q.value(0).toString();
        if (q.lastError().type() != QSqlError::NoError)
            lines << q.lastError().text();
    });
    return lines.join(u'\n');
}

} // namespace antre::test
