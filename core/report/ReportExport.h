#pragma once

#include "core/Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace antre {
class CsvWriter;
}

// Exports. Every export is made from the same list of sections, so CSV, JSON and text cannot disagree.
namespace antre::report {

enum class Kind
{
    Text,
    Integer,
    Decimal
};

struct Column
{
    QString key;   // stable identifier: CSV header and JSON member, the same in every language
    QString title; // translated, for the terminal
    Kind kind = Kind::Integer;
    bool inText = true; // the terminal table shows only the main columns, to stay narrow
};

struct Section
{
    QString key;   // stable identifier: CSV title row and JSON member
    QString title; // translated, for the terminal
    QList<Column> columns;
    QList<QJsonArray> rows; // cells in column order: strings, or numbers already rounded
    bool single = false;    // one record (a JSON object, not an array)
    bool textSkipsZeroRows = false;
};

// Figures are rounded to one decimal, half away from zero, before any export, so that all exports agree.
double rounded(double value);
// A cell as CSV and the terminal show it: numbers with '.' whatever the locale, decimals with one digit.
QString cellText(const QJsonValue& cell, Kind kind);

// The report's heading ("report": site, time zone, period, as of).
Section metaSection(const Report& report);
// The report's sections after the heading, in the order every export shows them.
QList<Section> bodySections(const Report& report);

// A section as CSV: its key on a line, the column keys, then the rows.
void addCsvSection(CsvWriter& csv, const Section& section);
// A plain-text table: text columns left-aligned, numbers right-aligned, two spaces between columns.
QString textTable(const Section& section);

// See ReportBuilder::toCsv, toJson, toText.
QByteArray toCsv(const Report& report);
QJsonObject toJson(const Report& report);
QString toText(const Report& report);

} // namespace antre::report
