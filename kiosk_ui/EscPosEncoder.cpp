#include "EscPosEncoder.h"

#include <QHash>

#include <algorithm>

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

QByteArray EscPosEncoder::toPrinterText(const QString& text)
{
    static const QHash<char16_t, const char*> replacements{
        {u'\u2013', "-"},  {u'\u2014', "-"},  {u'\u2212', "-"},   {u'\u2018', "'"},   {u'\u2019', "'"},
        {u'\u201c', "\""}, {u'\u201d', "\""}, {u'\u2026', "..."}, {u'\u00b1', "+/-"}, {u'\u00b7', "-"},
        {u'\u2022', "*"},  {u'\u00a0', " "},  {u'\u00d7', "x"},
    };
    QByteArray out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.unicode() < 0x80) {
            if (c.unicode() >= 0x20 || c == u'\n')
                out.append(char(c.unicode()));
        } else if (const auto it = replacements.constFind(c.unicode()); it != replacements.cend()) {
            out.append(*it);
        } else if (c.category() != QChar::Mark_NonSpacing) {
            out.append('?');
        }
    }
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
