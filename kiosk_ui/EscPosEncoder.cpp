#include "kiosk_ui/EscPosEncoder.h"

#include <QHash>

#include <algorithm>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {

constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;
constexpr char LF = 0x0a;

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (const int v : values)
        out.append(char(v));
    return out;
}

QByteArray bold(bool on)
{
    return bytes({ESC, 'E', on ? 1 : 0});
}
QByteArray align(int n)
{
    return bytes({ESC, 'a', n});
} // 0 left, 1 centre
QByteArray size(int width, int height)
{
    return bytes({GS, '!', ((width - 1) << 4) | (height - 1)});
}

// QR through GS ( k: cn = 49 ('1') selects QR, fn picks the function.
QByteArray qrFunction(char fn, const QByteArray& parameters)
{
    const int length = int(parameters.size()) + 2;
    return bytes({GS, '(', 'k', length & 0xff, length >> 8, '1', fn}) + parameters;
}

} // namespace

EscPosEncoder::EscPosEncoder(int paperMm, PaperCut cut) : m_paperMm(paperMm), m_cut(cut) {}

namespace {

// Code page 437 (selected with ESC t 0, every ESC/POS printer has it): bytes 0x80-0xFF in order.
constexpr std::u16string_view kCp437High =
    u"\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5\u00c9"
    u"\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192"
    u"\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb\u2591"
    u"\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510"
    u"\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568"
    u"\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580"
    u"\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261"
    u"\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0";

int cp437Byte(char16_t c)
{
    static const QHash<char16_t, int> bytes = [] {
        QHash<char16_t, int> h;
        for (std::size_t i = 0; i < kCp437High.size(); ++i)
            h.insert(kCp437High[i], int(0x80 + i));
        return h;
    }();
    return bytes.value(c, -1);
}

// Printable approximations of what code page 437 lacks, looked up first: a no-break space (which 437 has)
// prints as a plain space.
const char* replacement(char16_t c)
{
    static const QHash<char16_t, const char*> replacements{
        {u'\u2013', "-"},  {u'\u2014', "-"},  {u'\u2212', "-"},   {u'\u2018', "'"},   {u'\u2019', "'"},
        {u'\u201c', "\""}, {u'\u201d', "\""}, {u'\u2026', "..."}, {u'\u2022', "*"},   {u'\u00a0', " "},
        {u'\u00d7', "x"},  {u'\u2044', "/"},  {u'\u20ac', "EUR"}, {u'\u00be', "3/4"},
    };
    return replacements.value(c, nullptr);
}

// One character as the printer's bytes: ASCII as is, what code page 437 has as its byte, the rest
// transliterated from its compatibility decomposition ("⅓" → "1/3", "ă" → "a"); marks with
// no base are dropped, anything else is '?'.
void appendPrinterChar(QByteArray& out, QChar c, bool decomposed)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if (u >= 0x20 || u == u'\n')
            out.append(char(u));
        return;
    }
    if (const char* r = replacement(u)) {
        out.append(r);
        return;
    }
    if (const int b = cp437Byte(u); b >= 0) {
        out.append(char(b));
        return;
    }
    if (c.category() == QChar::Mark_NonSpacing || c.isLowSurrogate())
        return; // a mark whose base was printed; the second half of a character written as '?'
    if (!decomposed && !c.isHighSurrogate()) {
        const QString parts = QString(c).normalized(QString::NormalizationForm_KD);
        if (parts != QString(c)) {
            for (const QChar part : parts)
                appendPrinterChar(out, part, true);
            return;
        }
    }
    out.append('?');
}

} // namespace

QByteArray EscPosEncoder::toPrinterText(const QString& text)
{
    QByteArray out;
    for (const QChar c : text.normalized(QString::NormalizationForm_C))
        appendPrinterChar(out, c, false);
    return out;
}

QStringList EscPosEncoder::wrap(const QString& text, int width, int indent)
{
    QStringList lines;
    for (const QString& paragraph : text.split(u'\n')) {
        QString line;
        bool continuation = false; // continuation lines of a paragraph get the hanging indent
        const QStringList words = paragraph.split(u' ', Qt::SkipEmptyParts);
        for (QString word : words) {
            for (;;) {
                const QString start = line.isEmpty() ? QString(continuation ? indent : 0, u' ') : line + u' ';
                if (start.size() + word.size() <= width) {
                    line = start + word;
                    break;
                }
                if (!line.isEmpty()) {
                    lines << line;
                    line.clear();
                    continuation = true;
                    continue;
                }
                const qsizetype room = std::max<qsizetype>(1, width - start.size());
                lines << start + word.left(room);
                continuation = true;
                word = word.mid(room);
                if (word.isEmpty())
                    break;
            }
        }
        if (!line.isEmpty() || words.isEmpty())
            lines << line;
    }
    return lines;
}

QByteArray EscPosEncoder::paperStatusRequest()
{
    return bytes({DLE, EOT, 4});
}

bool EscPosEncoder::paperOut(char rollStatus)
{
    // Bits 1 and 4 are always set and 0 and 7 clear in a real answer; bits 5-6 mean "roll end detected".
    const auto status = quint8(rollStatus);
    return (status & 0x93) == 0x12 && (status & 0x60) == 0x60;
}

QByteArray EscPosEncoder::encode(const TicketContent& t) const
{
    const int cols = columns();
    QByteArray out;
    const auto lines = [&](const QString& text, int indent = 0) {
        if (text.isEmpty())
            return;
        for (const QString& line : wrap(QString::fromLatin1(toPrinterText(text)), cols, indent))
            out += toPrinterText(line) + LF;
    };

    out += bytes({ESC, '@'});    // initialise
    out += bytes({ESC, 't', 0}); // code page 437
    out += align(1);
    out += bold(true);
    lines(t.hallName);
    out += bold(false);
    lines(t.agencyName);
    out += QByteArray(cols, '-') + LF;
    out += size(1, 2) + bold(true);
    lines(t.serviceName);
    out += size(1, 1) + bold(false);
    lines(t.numberLabel);

    // As large as the line allows: GS ! magnifies up to 8 times.
    const QByteArray number = toPrinterText(t.number);
    const int factor = std::clamp(cols / std::max<int>(1, int(number.size())), 1, 8);
    out += size(factor, factor) + bold(true) + number + LF + size(1, 1) + bold(false);

    if (!t.priorityLabel.isEmpty()) {
        out += bytes({GS, 'B', 1}) + bold(true);
        out += ' ' + toPrinterText(t.priorityLabel) + ' ';
        out += bytes({GS, 'B', 0}) + bold(false) + LF;
    }
    lines(t.issuedAt);
    out += bold(true);
    lines(t.ahead);
    out += bold(false);
    lines(t.wait);

    if (!t.requirements.isEmpty()) {
        out += LF + align(0) + bold(true);
        lines(t.requirementsTitle);
        out += bold(false);
        for (const QString& requirement : t.requirements)
            lines(u"[ ] "_s + requirement, 4);
        out += align(1);
    }

    if (!t.qrData.isEmpty()) {
        const QByteArray data = t.qrData.toUtf8();
        out += LF;
        out += qrFunction('A', bytes({'2', 0}));                  // model 2
        out += qrFunction('C', bytes({m_paperMm <= 58 ? 6 : 8})); // module size in dots
        out += qrFunction('E', bytes({'1'}));                     // error correction M
        out += qrFunction('P', QByteArray(1, '0') + data);        // store the data
        out += qrFunction('Q', QByteArray(1, '0'));               // print the symbol
        out += LF;
        lines(t.qrData);
    }
    if (!t.footer.isEmpty()) {
        out += LF;
        lines(t.footer);
    }
    out += bytes({ESC, 'd', 3}); // feed past the tear bar
    if (m_cut == PaperCut::Partial)
        out += bytes({GS, 'V', 66, 0});
    else if (m_cut == PaperCut::Full)
        out += bytes({GS, 'V', 65, 0});
    return out;
}

int EscPosEncoder::columns() const
{
    return m_paperMm <= 58 ? 32 : 48;
}

} // namespace antre::kiosk
