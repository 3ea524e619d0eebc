#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace antre {

// What text the hall accepts, from a configuration file, the editor or a booth: no control characters, no
// unpaired surrogates or noncharacters, line breaks only where a text may have several lines, something
// visible in a name, ASCII in a code, and a maximum length per kind of text (docs/CONFIGURATION.md).
// Messages keep the ConfigIo translation context, where they were first written.
class TextRules final
{
public:
    enum class Kind
    {
        Code,      // a code people type and programs match exactly: required, letters, digits, "-", "_", ".",
                   // the first a letter or a digit (a "-" first would read as a command-line option)
        Name,      // a name people read: required, one line, something visible
        Line,      // a short optional text on one line: fee, duration, call phrase, a break reason
        LongLine,  // a longer optional text on one line: a requirement of a service standard
        Paragraph, // an optional text of several lines: ticket footer, running text, a complaint
    };

    // Characters (code points, not UTF-16 units) a text of this kind may have.
    static qsizetype maxLength(Kind kind);
    // Why `text` is not acceptable as `kind`, e.g. "contains U+FFFE (a noncharacter); remove it"; empty when
    // it is fine. The caller puts its own subject (a JSON path, a field label) in front.
    static QString problem(const QString& text, Kind kind);
    // Why `text` cannot be stored and read back as it is, whatever its kind: a NUL, an unpaired surrogate, a
    // noncharacter (SQLite returns the last two as U+FFFD) or a leading U+FEFF (SQLite drops it). Empty when
    // it can; the weakest rule of all, for text no person typed (a device's message) and for the audit log's
    // last line of defence.
    static QString storageProblem(const QString& text);
    // Why a text that must say something says nothing: "is required" when it is empty or only white space,
    // and when it has nothing but invisible characters (a zero-width space, a joiner, a direction mark, a
    // BOM), which look empty on every screen and list. Empty when something in it can be seen.
    static QString blankProblem(const QString& text);
    // Whether something in text can be seen: not white space, format, default-ignorable or blank.
    static bool hasVisible(const QString& text);

    // Code points of text; an unpaired surrogate (which a JSON "\ud800" escape gives) is kept as itself.
    static QList<char32_t> codePoints(QStringView text);
    static bool isControl(char32_t c); // C0 (with NUL), DEL and C1
    static bool isSurrogate(char32_t c);
    static bool isLineBreak(char32_t c);
    // U+FDD0..U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE, …, U+10FFFF).
    static bool isNoncharacter(char32_t c);
    // Shows nothing on a screen or a ticket: white space, format and default-ignorable characters.
    static bool isInvisible(char32_t c);
    static QString codePointName(char32_t c); // "U+200B"
    // A character as a message names it: itself when it can be seen, otherwise its code point and what it is.
    static QString describe(char32_t c);
    // A value in a message, as it would be written in the JSON file: characters that cannot be seen are
    // escaped, and a very long value is cut short so that one bad field cannot flood a log or a screen.
    static QString quoted(const QString& text);
};

} // namespace antre
