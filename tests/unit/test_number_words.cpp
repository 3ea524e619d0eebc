#include "core/NumberWords.h"
#include "core/Types.h"
#include "tests/support/QtStringMakers.h"

#include <QFile>
#include <QSet>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <map>
#include <utility>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using antre::NumberWords;
using antre::TicketNumber;

namespace {

constexpr int kTableSize = 10000;

// The reference table is produced by tests/data/gen_number_words.py with a different algorithm, so a
// shared mistake would have to be made twice.
std::map<int, QString> loadTable()
{
    QFile file(QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/tests/data/number_words_id.tsv"_s);
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    std::map<int, QString> table;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        INFO("line " << lineNumber << ": " << line.toStdString());
        REQUIRE(fields.size() == 2);
        bool ok = false;
        const int value = fields.at(0).toInt(&ok);
        REQUIRE(ok);
        REQUIRE(table.emplace(value, fields.at(1)).second);
    }
    return table;
}

// Words that may appear in a reading; anything else ("kosong", "lapan", "sejuta", "satu ratus" glued
// together) is a bug.
const QSet<QString>& vocabulary()
{
    static const QSet<QString> words{
        u"nol"_s,   u"satu"_s,  u"dua"_s,     u"tiga"_s,     u"empat"_s,   u"lima"_s,
        u"enam"_s,  u"tujuh"_s, u"delapan"_s, u"sembilan"_s, u"sepuluh"_s, u"sebelas"_s,
        u"belas"_s, u"puluh"_s, u"seratus"_s, u"ratus"_s,    u"seribu"_s,  u"ribu"_s,
    };
    return words;
}

// Returns a description of the first wording rule the reading breaks, or an empty string.
QString ruleViolation(const QStringList& words)
{
    for (const QString& word : words) {
        if (word == u"kosong"_s || word == u"lapan"_s)
            return u"colloquial word "_s + word;
        if (!vocabulary().contains(word))
            return u"unexpected word "_s + word;
    }
    // Padded with spaces so "satu puluh" cannot match inside a longer word.
    const QString padded = u' ' + words.join(u' ') + u' ';
    for (const auto& phrase :
         {u" sepuluh satu "_s, u" satu ratus "_s, u" satu ribu "_s, u" satu puluh "_s, u" satu belas "_s}) {
        if (padded.contains(phrase))
            return u"forbidden phrase"_s + phrase.chopped(1);
    }
    return {};
}

// Tricky values checked by hand, so the generated table is not trusted blindly either.
const std::vector<std::pair<int, QString>>& handChecked()
{
    static const std::vector<std::pair<int, QString>> values{
        {0, u"nol"_s},
        {1, u"satu"_s},
        {8, u"delapan"_s},
        {9, u"sembilan"_s},
        {10, u"sepuluh"_s},
        {11, u"sebelas"_s},
        {12, u"dua belas"_s},
        {18, u"delapan belas"_s},
        {19, u"sembilan belas"_s},
        {20, u"dua puluh"_s},
        {21, u"dua puluh satu"_s},
        {80, u"delapan puluh"_s},
        {99, u"sembilan puluh sembilan"_s},
        {100, u"seratus"_s},
        {101, u"seratus satu"_s},
        {108, u"seratus delapan"_s},
        {110, u"seratus sepuluh"_s},
        {111, u"seratus sebelas"_s},
        {112, u"seratus dua belas"_s},
        {120, u"seratus dua puluh"_s},
        {200, u"dua ratus"_s},
        {211, u"dua ratus sebelas"_s},
        {999, u"sembilan ratus sembilan puluh sembilan"_s},
        {1000, u"seribu"_s},
        {1001, u"seribu satu"_s},
        {1010, u"seribu sepuluh"_s},
        {1011, u"seribu sebelas"_s},
        {1100, u"seribu seratus"_s},
        {1111, u"seribu seratus sebelas"_s},
        {1999, u"seribu sembilan ratus sembilan puluh sembilan"_s},
        {2000, u"dua ribu"_s},
        {2001, u"dua ribu satu"_s},
        {2110, u"dua ribu seratus sepuluh"_s},
        {8018, u"delapan ribu delapan belas"_s},
        {9999, u"sembilan ribu sembilan ratus sembilan puluh sembilan"_s},
    };
    return values;
}

QStringList ticket(const QString& text, bool digitByDigit = false)
{
    const auto number = TicketNumber::parse(text);
    REQUIRE(number.has_value());
    return NumberWords::ticketWords(*number, digitByDigit);
}

} // namespace

TEST_CASE("number words for 0..9999 match the independent table", "[number_words]")
{
    const auto table = loadTable();
    REQUIRE(table.size() == kTableSize);
    REQUIRE(table.begin()->first == 0);
    REQUIRE(table.rbegin()->first == kTableSize - 1);

    // Collected rather than asserted row by row, so a systematic bug reports a readable sample instead
    // of thousands of failures.
    QStringList mismatches;
    for (const auto& [value, expected] : table) {
        const QString actual = NumberWords::text(value);
        if (actual != expected)
            mismatches << u"%1: got \"%2\", table says \"%3\""_s.arg(value).arg(actual, expected);
    }
    INFO(mismatches.mid(0, 20).join(u'\n').toStdString());
    CHECK(mismatches.size() == 0);
}

TEST_CASE("number words for hand-checked values", "[number_words]")
{
    const auto table = loadTable();
    for (const auto& [value, expected] : handChecked()) {
        INFO("value " << value);
        CHECK(NumberWords::text(value) == expected);
        CHECK(NumberWords::words(value) == expected.split(u' '));
        REQUIRE(table.count(value) == 1);
        CHECK(table.at(value) == expected);
    }
}

TEST_CASE("number words are separate words and text joins them", "[number_words]")
{
    CHECK(NumberWords::words(21) == QStringList{u"dua"_s, u"puluh"_s, u"satu"_s});
    CHECK(NumberWords::words(1000) == QStringList{u"seribu"_s});
    CHECK(NumberWords::words(0) == QStringList{u"nol"_s});
    for (int value = 0; value < kTableSize; ++value) {
        const QStringList words = NumberWords::words(value);
        if (NumberWords::text(value) != words.join(u' ') || words.contains(QString()))
            FAIL("value " << value << " does not join cleanly");
    }
}

TEST_CASE("number words never use colloquial or non-KBBI forms", "[number_words]")
{
    for (int value = 0; value < kTableSize; ++value) {
        if (const QString problem = ruleViolation(NumberWords::words(value)); !problem.isEmpty())
            FAIL("value " << value << ": " << problem.toStdString());
    }
    // Beyond the table and on tickets the same rules hold.
    for (const int value : {10000, 10010, 12345, 99999, 100000}) {
        INFO("value " << value);
        CHECK(ruleViolation(NumberWords::words(value)).isEmpty());
    }
    for (int sequence = 1; sequence <= kTableSize + 10; ++sequence) {
        const TicketNumber number(u"A"_s, sequence);
        for (const bool digitByDigit : {false, true}) {
            QStringList words = NumberWords::ticketWords(number, digitByDigit);
            REQUIRE(words.value(0) == u"a"_s);
            words.removeFirst();
            if (const QString problem = ruleViolation(words); !problem.isEmpty())
                FAIL(number.toString().toStdString() << ": " << problem.toStdString());
        }
    }
}

TEST_CASE("number words above 9999 are read digit by digit", "[number_words]")
{
    CHECK(NumberWords::text(10000) == u"satu nol nol nol nol"_s);
    CHECK(NumberWords::text(12345) == u"satu dua tiga empat lima"_s);
    CHECK(NumberWords::words(90817) ==
          QStringList{u"sembilan"_s, u"nol"_s, u"delapan"_s, u"satu"_s, u"tujuh"_s});
}

TEST_CASE("letter names", "[number_words]")
{
    const QStringList names{u"a"_s,  u"be"_s, u"ce"_s, u"de"_s, u"e"_s,  u"ef"_s,  u"ge"_s, u"ha"_s, u"i"_s,
                            u"je"_s, u"ka"_s, u"el"_s, u"em"_s, u"en"_s, u"o"_s,   u"pe"_s, u"ki"_s, u"er"_s,
                            u"es"_s, u"te"_s, u"u"_s,  u"fe"_s, u"we"_s, u"eks"_s, u"ye"_s, u"zet"_s};
    REQUIRE(names.size() == 26);
    for (int i = 0; i < 26; ++i) {
        const QChar upper(static_cast<char16_t>(u'A' + i));
        const QChar lower(static_cast<char16_t>(u'a' + i));
        INFO("letter " << i);
        CHECK(NumberWords::letterName(upper) == names.at(i));
        CHECK(NumberWords::letterName(lower) == names.at(i));
    }

    SECTION("anything but an ASCII letter has no name")
    {
        for (const char16_t c : {u'0', u'9', u'-', u' ', u'@', u'[', u'`', u'{', u'\u00C9', u'\u212A'})
            CHECK(NumberWords::letterName(QChar(c)).isEmpty());
    }
}

TEST_CASE("ticket words", "[number_words]")
{
    SECTION("leading zeros as nol, the rest as a whole number")
    {
        CHECK(ticket(u"A-007"_s) == QStringList{u"a"_s, u"nol"_s, u"nol"_s, u"tujuh"_s});
        CHECK(ticket(u"A-012"_s) == QStringList{u"a"_s, u"nol"_s, u"dua"_s, u"belas"_s});
        CHECK(ticket(u"A-120"_s) == QStringList{u"a"_s, u"seratus"_s, u"dua"_s, u"puluh"_s});
        CHECK(ticket(u"B-100"_s) == QStringList{u"be"_s, u"seratus"_s});
        CHECK(ticket(u"A-001"_s) == QStringList{u"a"_s, u"nol"_s, u"nol"_s, u"satu"_s});
        CHECK(ticket(u"C-010"_s) == QStringList{u"ce"_s, u"nol"_s, u"sepuluh"_s});
        CHECK(ticket(u"D-011"_s) == QStringList{u"de"_s, u"nol"_s, u"sebelas"_s});
        CHECK(ticket(u"X-999"_s).join(u' ') == u"eks sembilan ratus sembilan puluh sembilan"_s);
    }

    SECTION("four-digit sequences")
    {
        CHECK(ticket(u"A-1000"_s) == QStringList{u"a"_s, u"seribu"_s});
        CHECK(ticket(u"Z-1005"_s) == QStringList{u"zet"_s, u"seribu"_s, u"lima"_s});
        CHECK(ticket(u"Q-2019"_s).join(u' ') == u"ki dua ribu sembilan belas"_s);
    }

    SECTION("sequences past 9999 are read digit by digit")
    {
        CHECK(ticket(u"A-12345"_s).join(u' ') == u"a satu dua tiga empat lima"_s);
    }

    SECTION("prefix letters are named, whatever their case")
    {
        CHECK(ticket(u"x-9"_s) == QStringList{u"eks"_s, u"nol"_s, u"nol"_s, u"sembilan"_s});
        CHECK(ticket(u"AB-005"_s) == QStringList{u"a"_s, u"be"_s, u"nol"_s, u"nol"_s, u"lima"_s});
        CHECK(NumberWords::ticketWords(TicketNumber(u"vw"_s, 3)) ==
              QStringList{u"fe"_s, u"we"_s, u"nol"_s, u"nol"_s, u"tiga"_s});
    }

    SECTION("digit by digit")
    {
        CHECK(ticket(u"A-120"_s, true) == QStringList{u"a"_s, u"satu"_s, u"dua"_s, u"nol"_s});
        CHECK(ticket(u"A-007"_s, true) == QStringList{u"a"_s, u"nol"_s, u"nol"_s, u"tujuh"_s});
        CHECK(ticket(u"B-100"_s, true) == QStringList{u"be"_s, u"satu"_s, u"nol"_s, u"nol"_s});
        CHECK(ticket(u"A-1000"_s, true) == QStringList{u"a"_s, u"satu"_s, u"nol"_s, u"nol"_s, u"nol"_s});
        CHECK(ticket(u"A-012"_s, true).join(u' ') == u"a nol satu dua"_s);
    }

    SECTION("a ticket that was never issued says nothing")
    {
        CHECK(NumberWords::ticketWords(TicketNumber()).isEmpty());
        CHECK(NumberWords::ticketWords(TicketNumber(u"A"_s, 0)).isEmpty());
        CHECK(NumberWords::ticketWords(TicketNumber(u"A"_s, -5), true).isEmpty());
    }
}
