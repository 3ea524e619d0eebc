#include "core/survey/Ikm.h"
#include "core/survey/IkmExport.h"
#include "core/survey/SurveyCsv.h"
#include "core/survey/SurveyTypes.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {

// n responses whose scores add up to total, spread over the elements (each sum between n and 4n).
IkmTally tallyOf(qint64 n, qint64 total)
{
    IkmTally t;
    t.responses = n;
    qint64 rest = total - 9 * n;
    for (qint64& sum : t.sums) {
        const qint64 extra = std::min(rest, 3 * n);
        sum = n + extra;
        rest -= extra;
    }
    REQUIRE(rest == 0);
    return t;
}

std::array<int, kSurveyElementCount> scores(std::initializer_list<int> list)
{
    std::array<int, kSurveyElementCount> out{};
    std::copy(list.begin(), list.end(), out.begin());
    return out;
}

} // namespace

TEST_CASE("survey: the nine elements, their codes and the questionnaire's order", "[survey]")
{
    CHECK(SurveyQuestionnaire::codes() == QStringList{u"persyaratan"_s, u"prosedur"_s, u"waktu"_s, u"biaya"_s,
                                                      u"produk"_s, u"kompetensi"_s, u"perilaku"_s,
                                                      u"pengaduan"_s, u"sarana"_s});
    // The common questionnaire asks facilities 8th and complaint handling 9th.
    CHECK(SurveyQuestionnaire::questionOrder().at(7) == SurveyElement::Sarana);
    CHECK(SurveyQuestionnaire::questionOrder().at(8) == SurveyElement::Pengaduan);
    for (const SurveyElement e : SurveyQuestionnaire::elements()) {
        CHECK(SurveyQuestionnaire::fromCode(SurveyQuestionnaire::code(e)) == e);
        for (int s = 1; s <= 4; ++s)
            CHECK_FALSE(SurveyQuestionnaire::answerLabel(e, s).isEmpty());
        CHECK(SurveyQuestionnaire::answerLabel(e, 0).isEmpty());
        CHECK(SurveyQuestionnaire::answerLabel(e, 5).isEmpty());
    }
    CHECK(SurveyQuestionnaire::answerLabel(SurveyElement::Biaya, 1) == u"Very expensive"_s);
    CHECK(SurveyQuestionnaire::answerLabel(SurveyElement::Biaya, 4) == u"Free"_s);
    CHECK_FALSE(SurveyQuestionnaire::fromCode(u"Sarana"_s));
}

TEST_CASE("survey: IKM of a hand-computed set", "[survey]")
{
    IkmTally t;
    t.add(scores({4, 4, 3, 4, 3, 4, 4, 3, 4}));
    t.add(scores({3, 3, 3, 4, 3, 3, 4, 2, 3}));
    t.add(scores({4, 3, 2, 4, 4, 4, 4, 3, 4}));
    // NRR 3.67 3.33 2.67 4.00 3.33 3.67 4.00 2.67 3.67; Σ NRR = 31; 31 / 9 × 25 = 86.111…
    CHECK(Ikm::nrrHundredths(t, SurveyElement::Persyaratan) == 367);
    CHECK(Ikm::nrrHundredths(t, SurveyElement::Prosedur) == 333);
    CHECK(Ikm::nrrHundredths(t, SurveyElement::Waktu) == 267);
    CHECK(Ikm::nrrHundredths(t, SurveyElement::Biaya) == 400);
    CHECK(Ikm::nrrHundredths(t, SurveyElement::Pengaduan) == 267);
    CHECK(Ikm::nrrHundredths(t, SurveyElement::Sarana) == 367);
    CHECK(Ikm::hundredths(t) == 8611);
    CHECK(Ikm::band(Ikm::hundredths(t)) == IkmBand::B);
    CHECK(Ikm::decimal(Ikm::hundredths(t)) == u"86.11"_s);

    IkmTally best;
    best.add(scores({4, 4, 4, 4, 4, 4, 4, 4, 4}));
    CHECK(Ikm::hundredths(best) == 10000);
    CHECK(Ikm::decimal(10000) == u"100.00"_s);
    IkmTally worst;
    worst.add(scores({1, 1, 1, 1, 1, 1, 1, 1, 1}));
    CHECK(Ikm::hundredths(worst) == 2500);
    CHECK(Ikm::band(2500) == IkmBand::D);
    CHECK(Ikm::hundredths(IkmTally{}) == 0);
}

TEST_CASE("survey: values that round onto each band's edge", "[survey]")
{
    struct Case
    {
        qint64 n;
        qint64 total;
        qint64 hundredths;
        IkmBand band;
    };
    const Case cases[] = {
        {24, 763, 8831, IkmBand::A}, // 88.3101…
        {19, 604, 8830, IkmBand::B}, // 88.3040…
        {19, 524, 7661, IkmBand::B}, // 76.6081…
        {26, 717, 7660, IkmBand::C}, // 76.6025…
        {5, 117, 6500, IkmBand::C},  // 65.0000 exactly
        {38, 889, 6499, IkmBand::D}, // 64.9853…
        // Exactly half a hundredth: half-up, whatever binary floating point or banker's rounding would say.
        {5000, 158949, 8831, IkmBand::A}, // 88.305
        {5000, 137889, 7661, IkmBand::B}, // 76.605
        {5000, 116991, 6500, IkmBand::C}, // 64.995
    };
    for (const Case& c : cases) {
        INFO(c.n << " responses, total " << c.total);
        const IkmTally t = tallyOf(c.n, c.total);
        CHECK(Ikm::hundredths(t) == c.hundredths);
        CHECK(Ikm::band(Ikm::hundredths(t)) == c.band);
    }
    CHECK(Ikm::band(10000) == IkmBand::A);
    CHECK(Ikm::band(8831) == IkmBand::A);
    CHECK(Ikm::band(8830) == IkmBand::B);
    CHECK(Ikm::band(7661) == IkmBand::B);
    CHECK(Ikm::band(7660) == IkmBand::C);
    CHECK(Ikm::band(6500) == IkmBand::C);
    CHECK(Ikm::band(6499) == IkmBand::D);
}

TEST_CASE("survey: the Krejcie & Morgan sample at the table's rows", "[survey]")
{
    const std::pair<qint64, int> rows[] = {
        {10, 10},    {15, 14},    {20, 19},     {50, 44},     {100, 80},    {150, 108},   {200, 132},
        {300, 169},  {400, 196},  {500, 217},   {1000, 278},  {1500, 306},  {2000, 322},  {3000, 341},
        {4000, 351}, {5000, 357}, {10000, 370}, {20000, 377}, {50000, 381}, {75000, 382}, {1000000, 384}};
    for (const auto& [population, sample] : rows) {
        INFO("population " << population);
        CHECK(SampleSize::needed(population) == sample);
    }
    // Between rows: the next row up (the larger sample).
    CHECK(SampleSize::needed(4001) == 354);
    CHECK(SampleSize::needed(4800) == 357);
    CHECK(SampleSize::needed(101) == 86);
    // Fewer people than the first row: everyone; nobody: none; beyond the table: its last row.
    CHECK(SampleSize::needed(7) == 7);
    CHECK(SampleSize::needed(0) == 0);
    CHECK(SampleSize::needed(5'000'000) == 384);

    IkmGroup g;
    g.tally = tallyOf(312, 312 * 30);
    g.population = 4800;
    CHECK(IkmExport::sampleText(g) == u"312 of 357 responses needed"_s);
    // A group with no served tickets (paper forms of no recorded officer) has no sample to reach.
    g.population = 0;
    CHECK(IkmExport::sampleText(g) == u"312 responses (no served tickets)"_s);
}

TEST_CASE("survey: answers are kept by element whatever the order given", "[survey]")
{
    auto a = SurveyAnswers::parse(
        u"sarana=1,pengaduan=2,perilaku=3,kompetensi=4,produk=1,biaya=2,waktu=3,prosedur=4,persyaratan=1"_s);
    REQUIRE(a.ok());
    CHECK(a.value().score(SurveyElement::Sarana) == 1);
    CHECK(a.value().score(SurveyElement::Pengaduan) == 2);
    CHECK(a.value().score(SurveyElement::Persyaratan) == 1);
    CHECK(a.value().score(SurveyElement::Prosedur) == 4);

    const auto refused = [](const QString& text) {
        auto r = SurveyAnswers::parse(text);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::BadInput);
        CHECK(r.error().code == ErrorCode::BadSurvey);
        return r.error().message;
    };
    CHECK(refused(u"persyaratan=4"_s) ==
          u"every element must be answered; missing: prosedur, waktu, biaya, produk, kompetensi, perilaku, "
          u"pengaduan, sarana"_s);
    CHECK(refused(u"persyaratan=5"_s) == u"persyaratan: \"5\" is not 1–4"_s);
    // One digit, as a paper form's cell in the import: a typing slip is not read as a score.
    CHECK(refused(u"persyaratan=04"_s) == u"persyaratan: \"04\" is not 1–4"_s);
    CHECK(refused(u"persyaratan=+4"_s) == u"persyaratan: \"+4\" is not 1–4"_s);
    CHECK(refused(u"persyaratan=4,persyaratan=3"_s) == u"persyaratan is answered twice"_s);
    CHECK(refused(u"harga=4"_s).startsWith(u"\"harga\" is not a survey element"_s));
}

TEST_CASE("survey: the import's error messages name the line and the column", "[survey]")
{
    const QDir data(QStringLiteral(ANTRE_SOURCE_DIR "/tests/data/bad_surveys"));
    QFile expected(data.filePath(u"expected.txt"_s));
    REQUIRE(expected.open(QIODevice::ReadOnly));
    int checked = 0;
    for (const QString& line : QString::fromUtf8(expected.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype tab = line.indexOf(u'\t');
        REQUIRE(tab > 0);
        const QString file = line.left(tab);
        INFO(file.toStdString());
        auto parsed = SurveyCsv::readFile(data.filePath(file));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().kind == ErrorKind::BadInput);
        CHECK(parsed.error().message == line.mid(tab + 1));
        ++checked;
    }
    CHECK(checked >= 10);
}

TEST_CASE("survey: a good import file is read by column name, with its optional columns", "[survey]")
{
    const QByteArray csv = "\xEF\xBB\xBF"
                           "sarana,pengaduan,perilaku,kompetensi,produk,biaya,waktu,prosedur,persyaratan,"
                           "service,date,ticket,sex,saran\r\n"
                           "1,2,3,4,1,2,3,4,1,S2,2026-11-23,B-001,p,\"Bagus, terima kasih\"\r\n"
                           "\r\n"
                           "4,4,4,4,4,4,4,4,4,S1,2026-11-24,,,\r\n";
    auto parsed = SurveyCsv::parse(csv, u"survey.csv"_s);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.value().size() == 2);
    const PaperResponse& first = parsed.value().at(0);
    CHECK(first.line == 2);
    CHECK(first.date == QDate(2026, 11, 23));
    CHECK(first.serviceCode == u"S2"_s);
    REQUIRE(first.ticket);
    CHECK(first.ticket->toString() == u"B-001"_s);
    CHECK(first.answers.score(SurveyElement::Sarana) == 1);
    CHECK(first.answers.score(SurveyElement::Pengaduan) == 2);
    CHECK(first.answers.score(SurveyElement::Persyaratan) == 1);
    CHECK(first.profile.sex == u"p"_s);
    CHECK(first.saran == u"Bagus, terima kasih"_s);
    CHECK(parsed.value().at(1).line == 4);
    CHECK_FALSE(parsed.value().at(1).ticket);
}

TEST_CASE("survey: the IKM report as JSON", "[survey]")
{
    IkmReport report;
    report.from = QDate(2026, 11, 1);
    report.to = QDate(2026, 11, 30);
    report.by = IkmGrouping::Service;
    report.total.tally.add(scores({4, 4, 3, 4, 3, 4, 4, 3, 4}));
    report.total.population = 40;
    IkmGroup g = report.total;
    g.key = u"S1"_s;
    g.name = u"Layanan"_s;
    report.groups.append(g);
    const QJsonObject json = IkmExport::toJson(report);
    CHECK(json.value(u"from"_s).toString() == u"2026-11-01"_s);
    CHECK(json.value(u"to"_s).toString() == u"2026-11-30"_s);
    CHECK(json.value(u"responses"_s).toInt() == 1);
    CHECK(json.value(u"ikm"_s).toDouble() == 91.67);
    CHECK(json.value(u"band"_s).toString() == u"A"_s);
    CHECK(json.value(u"nrr"_s).toObject().value(u"waktu"_s).toDouble() == 3.0);
    CHECK(json.value(u"sample_needed"_s).toInt() == 36);
    CHECK(json.value(u"groups"_s).toArray().at(0).toObject().value(u"key"_s).toString() == u"S1"_s);
    CHECK(QJsonDocument(json).toJson(QJsonDocument::Compact).contains("\"ikm\":91.67"));
}

TEST_CASE("survey: the IKM text lines up its groups' columns whatever the names' lengths", "[survey]")
{
    IkmReport report;
    report.from = QDate(2026, 11, 1);
    report.to = QDate(2026, 11, 30);
    report.by = IkmGrouping::Agency;
    const auto group = [](const QString& key, const QString& name, int score, qint64 population) {
        IkmGroup g;
        g.key = key;
        g.name = name;
        std::array<int, kSurveyElementCount> scores{};
        scores.fill(score);
        g.tally.add(scores);
        g.population = population;
        return g;
    };
    report.groups = {group(u"PLN"_s, u"PT PLN (Persero)"_s, 4, 10),
                     group(u"DPMPTSP"_s, u"Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"_s, 2, 300),
                     group(u"198302142006041001"_s, u"Asep"_s, 3, 5)};
    report.total = report.groups.first();
    const QStringList lines = IkmExport::toText(report).split(u'\n');
    QList<qsizetype> ikmAt;
    QList<qsizetype> sampleAt;
    for (const QString& line : lines) {
        if (!line.contains(u" of "_s) || !line.startsWith(u"  "_s))
            continue;
        ikmAt << line.indexOf(QRegularExpression(u"\\d+\\.\\d\\d \\("_s));
        sampleAt << line.indexOf(QRegularExpression(u"\\d+ of \\d+ responses needed"_s));
    }
    INFO(IkmExport::toText(report).toStdString());
    REQUIRE(ikmAt.size() == 3);
    CHECK(ikmAt.at(0) > 0);
    CHECK(std::ranges::all_of(ikmAt, [&](qsizetype at) { return at == ikmAt.first(); }));
    CHECK(std::ranges::all_of(sampleAt, [&](qsizetype at) { return at == sampleAt.first(); }));
}
