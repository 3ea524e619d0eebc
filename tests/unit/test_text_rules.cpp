#include "core/config/TextRules.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using Kind = TextRules::Kind;

namespace {

QString ucs4(char32_t c)
{
    return QString::fromUcs4(&c, 1);
}

} // namespace

TEST_CASE("every kind of text has a maximum length, counted in characters", "[text-rules]")
{
    CHECK(TextRules::maxLength(Kind::Code) == 40);
    CHECK(TextRules::maxLength(Kind::Name) == 120);
    CHECK(TextRules::maxLength(Kind::Line) == 300);
    CHECK(TextRules::maxLength(Kind::LongLine) == 2000);
    CHECK(TextRules::maxLength(Kind::Paragraph) == 4000);
    for (const Kind kind : {Kind::Code, Kind::Name, Kind::Line, Kind::LongLine, Kind::Paragraph}) {
        const qsizetype max = TextRules::maxLength(kind);
        CHECK(TextRules::problem(QString(max, u'x'), kind).isEmpty());
        CHECK(TextRules::problem(QString(max + 1, u'x'), kind) ==
              u"%1 characters, at most %2"_s.arg(max + 1).arg(max));
    }
    CHECK(TextRules::problem(QString(1000001, u'x'), Kind::Name) == u"1000001 characters, at most 120"_s);
    // An emoji is one character, though two UTF-16 units.
    QString emoji;
    for (int i = 0; i < 120; ++i)
        emoji += u"\U0001F600"_s;
    CHECK(TextRules::problem(emoji, Kind::Name).isEmpty());
    // A long name without spaces is a name (screens elide it).
    CHECK(TextRules::problem(QString(100, u'W'), Kind::Name).isEmpty());
}

TEST_CASE("noncharacters are refused in every kind of text", "[text-rules]")
{
    const QList<char32_t> nonchars{0xFFFE,  0xFFFF,  0xFDD0,  0xFDE7,   0xFDEF,  0x1FFFE,
                                   0x1FFFF, 0x2FFFE, 0xEFFFF, 0x10FFFE, 0x10FFFF};
    for (const char32_t c : nonchars) {
        INFO(TextRules::codePointName(c).toStdString());
        CHECK(TextRules::isNoncharacter(c));
        const QString name = TextRules::codePointName(c);
        for (const Kind kind : {Kind::Name, Kind::Line, Kind::LongLine, Kind::Paragraph})
            CHECK(TextRules::problem(u"Loket "_s + ucs4(c) + u" 1"_s, kind) ==
                  u"contains %1 (a noncharacter); remove it"_s.arg(name));
        CHECK(TextRules::problem(u"L1"_s + ucs4(c), Kind::Code)
                  .startsWith(u"contains %1 (a noncharacter); a code may only use"_s.arg(name)));
    }
    for (const char32_t c :
         {char32_t(0xFDCF), char32_t(0xFDF0), char32_t(0xFFFD), char32_t(0x1FFFD), char32_t(0x10000)})
        CHECK_FALSE(TextRules::isNoncharacter(c));
    CHECK(TextRules::problem(u"Loket \uFFFD"_s, Kind::Name).isEmpty()); // the replacement character is one
}

TEST_CASE("names: required, one line, no control characters, something visible", "[text-rules]")
{
    CHECK(TextRules::problem({}, Kind::Name) == u"is required"_s);
    CHECK(TextRules::problem(u"   "_s, Kind::Name) == u"is required"_s);
    CHECK(TextRules::problem(u"\u200B"_s, Kind::Name) == u"contains only invisible characters (U+200B)"_s);
    CHECK(TextRules::problem(u"Siti\tRahma"_s, Kind::Name) ==
          u"contains U+0009 (a control character); remove it"_s);
    CHECK(TextRules::problem(u"Siti\nRahma"_s, Kind::Name) ==
          u"contains U+000A (a line break); this text must be on one line"_s);
    CHECK(TextRules::problem(u"Loket "_s + QChar(0xD800), Kind::Name) ==
          u"contains U+D800 (not a valid character); remove it"_s);
    CHECK(TextRules::problem(u"Pe\u0301layanan \u200F\u0645\u200F"_s, Kind::Name).isEmpty());
}

TEST_CASE("optional texts: empty is fine, line breaks only in a paragraph", "[text-rules]")
{
    for (const Kind kind : {Kind::Line, Kind::LongLine, Kind::Paragraph})
        CHECK(TextRules::problem({}, kind).isEmpty());
    CHECK(TextRules::problem(u"Terima kasih.\nSimpan tiket ini."_s, Kind::Paragraph).isEmpty());
    CHECK(TextRules::problem(u"Terima kasih.\nSimpan tiket ini."_s, Kind::Line) ==
          u"contains U+000A (a line break); this text must be on one line"_s);
    CHECK(TextRules::problem(u"Selamat\r\ndatang"_s, Kind::Paragraph) ==
          u"contains U+000D (a line break); remove it"_s);
    CHECK(TextRules::problem(u"Rehat \u001B"_s, Kind::Line) ==
          u"contains U+001B (a control character); remove it"_s);
}

TEST_CASE("a text that must say something: nothing visible is refused, however it is made", "[text-rules]")
{
    CHECK(TextRules::blankProblem({}) == u"is required"_s);
    CHECK(TextRules::blankProblem(u" \t\n\u00A0\u3000"_s) == u"is required"_s);
    CHECK(TextRules::blankProblem(u"\u200B"_s) == u"contains only invisible characters (U+200B)"_s);
    // Each invisible character named once, spaces not at all.
    CHECK(TextRules::blankProblem(u"\u2060 \u200D\u2060\uFEFF"_s) ==
          u"contains only invisible characters (U+2060, U+200D, U+FEFF)"_s);
    for (const char32_t c : {U'\u200C', U'\u200E', U'\u200F', U'\u202E', U'\u2066', U'\u00AD', U'\u034F',
                             U'\u3164', U'\uFE0F', U'\U000E0101'}) {
        INFO(TextRules::codePointName(c).toStdString());
        CHECK(TextRules::blankProblem(ucs4(c) + ucs4(c)).startsWith(u"contains only invisible characters"_s));
        CHECK_FALSE(TextRules::hasVisible(ucs4(c)));
    }
    // Visible text, also with joiners inside or in a script of its own, is fine.
    for (const QString& text : {u"a"_s, u"Antrean\u200Blama"_s, u"\U0001F468\u200D\U0001F469"_s,
                                u"\uA98F\uA9B8"_s, u"\u200F\u0645"_s})
        CHECK(TextRules::blankProblem(text).isEmpty());
}

TEST_CASE("codes: required, ASCII letters, digits, '-', '_' and '.'", "[text-rules]")
{
    CHECK(TextRules::problem({}, Kind::Code) == u"is required"_s);
    CHECK(TextRules::problem(u"PAS-POR_2.b"_s, Kind::Code).isEmpty());
    CHECK(
        TextRules::problem(u"L1\u200B"_s, Kind::Code) ==
        u"contains U+200B (invisible); a code may only use letters A-Z and a-z, digits 0-9, \"-\", \"_\" and \".\""_s);
    CHECK(TextRules::problem(QString(41, u'A'), Kind::Code) == u"41 characters, at most 40"_s);
}

TEST_CASE("codes: the first character a letter or a digit, so that a code is never read as an option",
          "[text-rules]")
{
    for (const QString& code :
         {u"L1"_s, u"KTPEL"_s, u"DUKCAPIL"_s, u"199001012015011001"_s, u"1A"_s, u"a-"_s})
        CHECK(TextRules::problem(code, Kind::Code).isEmpty());
    CHECK(TextRules::problem(u"-"_s, Kind::Code) ==
          u"\"-\" must start with a letter A-Z or a-z or a digit 0-9"_s);
    CHECK(TextRules::problem(u"--json"_s, Kind::Code) ==
          u"\"--json\" must start with a letter A-Z or a-z or a digit 0-9"_s);
    CHECK(TextRules::problem(u".L1"_s, Kind::Code) ==
          u"\".L1\" must start with a letter A-Z or a-z or a digit 0-9"_s);
    CHECK(TextRules::problem(u"_L1"_s, Kind::Code) ==
          u"\"_L1\" must start with a letter A-Z or a-z or a digit 0-9"_s);
    // The character rule comes first: its message says which character to remove.
    CHECK(TextRules::problem(u"-L 1"_s, Kind::Code).startsWith(u"contains U+0020 (a space)"_s));
}

TEST_CASE("values in messages: invisible characters escaped, long values cut short", "[text-rules]")
{
    CHECK(TextRules::quoted(u"AK1\u200B"_s) == u"\"AK1\\u200B\""_s);
    CHECK(TextRules::quoted(u"A\n"_s) == u"\"A\\n\""_s);
    CHECK(TextRules::quoted(u"A\uFFFF"_s) == u"\"A\\uFFFF\""_s);
    CHECK(TextRules::quoted(u"\U0001F600"_s) == u"\"\U0001F600\""_s);
    CHECK(TextRules::quoted(QString(60, u'x')) == u'"' + QString(60, u'x') + u'"');
    CHECK(TextRules::quoted(QString(100000, u'x')) ==
          u'"' + QString(60, u'x') + u"…\" (100000 characters)"_s);
    CHECK(TextRules::describe(0xFFFE) == u"U+FFFE (a noncharacter)"_s);
    CHECK(TextRules::describe(u'A') == u"\"A\" (U+0041)"_s);
}
