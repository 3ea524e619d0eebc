#pragma once

#include "core/survey/SurveyElements.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <array>

namespace antre {

// The quality band of an IKM value (PermenPANRB 14/2017), read from the value rounded to two decimals.
enum class IkmBand
{
    A, // Sangat Baik 88.31–100.00
    B, // Baik 76.61–88.30
    C, // Kurang Baik 65.00–76.60
    D, // Tidak Baik 25.00–64.99
};

// The scores of a set of responses: how many, and per element the sum of its scores. Every element is
// required in every response, so each element has as many answers as there are responses.
struct IkmTally
{
    qint64 responses = 0;
    std::array<qint64, kSurveyElementCount> sums{};

    void add(const std::array<int, kSurveyElementCount>& scores);
    void add(const IkmTally& other);
};

// The index exactly as the regulation computes it. Values are kept in hundredths (integers) so that no
// binary fraction decides a rounding: NRR = sum / answers and IKM = (Σ NRR / 9) × 25 are exact rationals,
// rounded half-up once, at the end.
class Ikm final
{
    Q_DECLARE_TR_FUNCTIONS(Ikm)
public:
    // IKM × 100, rounded half-up (9148 is 91.48); 0 without responses.
    static qint64 hundredths(const IkmTally& tally);
    // An element's NRR × 100, rounded half-up (362 is 3.62); 0 without responses.
    static qint64 nrrHundredths(const IkmTally& tally, SurveyElement element);
    static IkmBand band(qint64 ikmHundredths);
    static QString bandLetter(IkmBand band); // "A"
    static QString bandName(IkmBand band);   // translated: "Very good" (Sangat Baik)
    // Hundredths as "91.48".
    static QString decimal(qint64 hundredths);
};

// The sample a survey needs (Krejcie & Morgan 1970, 95% confidence, 5% margin): read from their table, the
// row of the smallest population not below the period's; never more than the population itself.
class SampleSize final
{
public:
    static int needed(qint64 population);
};

} // namespace antre
