#pragma once

#include <QString>
#include <QStringList>

namespace antre {

class TicketNumber;

// Indonesian number words (KBBI): "nol", "sebelas", "dua belas", "seratus dua puluh", "seribu".
class NumberWords final
{
public:
    // Words for 0…9999 (larger values are read digit by digit).
    static QStringList words(int value);
    static QString text(int value); // words joined by spaces
    // Indonesian name of a letter: a, be, ce, de, e, ef, ge, ha, i, je, ka, el, em, en, o, pe, ki, er,
    // es, te, u, fe, we, eks, ye, zet.
    static QString letterName(QChar letter);
    // How a ticket number is read aloud: prefix letters by name, leading zeros as "nol", the rest as a
    // whole number ("A-012" → a nol dua belas) or, with digitByDigit, each digit on its own.
    static QStringList ticketWords(const TicketNumber& number, bool digitByDigit = false);
};

} // namespace antre
