#include "tests/integration/Harness.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {

const QString kAnswers =
    u"persyaratan=4,prosedur=3,waktu=2,biaya=4,produk=3,kompetensi=4,perilaku=4,sarana=3,pengaduan=2"_s;

QJsonObject json(const ProcessResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

// served at L1, A-003 still waiting, on Monday 2026-11-23.
void serveTwo(CliFixture& hall)
{
    REQUIRE(hall.run({u"counter"_s, u"open"_s, u"L1"_s, u"--staff"_s, u"199001012015011001"_s}).exitCode ==
            0);
    for (int i = 0; i < 3; ++i)
        REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    for (int i = 0; i < 2; ++i) {
        REQUIRE(hall.run({u"call"_s, u"L1"_s}).exitCode == 0);
        REQUIRE(hall.run({u"serve"_s, u"L1"_s}).exitCode == 0);
        REQUIRE(hall.run({u"done"_s, u"L1"_s}).exitCode == 0);
    }
}

} // namespace

TEST_CASE("cli: survey add, its refusals and report ikm in its three formats", "[cli][survey]")
{
    CliFixture hall;
    serveTwo(hall);
    const auto added = hall.run({u"survey"_s, u"add"_s, u"--ticket"_s, u"A-001"_s, u"--answers"_s, kAnswers,
                                 u"--saran"_s, u"Terima kasih"_s});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out == u"recorded the survey of A-001 (2026-11-23)\n"_s);

    const auto again = hall.run({u"survey"_s, u"add"_s, u"--ticket"_s, u"A-001"_s, u"--date"_s,
                                 u"2026-11-23"_s, u"--answers"_s, kAnswers});
    CHECK(again.exitCode == 4);
    CHECK(again.err ==
          u"antre: Ticket A-001 of 2026-11-23 has already been rated: one response per ticket\n"_s);
    const auto waiting =
        hall.run({u"survey"_s, u"add"_s, u"--ticket"_s, u"A-003"_s, u"--answers"_s, kAnswers});
    CHECK(waiting.exitCode == 4);
    CHECK(waiting.err.contains(u"was not served"_s));
    const auto unknown =
        hall.run({u"survey"_s, u"add"_s, u"--ticket"_s, u"A-009"_s, u"--answers"_s, kAnswers});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == u"antre: No ticket A-009 on 2026-11-23\n"_s);
    const auto badScore =
        hall.run({u"survey"_s, u"add"_s, u"--ticket"_s, u"A-002"_s, u"--answers"_s, u"persyaratan=5"_s});
    CHECK(badScore.exitCode == 2);
    CHECK(badScore.err == u"antre: persyaratan: \"5\" is not 1–4\n"_s);
    const auto noAnswers = hall.run({u"survey"_s, u"add"_s, u"--ticket"_s, u"A-002"_s});
    CHECK(noAnswers.exitCode == 2);

    const auto report = hall.run({u"report"_s, u"ikm"_s, u"--format"_s, u"json"_s});
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QJsonObject j = json(report);
    CHECK(j.value(u"from"_s).toString() == u"2026-11-23"_s);
    CHECK(j.value(u"to"_s).toString() == u"2026-11-23"_s);
    CHECK(j.value(u"responses"_s).toInt() == 1);
    // Σ = 29 over one response: 2500 × 29 / 9 = 8055.56
    CHECK(j.value(u"ikm"_s).toDouble() == 80.56);
    CHECK(j.value(u"band"_s).toString() == u"B"_s);
    CHECK(j.value(u"nrr"_s).toObject().value(u"sarana"_s).toDouble() == 3.0);
    CHECK(j.value(u"nrr"_s).toObject().value(u"pengaduan"_s).toDouble() == 2.0);
    CHECK(j.value(u"sample_needed"_s).toInt() == 2);
    CHECK_FALSE(j.contains(u"groups"_s));

    const auto byService = hall.run({u"report"_s, u"ikm"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                                     u"2026-11-30"_s, u"--by"_s, u"service"_s, u"--format"_s, u"json"_s});
    REQUIRE(byService.exitCode == 0);
    const QJsonArray groups = json(byService).value(u"groups"_s).toArray();
    REQUIRE(groups.size() == 1);
    CHECK(groups.at(0).toObject().value(u"key"_s).toString() == u"AK1"_s);
    CHECK(groups.at(0).toObject().value(u"ikm"_s).toDouble() == 80.56);
    CHECK(groups.at(0).toObject().value(u"sample_needed"_s).toInt() == 2);

    const auto csv = hall.run({u"report"_s, u"ikm"_s, u"--by"_s, u"staff"_s, u"--format"_s, u"csv"_s});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(u"key,name,from,to,responses,ikm,band,persyaratan"_s));
    CHECK(csv.out.contains(u"199001012015011001,Siti Rahma,2026-11-23,2026-11-23,1,80.56,B,4.00"_s));

    const auto text = hall.run({u"report"_s, u"ikm"_s, u"--by"_s, u"counter"_s});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"80.56"_s));
    CHECK(text.out.contains(u"1 of 2 responses needed"_s));

    CHECK(hall.run({u"report"_s, u"ikm"_s, u"--by"_s, u"loket"_s}).exitCode == 2);
    CHECK(hall.run({u"report"_s, u"ikm"_s, u"--date"_s, u"2026-11-23"_s, u"--from"_s, u"2026-11-01"_s})
              .exitCode == 2);
    CHECK(hall.run({u"report"_s, u"ikm"_s, u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-01"_s})
              .exitCode == 2);
}

TEST_CASE("cli: survey import is all or nothing and names the bad line and column", "[cli][survey]")
{
    CliFixture hall;
    serveTwo(hall);
    const QString header = u"date,service,ticket,persyaratan,prosedur,waktu,biaya,produk,kompetensi,perilaku,"
                           u"pengaduan,sarana,sex,saran\n"_s;
    const QString file = hall.path(u"survey.csv"_s);
    QString rows = header + u"2026-11-23,AK1,A-002,4,4,4,4,4,4,4,4,4,l,Bagus\n"_s;
    for (int i = 0; i < 11; ++i)
        rows += u"2026-11-20,KTPEL,,3,3,3,3,3,3,3,3,3,,\n"_s;
    writeFile(file, (rows + u"2026-11-20,KTPEL,,3,3,3,5,3,3,3,3,3,,\n"_s).toUtf8());
    const auto bad = hall.run({u"survey"_s, u"import"_s, file});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err == u"antre: survey.csv: line 14: biaya: \"5\" is not 1–4\n"_s);
    CHECK(json(hall.run({u"report"_s, u"ikm"_s, u"--format"_s, u"json"_s})).value(u"responses"_s).toInt() ==
          0);

    writeFile(file, (rows + u"2026-11-20,NOPE,,3,3,3,3,3,3,3,3,3,,\n"_s).toUtf8());
    const auto unknown = hall.run({u"survey"_s, u"import"_s, file});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err == u"antre: survey.csv: line 14: service: \"NOPE\" is not a service of this hall\n"_s);

    writeFile(file, rows.toUtf8());
    const auto good = hall.run({u"survey"_s, u"import"_s, file});
    INFO(good.err.toStdString());
    CHECK(good.exitCode == 0);
    CHECK(good.out == u"imported 12 survey response(s) from "_s + file + u'\n');
    const auto report = hall.run({u"--json"_s, u"report"_s, u"ikm"_s, u"--from"_s, u"2026-11-20"_s, u"--to"_s,
                                  u"2026-11-23"_s, u"--by"_s, u"agency"_s});
    REQUIRE(report.exitCode == 0);
    CHECK(json(report).value(u"responses"_s).toInt() == 12);
    CHECK(json(report).value(u"groups"_s).toArray().size() == 2);
    // The imported ticket is rated now.
    CHECK(hall.run({u"survey"_s, u"add"_s, u"--ticket"_s, u"A-002"_s, u"--answers"_s, kAnswers}).exitCode ==
          4);
}
