#include "core/NumberWords.h"

#include "core/Types.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr std::array<const char16_t*, 10> kDigits{
    u"nol", u"satu", u"dua", u"tiga", u"empat", u"lima", u"enam", u"tujuh", u"delapan", u"sembilan",
};

constexpr std::array<const char16_t*, 26> kLetters{
    u"a",  u"be", u"ce", u"de", u"e",  u"ef", u"ge", u"ha", u"i",  u"je", u"ka",  u"el", u"em",
    u"en", u"o",  u"pe", u"ki", u"er", u"es", u"te", u"u",  u"fe", u"we", u"eks", u"ye", u"zet",
};

QString digitWord(int digit)
{
    return QString::fromUtf16(kDigits.at(static_cast<std::size_t>(digit)));
}

// Appends the words for 1..99; zero is only ever said on its own, so it never reaches here.
void appendBelowHundred(QStringList& out, int value)
{
    if (value < 10) {
        out << digitWord(value);
    } else if (value == 10) {
        out << u"sepuluh"_s;
    } else if (value == 11) {
        out << u"sebelas"_s;
    } else if (value < 20) {
        out << digitWord(value - 10) << u"belas"_s;
    } else {
        out << digitWord(value / 10) << u"puluh"_s;
        if (value % 10 != 0)
            out << digitWord(value % 10);
    }
}

// A count of one fuses with its scale word ("seratus", "seribu"); "satu ratus" is not Indonesian.
void appendScale(QStringList& out, int count, const QString& fused, const QString& scale)
{
    if (count == 1)
        out << fused;
    else if (count > 1)
        out << digitWord(count) << scale;
}

QStringList digitWords(QStringView digits)
{
    QStringList out;
    for (const QChar c : digits)
        if (c >= u'0' && c <= u'9')
            out << digitWord(c.unicode() - u'0');
    return out;
}

} // namespace

QStringList NumberWords::words(int value)
{
    if (value < 0) {
        // Widen before negating so INT_MIN does not overflow.
        const qint64 magnitude = -static_cast<qint64>(value);
        return QStringList{u"minus"_s} + digitWords(QString::number(magnitude));
    }
    if (value == 0)
        return {digitWord(0)};
    // Past 9999 a caller would need "juta"/"puluh ribu" rules no announcement uses; digits stay clear.
    if (value > 9999)
        return digitWords(QString::number(value));

    QStringList out;
    appendScale(out, value / 1000, u"seribu"_s, u"ribu"_s);
    appendScale(out, value / 100 % 10, u"seratus"_s, u"ratus"_s);
    if (value % 100 != 0)
        appendBelowHundred(out, value % 100);
    return out;
}

QString NumberWords::text(int value)
{
    return words(value).join(u' ');
}

QString NumberWords::letterName(QChar letter)
{
    // Only ASCII letters: toLower() would map look-alikes such as the Kelvin sign onto 'k'.
    const char16_t c = letter.unicode();
    if (c >= u'a' && c <= u'z')
        return QString::fromUtf16(kLetters.at(static_cast<std::size_t>(c - u'a')));
    if (c >= u'A' && c <= u'Z')
        return QString::fromUtf16(kLetters.at(static_cast<std::size_t>(c - u'A')));
    return {};
}

QStringList NumberWords::ticketWords(const TicketNumber& number, bool digitByDigit)
{
    // Nothing sensible can be called for a ticket that was never issued; an empty list lets the
    // announcer skip it instead of reading out garbage.
    if (!number.isValid())
        return {};

    QStringList out;
    for (const QChar c : number.prefix()) {
        if (const QString name = letterName(c); !name.isEmpty())
            out << name;
        else
            out << digitWords(QStringView(&c, 1));
    }

    // Read exactly what the screen and the printed ticket show, so the zeros people see are heard.
    const QString digits = number.digits();
    if (digitByDigit)
        return out + digitWords(digits);

    qsizetype zeros = 0;
    while (zeros < digits.size() - 1 && digits.at(zeros) == u'0')
        ++zeros;
    for (qsizetype i = 0; i < zeros; ++i)
        out << digitWord(0);
    return out + words(number.sequence());
}

} // namespace antre
