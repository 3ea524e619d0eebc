#include "core/report/CsvWriter.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

TEST_CASE("a CSV field is quoted only when it has a comma, quote, CR or LF", "[csv]")
{
    CHECK(CsvWriter::field(u"plain text é"_s) == u"plain text é"_s);
    CHECK(CsvWriter::field(QString()).isEmpty());
    CHECK(CsvWriter::field(u"a,b"_s) == u"\"a,b\""_s);
    CHECK(CsvWriter::field(u"say \"hi\""_s) == u"\"say \"\"hi\"\"\""_s);
    CHECK(CsvWriter::field(u"two\nlines"_s) == u"\"two\nlines\""_s);
    CHECK(CsvWriter::field(u"carriage\rreturn"_s) == u"\"carriage\rreturn\""_s);
    CHECK(CsvWriter::field(u"\r"_s) == u"\"\r\""_s);
    CHECK(CsvWriter::field(u"semi;colon\ttab"_s) == u"semi;colon\ttab"_s);
}

TEST_CASE("CSV lines end in CRLF, the document is UTF-8 after a BOM", "[csv]")
{
    CHECK(CsvWriter::line({u"a"_s, u"b,c"_s, QString()}) == u"a,\"b,c\",\r\n"_s);
    CHECK(CsvWriter::line({}) == u"\r\n"_s);

    CsvWriter csv;
    CHECK(csv.toUtf8() == QByteArray("\xEF\xBB\xBF"));
    csv.addRow({u"key"_s, u"name"_s});
    csv.addRow({u"S1"_s, u"Izin \"AK/1\", kartu\r\nkuning"_s});
    csv.addBlankLine();
    csv.addRow({u"–"_s});
    CHECK(csv.text() == u"key,name\r\nS1,\"Izin \"\"AK/1\"\", kartu\r\nkuning\"\r\n\r\n–\r\n"_s);
    CHECK(csv.toUtf8() == QByteArray("\xEF\xBB\xBF") + csv.text().toUtf8());
}
