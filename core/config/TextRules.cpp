#include "core/config/TextRules.h"

#include "core/ConfigIo.h"

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// Beyond this many characters a value in a message is cut short: enough to recognise it.
constexpr qsizetype kQuotedMax = 60;

QString codeProblem(const QList<char32_t>& points)
{
    // ASCII only: anything else can look like a character it is not (an invisible one, a Cyrillic A, an é
    // composed or not) while matching is exact, and cannot always be typed at a booth or a command line.
    const auto allowed = [](char32_t c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_' || c == u'.';
    };
    const auto bad = std::find_if_not(points.cbegin(), points.cend(), allowed);
    if (bad != points.cend())
        return ConfigIo::tr(
                   "contains %1; a code may only use letters A-Z and a-z, digits 0-9, \"-\", \"_\" and \".\"")
            .arg(TextRules::describe(*bad));
    // A code is typed as a command-line argument ("antre counter open L1"): one starting with "-" reads as
    // an option ("-", "--json"), and "." or "_" first is never meant. A letter or digit first is what every
    // hall uses (L1, KTPEL, DUKCAPIL, an 18-digit NIP).
    const char32_t first = points.constFirst();
    if (first == u'-' || first == u'_' || first == u'.')
        return ConfigIo::tr("%1 must start with a letter A-Z or a-z or a digit 0-9")
            .arg(TextRules::quoted(QString::fromUcs4(points.constData(), points.size())));
    return {};
}

QString characterProblem(const QList<char32_t>& points, bool severalLines)
{
    for (const char32_t c : points) {
        if (c == u'\n' && severalLines)
            continue;
        if (TextRules::isLineBreak(c) && !severalLines)
            return ConfigIo::tr("contains %1; this text must be on one line").arg(TextRules::describe(c));
        if (TextRules::isControl(c) || TextRules::isSurrogate(c) || TextRules::isNoncharacter(c))
            return ConfigIo::tr("contains %1; remove it").arg(TextRules::describe(c));
    }
    return {};
}

// A zero-width space or a lone joiner looks empty on every screen and ticket.
QString invisibleProblem(const QList<char32_t>& points)
{
    QStringList hidden;
    for (const char32_t c : points) {
        if (!TextRules::isInvisible(c))
            return {};
        if (!QChar::isSpace(c) && !hidden.contains(TextRules::codePointName(c)))
            hidden.append(TextRules::codePointName(c));
    }
    return ConfigIo::tr("contains only invisible characters (%1)").arg(hidden.join(u", "_s));
}

} // namespace

qsizetype TextRules::maxLength(Kind kind)
{
    switch (kind) {
    case Kind::Code:
        return 40; // a staff ID (NIP) has 18 digits
    case Kind::Name:
        return 120; // two lines of a kiosk button, one of a ticket
    case Kind::Line:
        return 300;
    case Kind::LongLine:
        return 2000;
    case Kind::Paragraph:
        return 4000;
    }
    return 0;
}

QString TextRules::problem(const QString& text, Kind kind)
{
    const bool required = kind == Kind::Code || kind == Kind::Name;
    if (required && text.trimmed().isEmpty())
        return ConfigIo::tr("is required");
    const QList<char32_t> points = codePoints(text);
    if (points.size() > maxLength(kind))
        return ConfigIo::tr("%1 characters, at most %2").arg(points.size()).arg(maxLength(kind));
    if (kind == Kind::Code)
        return codeProblem(points);
    if (QString found = storageProblem(text); !found.isEmpty())
        return found;
    if (QString found = characterProblem(points, kind == Kind::Paragraph); !found.isEmpty())
        return found;
    return kind == Kind::Name ? invisibleProblem(points) : QString();
}

QString TextRules::storageProblem(const QString& text)
{
    // SQLite takes a leading U+FEFF of UTF-16 text for a byte-order mark and drops it.
    if (text.startsWith(QChar(0xFEFF)))
        return ConfigIo::tr("starts with %1; remove it").arg(describe(0xFEFF));
    for (const char32_t c : codePoints(text))
        if (c == 0 || isSurrogate(c) || isNoncharacter(c))
            return ConfigIo::tr("contains %1; remove it").arg(describe(c));
    return {};
}

QString TextRules::blankProblem(const QString& text)
{
    if (text.trimmed().isEmpty())
        return ConfigIo::tr("is required");
    return hasVisible(text) ? QString() : invisibleProblem(codePoints(text));
}

bool TextRules::hasVisible(const QString& text)
{
    const QList<char32_t> points = codePoints(text);
    return std::any_of(points.cbegin(), points.cend(), [](char32_t c) { return !isInvisible(c); });
}

QList<char32_t> TextRules::codePoints(QStringView text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            points.append(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            points.append(c.unicode());
        }
    }
    return points;
}

bool TextRules::isControl(char32_t c)
{
    return QChar::category(c) == QChar::Other_Control;
}

bool TextRules::isSurrogate(char32_t c)
{
    return c >= 0xD800 && c <= 0xDFFF;
}

bool TextRules::isLineBreak(char32_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x0B || c == 0x0C || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool TextRules::isNoncharacter(char32_t c)
{
    // Reserved for a program's own use: fonts show nothing or a box, and a program may drop or misread them.
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c <= 0x10FFFF && (c & 0xFFFE) == 0xFFFE);
}

// White space, format characters (zero-width space and joiners, direction marks, the byte-order mark, the
// soft hyphen) and the default-ignorable and blank characters that are not format characters, for which QChar
// has no property (the combining grapheme joiner, Hangul fillers, variation selectors, the braille blank).
bool TextRules::isInvisible(char32_t c)
{
    static constexpr std::pair<char32_t, char32_t> kBlanks[] = {
        {0x034F, 0x034F}, {0x115F, 0x1160}, {0x17B4, 0x17B5}, {0x180B, 0x180F},   {0x2800, 0x2800},
        {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFFA0, 0xFFA0}, {0xE0100, 0xE01EF},
    };
    if (isControl(c) || QChar::isSpace(c) || QChar::category(c) == QChar::Other_Format)
        return true;
    return std::any_of(std::begin(kBlanks), std::end(kBlanks),
                       [c](const auto& range) { return c >= range.first && c <= range.second; });
}

QString TextRules::codePointName(char32_t c)
{
    return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
}

QString TextRules::describe(char32_t c)
{
    const QString name = codePointName(c);
    if (isLineBreak(c))
        return ConfigIo::tr("%1 (a line break)").arg(name);
    if (isControl(c))
        return ConfigIo::tr("%1 (a control character)").arg(name);
    if (isSurrogate(c))
        return ConfigIo::tr("%1 (not a valid character)").arg(name);
    if (isNoncharacter(c))
        return ConfigIo::tr("%1 (a noncharacter)").arg(name);
    if (QChar::isSpace(c))
        return ConfigIo::tr("%1 (a space)").arg(name);
    if (isInvisible(c))
        return ConfigIo::tr("%1 (invisible)").arg(name);
    return u'"' + QString::fromUcs4(&c, 1) + u"\" ("_s + name + u')';
}

QString TextRules::quoted(const QString& text)
{
    const QList<char32_t> points = codePoints(text);
    QString out = u"\""_s;
    for (qsizetype i = 0; i < points.size() && i < kQuotedMax; ++i) {
        const char32_t c = points[i];
        if (c == u' ' || (!isInvisible(c) && !isSurrogate(c) && !isNoncharacter(c))) {
            out += QString::fromUcs4(&c, 1);
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else {
            // One escape per UTF-16 unit, as JSON writes it; an unpaired surrogate as itself.
            const QString units = c > 0xFFFF ? QString::fromUcs4(&c, 1) : QString(QChar(char16_t(c)));
            for (const QChar unit : units)
                out += u"\\u"_s + QString::number(unit.unicode(), 16).toUpper().rightJustified(4, u'0');
        }
    }
    if (points.size() > kQuotedMax)
        return ConfigIo::tr("%1…\" (%2 characters)").arg(out).arg(points.size());
    return out + u'"';
}

} // namespace antre
