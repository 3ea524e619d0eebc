#include "core/survey/Ikm.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace antre {

void IkmTally::add(const std::array<int, kSurveyElementCount>& scores)
{
    ++responses;
    for (std::size_t i = 0; i < scores.size(); ++i)
        sums.at(i) += scores.at(i);
}

void IkmTally::add(const IkmTally& other)
{
    responses += other.responses;
    for (std::size_t i = 0; i < sums.size(); ++i)
        sums.at(i) += other.sums.at(i);
}

namespace {

// round(numerator / denominator) with halves up, for non-negative values.
qint64 roundHalfUp(qint64 numerator, qint64 denominator)
{
    return (2 * numerator + denominator) / (2 * denominator);
}

} // namespace

qint64 Ikm::hundredths(const IkmTally& tally)
{
    if (tally.responses <= 0)
        return 0;
    // (Σ (sum_i / n) / 9) × 25 × 100 = 2500 × Σ sum_i / (9 n). Σ sum_i ≤ 36 n, so with n below 10^13
    // nothing here comes near 2^63.
    qint64 total = 0;
    for (const qint64 sum : tally.sums)
        total += sum;
    return roundHalfUp(2500 * total, 9 * tally.responses);
}

qint64 Ikm::nrrHundredths(const IkmTally& tally, SurveyElement element)
{
    if (tally.responses <= 0)
        return 0;
    return roundHalfUp(100 * tally.sums.at(static_cast<std::size_t>(SurveyQuestionnaire::index(element))),
                       tally.responses);
}

IkmBand Ikm::band(qint64 ikmHundredths)
{
    if (ikmHundredths >= 8831)
        return IkmBand::A;
    if (ikmHundredths >= 7661)
        return IkmBand::B;
    if (ikmHundredths >= 6500)
        return IkmBand::C;
    return IkmBand::D;
}

QString Ikm::bandLetter(IkmBand band)
{
    switch (band) {
    case IkmBand::A:
        return u"A"_s;
    case IkmBand::B:
        return u"B"_s;
    case IkmBand::C:
        return u"C"_s;
    case IkmBand::D:
        return u"D"_s;
    }
    return {};
}

QString Ikm::bandName(IkmBand band)
{
    switch (band) {
    case IkmBand::A:
        return tr("Very good");
    case IkmBand::B:
        return tr("Good");
    case IkmBand::C:
        return tr("Poor");
    case IkmBand::D:
        return tr("Bad");
    }
    return {};
}

QString Ikm::decimal(qint64 hundredths)
{
    return u"%1.%2"_s.arg(hundredths / 100).arg(hundredths % 100, 2, 10, QChar(u'0'));
}

namespace {

// Krejcie, R. V. & Morgan, D. W. (1970), Table 1: population N and sample S.
constexpr std::array<std::pair<int, int>, 90> kTable{{
    {10, 10},     {15, 14},     {20, 19},     {25, 24},     {30, 28},     {35, 32},       {40, 36},
    {45, 40},     {50, 44},     {55, 48},     {60, 52},     {65, 56},     {70, 59},       {75, 63},
    {80, 66},     {85, 70},     {90, 73},     {95, 76},     {100, 80},    {110, 86},      {120, 92},
    {130, 97},    {140, 103},   {150, 108},   {160, 113},   {170, 118},   {180, 123},     {190, 127},
    {200, 132},   {210, 136},   {220, 140},   {230, 144},   {240, 148},   {250, 152},     {260, 155},
    {270, 159},   {280, 162},   {290, 165},   {300, 169},   {320, 175},   {340, 181},     {360, 186},
    {380, 191},   {400, 196},   {420, 201},   {440, 205},   {460, 210},   {480, 214},     {500, 217},
    {550, 226},   {600, 234},   {650, 242},   {700, 248},   {750, 254},   {800, 260},     {850, 265},
    {900, 269},   {950, 274},   {1000, 278},  {1100, 285},  {1200, 291},  {1300, 297},    {1400, 302},
    {1500, 306},  {1600, 310},  {1700, 313},  {1800, 317},  {1900, 320},  {2000, 322},    {2200, 327},
    {2400, 331},  {2600, 335},  {2800, 338},  {3000, 341},  {3500, 346},  {4000, 351},    {4500, 354},
    {5000, 357},  {6000, 361},  {7000, 364},  {8000, 367},  {9000, 368},  {10000, 370},   {15000, 375},
    {20000, 377}, {30000, 379}, {40000, 380}, {50000, 381}, {75000, 382}, {1000000, 384},
}};

} // namespace

int SampleSize::needed(qint64 population)
{
    if (population <= 0)
        return 0;
    for (const auto& [rowPopulation, sample] : kTable)
        if (population <= rowPopulation)
            return static_cast<int>(std::min<qint64>(sample, population));
    return kTable.back().second; // beyond a million the sample no longer grows
}

} // namespace antre
