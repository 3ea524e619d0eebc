// antre complaint add|list|update and antre report complaints, in the exact forms of issue 15, through the
// real program (docs/COMPLAINTS.md).
#include "tests/integration/Harness.h"
#include "tests/support/QtStringMakers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {

QJsonObject json(const ProcessResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QString kStaff = u"199001012015011001"_s;
// Two weeks after the Monday of the fixture: the complaints of that Monday are past their due day.
const QString kLater = u"2026-12-07T10:00:00+07:00"_s;

} // namespace

TEST_CASE("cli: complaint add, list and update in the forms of the issue", "[cli][complaint]")
{
    CliFixture hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    auto added = hall.run({u"--json"_s, u"complaint"_s, u"add"_s, u"--channel"_s, u"kiosk"_s, u"--category"_s,
                           u"waktu"_s, u"--text"_s, u"Antrean terlalu lama."_s, u"--ticket"_s, u"A-001"_s});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    const QJsonObject first = json(added);
    CHECK(first.value(u"reference"_s) == u"ADU-2026-00001"_s);
    CHECK(first.value(u"status"_s) == u"diterima"_s);
    CHECK(first.value(u"sla"_s) == u"sedang"_s);
    CHECK(first.value(u"due"_s) == u"2026-11-30"_s);
    CHECK(first.value(u"service"_s) == u"AK1"_s);
    CHECK(first.value(u"ticket"_s) == u"A-001"_s);

    auto lapor = hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"lapor"_s, u"--category"_s, u"biaya"_s,
                           u"--text"_s, u"Diminta uang tambahan."_s, u"--service"_s, u"KTPEL"_s,
                           u"--lapor-id"_s, u"LAP5512345"_s});
    INFO(lapor.err.toStdString());
    CHECK(lapor.exitCode == 0);
    CHECK(lapor.out.startsWith(u"ADU-2026-00002  2026-11-23  diterima"_s));
    CHECK(hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"telepon"_s, u"--category"_s, u"sarana"_s,
                    u"--text"_s, u"AC mati."_s})
              .exitCode == 0);

    auto listed = hall.run({u"complaint"_s, u"list"_s, u"--format"_s, u"json"_s});
    REQUIRE(listed.exitCode == 0);
    CHECK(json(listed).value(u"complaints"_s).toArray().size() == 3);
    auto csv = hall.run({u"complaint"_s, u"list"_s, u"--format"_s, u"csv"_s});
    CHECK(csv.out.contains(u"reference,received,channel,category"_s));
    CHECK(csv.out.contains(u"ADU-2026-00002,2026-11-23,lapor,biaya"_s));

    // The desk's path.
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s, u"diverifikasi"_s,
                    u"--assign"_s, kStaff, u"--note"_s, u"Diteruskan ke koordinator."_s})
              .exitCode == 0);
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s, u"ditindaklanjuti"_s})
              .exitCode == 0);
    auto answered = hall.run({u"--json"_s, u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s,
                              u"dijawab"_s, u"--answer"_s, u"Loket tambahan dibuka pukul 08.00."_s});
    INFO(answered.err.toStdString());
    REQUIRE(answered.exitCode == 0);
    CHECK(json(answered).value(u"assigned_staff"_s) == kStaff);
    CHECK(json(answered).value(u"answered"_s) == u"2026-11-23"_s);
    CHECK(json(answered).value(u"notes"_s).toArray().size() == 1);
    CHECK(
        hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s, u"selesai"_s}).exitCode ==
        0);

    // Refused by the rules: 4; a rejection without its reason: 4; nothing to change: 3.
    auto skip = hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00002"_s, u"--status"_s, u"selesai"_s});
    CHECK(skip.exitCode == 4);
    CHECK(skip.err.contains(u"diverifikasi"_s));
    CHECK(
        hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00002"_s, u"--status"_s, u"ditolak"_s}).exitCode ==
        4);
    CHECK(
        hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00002"_s, u"--status"_s, u"diterima"_s}).exitCode ==
        3);
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00002"_s, u"--status"_s, u"ditolak"_s,
                    u"--note"_s, u"Bukan kewenangan MPP."_s})
              .exitCode == 0);
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s, u"ditindaklanjuti"_s})
              .exitCode == 4);
    // Usage and unknown things: 2.
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00099"_s, u"--status"_s, u"diverifikasi"_s})
              .exitCode == 2);
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00003"_s, u"--status"_s, u"beres"_s}).exitCode ==
          2);
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00003"_s}).exitCode == 2);
    CHECK(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00003"_s, u"--status"_s, u"diverifikasi"_s,
                    u"--assign"_s, u"NOBODY"_s})
              .exitCode == 2);
    CHECK(hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"lapor"_s, u"--category"_s, u"biaya"_s,
                    u"--text"_s, u"x"_s})
              .exitCode == 2);
    CHECK(hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"merpati"_s, u"--category"_s, u"biaya"_s,
                    u"--text"_s, u"x"_s})
              .exitCode == 2);
    CHECK(hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"kiosk"_s, u"--category"_s, u"waktu"_s,
                    u"--text"_s, u"x"_s, u"--ticket"_s, u"A-009"_s})
              .exitCode == 2);
    CHECK(hall.run({u"complaint"_s, u"list"_s, u"--note"_s, u"x"_s}).exitCode == 2);
    CHECK(hall.run({u"complaint"_s, u"list"_s, u"--format"_s, u"xml"_s}).exitCode == 2);

    // Two weeks later the third is overdue.
    auto overdue = hall.run({u"--json"_s, u"complaint"_s, u"list"_s, u"--overdue"_s}, {}, kLater);
    REQUIRE(overdue.exitCode == 0);
    const QJsonArray late = json(overdue).value(u"complaints"_s).toArray();
    REQUIRE(late.size() == 1);
    CHECK(late.first().toObject().value(u"reference"_s) == u"ADU-2026-00003"_s);
    CHECK(late.first().toObject().value(u"overdue"_s) == true);
    auto rejected = hall.run({u"complaint"_s, u"list"_s, u"--status"_s, u"ditolak"_s}, {}, kLater);
    CHECK(rejected.out.startsWith(u"ADU-2026-00002"_s));
    CHECK(rejected.out.count(u'\n') == 1);
    CHECK(hall.run({u"audit"_s, u"verify"_s}).exitCode == 0);
}

TEST_CASE("cli: hostile complaint text is refused with the field named", "[cli][complaint]")
{
    CliFixture hall;
    const Snapshot before = hall.snapshot();
    const QList<std::pair<QString, QString>> texts{{u"a control character"_s, u"bel\u0007"_s},
                                                   {u"a noncharacter"_s, u"teks \uFDD0"_s},
                                                   {u"100 KB"_s, QString(100 * 1024, u'a')}};
    for (const auto& [what, text] : texts) {
        INFO(what.toStdString());
        auto r = hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"surat"_s, u"--category"_s,
                           u"lainnya"_s, u"--text"_s, text});
        CHECK(r.exitCode == 2);
        CHECK(r.err.startsWith(u"antre: text: "_s));
        auto contact = hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"surat"_s, u"--category"_s,
                                 u"lainnya"_s, u"--text"_s, u"Surat."_s, u"--contact"_s, text});
        CHECK(contact.exitCode == 2);
        CHECK(contact.err.startsWith(u"antre: contact: "_s));
    }
    CHECK(hall.snapshot().exported == before.exported);
    REQUIRE(hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"surat"_s, u"--category"_s, u"lainnya"_s,
                      u"--text"_s, u"Surat."_s})
                .exitCode == 0);
    auto note = hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s, u"ditolak"_s,
                          u"--note"_s, u"x\u0001"_s});
    CHECK(note.exitCode == 2);
    CHECK(note.err.startsWith(u"antre: note: "_s));
    auto answer = hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s,
                            u"diverifikasi"_s, u"--answer"_s, QString(100 * 1024, u'a')});
    CHECK(answer.exitCode == 2);
    CHECK(answer.err.startsWith(u"antre: answer: "_s));
}

TEST_CASE("cli: report complaints in text, CSV and JSON", "[cli][complaint]")
{
    CliFixture hall;
    for (const auto& [channel, category] :
         {std::pair{u"kiosk"_s, u"waktu"_s}, std::pair{u"email"_s, u"waktu"_s},
          std::pair{u"surat"_s, u"petugas"_s}})
        REQUIRE(hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, channel, u"--category"_s, category,
                          u"--text"_s, u"Keluhan."_s, u"--service"_s, u"AK1"_s})
                    .exitCode == 0);
    REQUIRE(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s, u"diverifikasi"_s})
                .exitCode == 0);
    REQUIRE(hall.run({u"complaint"_s, u"update"_s, u"ADU-2026-00001"_s, u"--status"_s, u"dijawab"_s,
                      u"--answer"_s, u"Sudah diperbaiki."_s},
                     {}, u"2026-11-25T10:00:00+07:00"_s)
                .exitCode == 0);
    auto report = hall.run({u"report"_s, u"complaints"_s, u"--from"_s, u"2026-11-01"_s, u"--to"_s,
                            u"2026-11-30"_s, u"--format"_s, u"json"_s},
                           {}, kLater);
    INFO(report.err.toStdString());
    REQUIRE(report.exitCode == 0);
    const QJsonObject r = json(report);
    CHECK(r.value(u"from"_s) == u"2026-11-01"_s);
    CHECK(r.value(u"received"_s) == 3);
    CHECK(r.value(u"answered"_s) == 1);
    CHECK(r.value(u"overdue"_s) == 2);
    CHECK(r.value(u"within_sla"_s) == 1);
    CHECK(r.value(u"sla_decided"_s) == 3);
    CHECK(r.value(u"percent_within_sla"_s).toDouble() == 33.3);
    CHECK(r.value(u"median_days_to_answer"_s).toDouble() == 2.0);
    CHECK(r.value(u"by_agency"_s).toArray().size() == 1);
    CHECK(r.value(u"complaints"_s).toArray().size() == 3);
    QJsonObject waktu;
    for (const auto& c : r.value(u"by_category"_s).toArray())
        if (c.toObject().value(u"key"_s) == u"waktu"_s)
            waktu = c.toObject();
    CHECK(waktu.value(u"count"_s) == 2);

    auto csv =
        hall.run({u"report"_s, u"complaints"_s, u"--format"_s, u"csv"_s}, {}, u"2026-11-27T10:00:00+07:00"_s);
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.contains(u"2026-11-01,2026-11-27"_s)); // this month so far
    CHECK(csv.out.contains(u"ADU-2026-00003"_s));
    auto text =
        hall.run({u"--lang"_s, u"en"_s, u"report"_s, u"complaints"_s}, {}, u"2026-11-27T10:00:00+07:00"_s);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(u"Received: 3"_s));
    CHECK(hall.run({u"report"_s, u"complaints"_s, u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-01"_s})
              .exitCode == 2);
    CHECK(hall.run({u"report"_s, u"complaints"_s, u"--date"_s, u"2026-11-30"_s}).exitCode == 2);
}

TEST_CASE("cli: demo history includes complaints", "[cli][complaint]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    auto demo = ProcessRunner::antre(db, {u"demo"_s, u"--history-days"_s, u"21"_s}, CliFixture::monday());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    auto listed = ProcessRunner::antre(db, {u"--json"_s, u"complaint"_s, u"list"_s}, CliFixture::monday());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray complaints = json(listed).value(u"complaints"_s).toArray();
    CHECK(complaints.size() >= 3);
    QSet<QString> statuses;
    for (const auto& c : complaints)
        statuses.insert(c.toObject().value(u"status"_s).toString());
    CHECK(statuses.contains(u"selesai"_s));
    CHECK(statuses.size() >= 2);
    // The same seed, the same complaints.
    const QString again = dir.filePath(u"again.db"_s);
    REQUIRE(ProcessRunner::antre(again, {u"demo"_s, u"--history-days"_s, u"21"_s}, CliFixture::monday())
                .exitCode == 0);
    auto second = ProcessRunner::antre(again, {u"--json"_s, u"complaint"_s, u"list"_s}, CliFixture::monday());
    CHECK(json(second).value(u"complaints"_s).toArray() == complaints);
    CHECK(ProcessRunner::antre(db, {u"audit"_s, u"verify"_s}, CliFixture::monday()).exitCode == 0);
    CHECK(ProcessRunner::antre(db, {u"check"_s}, CliFixture::monday()).exitCode == 0);
}

TEST_CASE("cli: complaint add --date finds a ticket older than a week", "[cli][complaint]")
{
    CliFixture hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0); // A-001 on the fixture's Monday, 2026-11-23
    const QStringList add{u"--json"_s,          u"complaint"_s,  u"add"_s,   u"--channel"_s,
                          u"datang_langsung"_s, u"--category"_s, u"waktu"_s, u"--text"_s,
                          u"Lama."_s,           u"--ticket"_s,   u"A-001"_s};
    // Two weeks later the ticket is out of the last 7 days: refused, and the message says where it looked.
    auto unseen = hall.run(add, {}, kLater);
    CHECK(unseen.exitCode == 2);
    CHECK(unseen.err.contains(u"no ticket A-001 in the last 7 days"_s));
    auto wrongDay = hall.run(add + QStringList{u"--date"_s, u"2026-11-24"_s}, {}, kLater);
    CHECK(wrongDay.exitCode == 2);
    CHECK(wrongDay.err.contains(u"no ticket A-001 on 2026-11-24"_s));
    auto found = hall.run(add + QStringList{u"--date"_s, u"2026-11-23"_s}, {}, kLater);
    INFO(found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    CHECK(json(found).value(u"ticket"_s) == u"A-001"_s);
    CHECK(json(found).value(u"service"_s) == u"AK1"_s);
    // --date without --ticket, or not a date: a usage error, nothing stored.
    auto alone = hall.run({u"complaint"_s, u"add"_s, u"--channel"_s, u"datang_langsung"_s, u"--category"_s,
                           u"waktu"_s, u"--text"_s, u"x"_s, u"--date"_s, u"2026-11-23"_s},
                          {}, kLater);
    CHECK(alone.exitCode == 2);
    CHECK(alone.err.contains(u"give --ticket too"_s));
    CHECK(hall.run(add + QStringList{u"--date"_s, u"2026-11-31"_s}, {}, kLater).exitCode == 2);
    // A service other than the ticket's is a slip: refused, naming both.
    auto otherService =
        hall.run(add + QStringList{u"--date"_s, u"2026-11-23"_s, u"--service"_s, u"KTPEL"_s}, {}, kLater);
    CHECK(otherService.exitCode == 2);
    CHECK(otherService.err.contains(u"ticket A-001 of 2026-11-23 was for service AK1, not KTPEL"_s));
    auto sameService =
        hall.run(add + QStringList{u"--date"_s, u"2026-11-23"_s, u"--service"_s, u"AK1"_s}, {}, kLater);
    CHECK(sameService.exitCode == 0);
    auto listed = hall.run({u"--json"_s, u"complaint"_s, u"list"_s}, {}, kLater);
    CHECK(json(listed).value(u"complaints"_s).toArray().size() == 2);
}
