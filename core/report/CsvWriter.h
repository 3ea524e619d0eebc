#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace antre {

// The one CSV writer of every export (reports, recaps): RFC 4180, comma separated, CRLF line ends, UTF-8
// with a BOM so that spreadsheet programs detect the encoding (names with é, en dashes in bucket labels).
class CsvWriter final
{
public:
    CsvWriter() = default;
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // A field with a comma, quote, CR or LF is quoted, and its quotes doubled; any other is as it is.
    static QString field(const QString& text);
    // The fields as one line, with its CRLF.
    static QString line(const QStringList& fields);

    void addRow(const QStringList& fields);
    // An empty line: a separator between sections.
    void addBlankLine();
    // The lines so far, each ending in CRLF.
    const QString& text() const { return m_text; }
    // The lines in UTF-8, after the BOM.
    QByteArray toUtf8() const;

private:
    QString m_text;
};

} // namespace antre
