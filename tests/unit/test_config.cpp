#include "core/ConfigIo.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"

#include <QFile>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {

// A small valid hall; tests break one thing at a time with withReplaced().
const QByteArray kValid = R"({
  "site": {"name": "MPP Test", "timezone": "Asia/Jakarta"},
  "agencies": [{"code": "DISNAKER", "name": "Dinas Tenaga Kerja"},
               {"code": "IMIGRASI", "name": "Kantor Imigrasi"}],
  "services": [
    {"code": "AK1", "agency": "DISNAKER", "name": "Kartu AK/I", "prefix": "A",
     "hours": {"mon": ["08:00-12:00", "13:00-15:00"]}},
    {"code": "PP", "agency": "DISNAKER", "name": "Peraturan Perusahaan", "prefix": "B",
     "hours": {"tue": ["08:00-12:00"]}},
    {"code": "PASPOR", "agency": "IMIGRASI", "name": "Paspor", "prefix": "C",
     "hours": {"fri": ["08:00-11:30"]}}
  ],
  "counters": [{"code": "L1", "name": "Loket 1", "services": ["AK1", "PP"]}],
  "staff": [{"id": "199001012015011001", "name": "Siti Rahma", "role": "officer",
             "counters": ["L1"], "pin": "246810"}]
})";

QByteArray withReplaced(const char* before, const char* after, QByteArray json = kValid)
{
    REQUIRE(json.contains(before)); // a stale needle would make the test pass vacuously
    return json.replace(before, after);
}

// The problem lines for a document, or an empty list when it parses.
QStringList problemsIn(const QByteArray& json)
{
    const auto result = ConfigIo::parse(json, u"hall.json"_s);
    if (result.ok())
        return {};
    CHECK(result.error().kind == ErrorKind::BadInput);
    CHECK(result.error().code == ErrorCode::InvalidConfig);
    return result.error().message.split(u'\n');
}

HallConfig parsed(const QByteArray& json)
{
    const auto result = ConfigIo::parse(json, u"hall.json"_s);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.value();
}

// HallConfig has no operator== of its own; every section does.
bool same(const HallConfig& a, const HallConfig& b)
{
    return a.site == b.site && a.agencies == b.agencies && a.services == b.services &&
           a.counters == b.counters && a.staff == b.staff;
}

QString demoPath()
{
    return QStringLiteral(ANTRE_SOURCE_DIR) + u"/resources/demo/hall.json"_s;
}

} // namespace

TEST_CASE("a minimal configuration parses with documented defaults", "[config]")
{
    const HallConfig config = parsed(R"({"site": {"name": "MPP Test"}})");
    CHECK(config.site.name == u"MPP Test"_s);
    CHECK(config.site.timezone == u"Asia/Jakarta"_s);
    CHECK(config.site.priorityRunLimit == 3);
    CHECK(config.services.isEmpty());
    CHECK(config.staff.isEmpty());
}

TEST_CASE("service and staff defaults, prefixes are stored uppercase", "[config]")
{
    const HallConfig config = parsed(withReplaced(R"("prefix": "A")", R"("prefix": "ak")"));
    const ServiceConfig& service = config.services.at(0);
    CHECK(service.prefix == u"AK"_s);
    CHECK_FALSE(service.dailyQuota.has_value());
    CHECK(service.targetWaitMin == 15);
    CHECK(service.cutoffMin == 0);
    CHECK(service.hours.value(1) ==
          QList<TimeRange>{{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(15, 0)}});
    CHECK_FALSE(service.hours.contains(2)); // absent weekday: closed
    CHECK(config.staff.at(0).active);
    CHECK(config.staff.at(0).role == Role::Officer);
    CHECK(config.staff.at(0).pin == u"246810"_s);
}

TEST_CASE("a malformed time range gives the documented message", "[config]")
{
    const auto problems = problemsIn(withReplaced("08:00-11:30", "8:00-11.30"));
    CHECK(problems ==
          QStringList{uR"(hall.json: services[2].hours.fri[0]: "8:00-11.30" is not HH:MM-HH:MM)"_s});
}

TEST_CASE("unknown references are reported where they occur", "[config]")
{
    CHECK(problemsIn(withReplaced(R"("agency": "IMIGRASI")", R"("agency": "IMIGRASII")")) ==
          QStringList{uR"(hall.json: services[2].agency: unknown agency "IMIGRASII")"_s});
    CHECK(problemsIn(withReplaced(R"(["AK1", "PP"])", R"(["AK1", "PPP"])")) ==
          QStringList{uR"(hall.json: counters[0].services[1]: unknown service "PPP")"_s});
    CHECK(problemsIn(withReplaced(R"("counters": ["L1"])", R"("counters": ["L1", "L9"])")) ==
          QStringList{uR"(hall.json: staff[0].counters[1]: unknown counter "L9")"_s});
    CHECK(
        problemsIn(withReplaced(R"(["AK1", "PP"])", R"(["AK1", "AK1"])")) ==
        QStringList{
            uR"(hall.json: counters[0].services[1]: "AK1" is listed twice (also counters[0].services[0]))"_s});
}

TEST_CASE("codes must be unique within their list", "[config]")
{
    CHECK(problemsIn(withReplaced(R"("code": "PASPOR")", R"("code": "PP")")) ==
          QStringList{uR"(hall.json: services[2].code: duplicate code "PP" (first used by services[1]))"_s});
    CHECK(
        problemsIn(withReplaced(R"("name": "Kantor Imigrasi"})",
                                R"("name": "Kantor Imigrasi"}, {"code": "DISNAKER", "name": "Disnaker"})")) ==
        QStringList{
            uR"(hall.json: agencies[2].code: duplicate code "DISNAKER" (first used by agencies[0]))"_s});
    CHECK(problemsIn(withReplaced(R"("services": ["AK1", "PP"]})",
                                  R"("services": ["AK1", "PP"]}, {"code": "L1", "name": "Loket 1b"})")) ==
          QStringList{uR"(hall.json: counters[1].code: duplicate code "L1" (first used by counters[0]))"_s});
    CHECK(problemsIn(withReplaced(R"("pin": "246810"})",
                                  R"("pin": "246810"}, {"id": "199001012015011001", "name": "Siti R."})")) ==
          QStringList{
              uR"(hall.json: staff[1].id: duplicate id "199001012015011001" (first used by staff[0]))"_s});
}

TEST_CASE("prefixes are unique regardless of case and are 1-3 letters", "[config]")
{
    CHECK(
        problemsIn(withReplaced(R"("prefix": "C")", R"("prefix": "b")")) ==
        QStringList{uR"(hall.json: services[2].prefix: duplicate prefix "B" (first used by services[1]))"_s});
    CHECK(problemsIn(withReplaced(R"("prefix": "C")", R"("prefix": "C1")")) ==
          QStringList{uR"(hall.json: services[2].prefix: "C1" must be 1 to 3 letters A-Z)"_s});
    CHECK(problemsIn(withReplaced(R"("prefix": "C")", R"("prefix": "ABCD")")) ==
          QStringList{uR"(hall.json: services[2].prefix: "ABCD" must be 1 to 3 letters A-Z)"_s});
    CHECK(problemsIn(withReplaced(R"("prefix": "C")", R"("prefix": "")")) ==
          QStringList{u"hall.json: services[2].prefix: is required"_s});
}

TEST_CASE("time ranges must be real times that end after they start", "[config]")
{
    CHECK(problemsIn(withReplaced("08:00-11:30", "25:00-26:00")) ==
          QStringList{uR"(hall.json: services[2].hours.fri[0]: "25:00-26:00" is not HH:MM-HH:MM)"_s});
    CHECK(problemsIn(withReplaced("08:00-11:30", "11:30-08:00")) ==
          QStringList{uR"(hall.json: services[2].hours.fri[0]: "11:30-08:00" must end after it starts)"_s});
    CHECK(problemsIn(withReplaced("08:00-11:30", "08:00-08:00")) ==
          QStringList{uR"(hall.json: services[2].hours.fri[0]: "08:00-08:00" must end after it starts)"_s});
}

TEST_CASE("ranges of one day must not overlap", "[config]")
{
    CHECK(problemsIn(withReplaced("13:00-15:00", "11:00-15:00")) ==
          QStringList{uR"(hall.json: services[0].hours.mon[1]: "11:00-15:00" overlaps "08:00-12:00")"_s});
    // Touching ranges are fine: one ends as the next begins.
    CHECK(problemsIn(withReplaced("13:00-15:00", "12:00-15:00")).isEmpty());
}

TEST_CASE("wrong JSON types are errors, not silently ignored", "[config]")
{
    CHECK(problemsIn(withReplaced(R"("prefix": "A",)", R"("prefix": "A", "daily_quota": "150",)")) ==
          QStringList{u"hall.json: services[0].daily_quota: expected a whole number, got a string"_s});
    CHECK(problemsIn(withReplaced(R"("prefix": "A",)", R"("prefix": "A", "cutoff_min": 12.5,)")) ==
          QStringList{u"hall.json: services[0].cutoff_min: 12.5 is not a whole number"_s});
    CHECK(problemsIn(withReplaced(R"("hours": {"tue": ["08:00-12:00"]})", R"("hours": ["08:00-12:00"])")) ==
          QStringList{u"hall.json: services[1].hours: expected an object {...}, got a list [...]"_s});
    CHECK(problemsIn(withReplaced(R"("pin": "246810")", R"("pin": 246810)")) ==
          QStringList{u"hall.json: staff[0].pin: expected a string, got a number"_s});
    CHECK(problemsIn(withReplaced(R"("role": "officer",)", R"("role": "officer", "active": "yes",)")) ==
          QStringList{u"hall.json: staff[0].active: expected true or false, got a string"_s});
    CHECK(problemsIn(R"({"site": {"name": "X"}, "agencies": {"code": "A"}})") ==
          QStringList{u"hall.json: agencies: expected a list [...], got an object {...}"_s});
}

TEST_CASE("an entry of the wrong type is reported once and keeps later indices", "[config]")
{
    const auto problems = problemsIn(R"({"site": {"name": "X"}, "agencies": [{"code": "D", "name": "Dinas"}],
        "services": ["AK1", {"code": "PP", "agency": "NONE", "name": "P", "prefix": "B"}]})");
    CHECK(problems == QStringList{u"hall.json: services[0]: expected an object {...}, got a string"_s,
                                  uR"(hall.json: services[1].agency: unknown agency "NONE")"_s});
}

TEST_CASE("unknown keys are errors, with a hint for likely typos", "[config]")
{
    CHECK(problemsIn(withReplaced(R"("prefix": "A",)", R"("prefix": "A", "dailyQuota": 100,)")) ==
          QStringList{uR"(hall.json: services[0].dailyQuota: unknown key (did you mean "daily_quota"?))"_s});
    CHECK(problemsIn(withReplaced(R"("hours": {"tue")", R"("hours": {"tues")")) ==
          QStringList{uR"(hall.json: services[1].hours.tues: unknown key (did you mean "tue"?))"_s});
    CHECK(problemsIn(withReplaced(R"("site": {)", R"("colour": "blue", "site": {)")) ==
          QStringList{u"hall.json: colour: unknown key"_s});
}

TEST_CASE("the time zone must be a known IANA id", "[config]")
{
    CHECK(
        problemsIn(withReplaced("Asia/Jakarta", "Asia/Jakata")) ==
        QStringList{
            uR"(hall.json: site.timezone: "Asia/Jakata" is not a known IANA time zone (e.g. Asia/Jakarta))"_s});
    // Old aliases are IANA ids too: Asia/Ujung_Pandang is Makassar's, Asia/Calcutta Kolkata's.
    for (const char* zone :
         {"Asia/Pontianak", "Asia/Makassar", "Asia/Jayapura", "Asia/Ujung_Pandang", "Asia/Calcutta"})
        CHECK(problemsIn(withReplaced("Asia/Jakarta", zone)).isEmpty());
    // A fixed offset is no time zone.
    CHECK(problemsIn(withReplaced("Asia/Jakarta", "UTC+07:00")) ==
          QStringList{uR"(hall.json: site.timezone: "UTC+07:00" is a fixed offset, not a time zone; use )"
                      uR"(Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT))"_s});
}

TEST_CASE("JSON syntax errors give line and column", "[config]")
{
    // Line 3 misses the comma after "MPP Test": the parser stops at the next key.
    const QByteArray json =
        "{\n  \"site\": {\n    \"name\": \"MPP Test\"\n    \"timezone\": \"Asia/Jakarta\"}\n}";
    const auto problems = problemsIn(json);
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0) == u"hall.json: line 4, column 5: unterminated object"_s);

    CHECK(problemsIn("[1, 2]") ==
          QStringList{u"hall.json: line 1, column 1: the file must hold one JSON object {...}"_s});
}

TEST_CASE("numeric limits are checked", "[config]")
{
    CHECK(problemsIn(withReplaced(R"("prefix": "A",)", R"("prefix": "A", "daily_quota": 0,)")) ==
          QStringList{
              u"hall.json: services[0].daily_quota: must be greater than 0 (leave it out for no limit)"_s});
    CHECK(problemsIn(withReplaced(R"("prefix": "A",)", R"("prefix": "A", "target_wait_min": 0,)")) ==
          QStringList{u"hall.json: services[0].target_wait_min: must be greater than 0"_s});
    CHECK(problemsIn(withReplaced(R"("prefix": "A",)", R"("prefix": "A", "cutoff_min": -5,)")) ==
          QStringList{u"hall.json: services[0].cutoff_min: must not be negative"_s});
    CHECK(problemsIn(
              withReplaced(R"("name": "MPP Test",)", R"("name": "MPP Test", "priority_run_limit": 0,)")) ==
          QStringList{u"hall.json: site.priority_run_limit: must be at least 1"_s});
}

TEST_CASE("dates and override periods are checked", "[config]")
{
    const char* hours = R"("hours": {"fri": ["08:00-11:30"]})";
    CHECK(
        problemsIn(withReplaced(
            hours, R"("hours": {"fri": ["08:00-11:30"]}, "closed_dates": ["2026-12-25", "25-12-2026"])")) ==
        QStringList{uR"(hall.json: services[2].closed_dates[1]: "25-12-2026" is not a date (YYYY-MM-DD))"_s});
    CHECK(
        problemsIn(withReplaced(hours, R"("hours": {}, "closed_dates": ["2026-02-30"])")) ==
        QStringList{uR"(hall.json: services[2].closed_dates[0]: "2026-02-30" is not a date (YYYY-MM-DD))"_s});
    CHECK(problemsIn(withReplaced(
              hours,
              R"("hours": {}, "overrides": [{"from": "2027-03-19", "to": "2027-02-18", "hours": {}}])")) ==
          QStringList{
              u"hall.json: services[2].overrides[0]: starts (2027-03-19) after it ends (2027-02-18)"_s});
    CHECK(problemsIn(
              withReplaced(hours, R"("hours": {}, "overrides": [{"from": "2027-02-18", "hours": {}}])")) ==
          QStringList{u"hall.json: services[2].overrides[0].to: a date (YYYY-MM-DD) is required"_s});
    CHECK(problemsIn(withReplaced(hours, R"("hours": {}, "overrides": [
              {"from": "2027-02-01", "to": "2027-02-28", "hours": {"mon": []}},
              {"from": "2027-02-28", "to": "2027-03-10", "hours": {"mon": ["09:00-10:00", "09:30-11:00"]}}])")) ==
          QStringList{
              uR"(hall.json: services[2].overrides[1].hours.mon[1]: "09:30-11:00" overlaps "09:00-10:00")"_s,
              u"hall.json: services[2].overrides[1]: period overlaps services[2].overrides[0]"_s});
}

TEST_CASE("roles and PINs are checked, and PINs never appear in messages", "[config]")
{
    CHECK(problemsIn(withReplaced(R"("role": "officer")", R"("role": "boss")")) ==
          QStringList{uR"(hall.json: staff[0].role: "boss" is not one of officer, supervisor, admin)"_s});
    for (const char* pin : {R"("pin": "123")", R"("pin": "1234567890123")", R"("pin": "12a456")"}) {
        const auto problems = problemsIn(withReplaced(R"("pin": "246810")", pin));
        CHECK(problems == QStringList{u"hall.json: staff[0].pin: must be 4 to 12 digits"_s});
    }
    CHECK(problemsIn(withReplaced(R"("pin": "246810")", R"("pin": "000000000000")")).isEmpty());
}

TEST_CASE("the site section is required", "[config]")
{
    CHECK(problemsIn(R"({"agencies": []})") == QStringList{u"hall.json: site: is required"_s});
    CHECK(problemsIn(R"({"site": {"timezone": "Asia/Jakarta"}})") ==
          QStringList{u"hall.json: site.name: is required"_s});
}

TEST_CASE("all problems are reported together, one per line", "[config]")
{
    QByteArray json = withReplaced("08:00-11:30", "8:00-11.30");
    json = withReplaced("Asia/Jakarta", "Asia/Jakata", json);
    json = withReplaced(R"("code": "PP")", R"("code": "AK1")", json);
    json = withReplaced(R"("counters": ["L1"])", R"("counters": ["L9"], "pn": "1")", json);
    const auto problems = problemsIn(json);
    CHECK(problems.size() == 6);
    CHECK(problems.contains(uR"(hall.json: services[2].hours.fri[0]: "8:00-11.30" is not HH:MM-HH:MM)"_s));
    CHECK(problems.contains(
        uR"(hall.json: site.timezone: "Asia/Jakata" is not a known IANA time zone (e.g. Asia/Jakarta))"_s));
    CHECK(problems.contains(
        uR"(hall.json: services[1].code: duplicate code "AK1" (first used by services[0]))"_s));
    CHECK(problems.contains(uR"(hall.json: staff[0].counters[0]: unknown counter "L9")"_s));
    CHECK(problems.contains(uR"(hall.json: staff[0].pn: unknown key (did you mean "pin"?))"_s));
    // Renaming PP to AK1 leaves booth L1 pointing at a service that no longer exists.
    CHECK(problems.contains(uR"(hall.json: counters[0].services[1]: unknown service "PP")"_s));
}

TEST_CASE("names must show something, on one line, without control characters", "[config]")
{
    const char* name = R"("name": "Loket 1")";
    CHECK(problemsIn(withReplaced(name, R"("name": "\u200b")")) ==
          QStringList{u"hall.json: counters[0].name: contains only invisible characters (U+200B)"_s});
    CHECK(problemsIn(withReplaced(name, R"("name": " \u200d\ufeff\u2800 ")")) ==
          QStringList{
              u"hall.json: counters[0].name: contains only invisible characters (U+200D, U+FEFF, U+2800)"_s});
    CHECK(problemsIn(withReplaced(name, R"("name": "   ")")) ==
          QStringList{u"hall.json: counters[0].name: is required"_s});
    CHECK(problemsIn(withReplaced(name, R"("name": "Loket\u00001")")) ==
          QStringList{u"hall.json: counters[0].name: contains U+0000 (a control character); remove it"_s});
    CHECK(
        problemsIn(withReplaced(name, R"("name": "Loket\u00851")")) ==
        QStringList{
            u"hall.json: counters[0].name: contains U+0085 (a line break); this text must be on one line"_s});
    CHECK(
        problemsIn(withReplaced(name, R"("name": "Loket\u20281")")) ==
        QStringList{
            u"hall.json: counters[0].name: contains U+2028 (a line break); this text must be on one line"_s});
    CHECK(problemsIn(withReplaced(name, R"("name": "Loket \ud8001")")) ==
          QStringList{u"hall.json: counters[0].name: contains U+D800 (not a valid character); remove it"_s});
    CHECK(problemsIn(withReplaced(R"("name": "Siti Rahma")", R"("name": "Siti\u007f")")) ==
          QStringList{u"hall.json: staff[0].name: contains U+007F (a control character); remove it"_s});
    // Text people write in any script stays valid: marks, joiners, direction marks, emoji sequences.
    for (const char* fine :
         {"\"name\": \"\xE2\x80\x8F\xD9\x85\xD9\x83\xD8\xAA\xD8\xA8\xE2\x80\x8F\"", // RLM + Arabic + RLM
          "\"name\": \"Loket \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7\"",
          "\"name\": \"Pe\xCC\x81layanan\"",
          "\"name\": \"\xD9\x85\xDB\x8C\xE2\x80\x8C\xD8\xAE\xD9\x88\xD8\xA7\xD9\x87\"",
          "\"name\": \"Loket\xC2\xA0"
          "1\"",
          "\"name\": \"\xF0\x9F\x8F\x9B\xEF\xB8\x8F\""})
        CHECK(problemsIn(withReplaced(name, fine)).isEmpty());
}

TEST_CASE("texts may have line breaks only where they are printed or scrolled", "[config]")
{
    const char* site = R"("name": "MPP Test",)";
    CHECK(problemsIn(
              withReplaced(site, R"("name": "MPP Test", "ticket_footer": "Terima kasih.\nSimpan tiket ini.",
                                          "running_text": "Selamat datang.\nBuka 08.00.",)"))
              .isEmpty());
    CHECK(problemsIn(withReplaced(site, R"("name": "MPP Test", "ticket_footer": "Terima kasih\u001b@",)")) ==
          QStringList{u"hall.json: site.ticket_footer: contains U+001B (a control character); remove it"_s});
    CHECK(problemsIn(withReplaced(site, R"("name": "MPP Test", "running_text": "Selamat\r\ndatang",)")) ==
          QStringList{u"hall.json: site.running_text: contains U+000D (a line break); remove it"_s});
    CHECK(
        problemsIn(
            withReplaced(site, R"("name": "MPP Test", "call_phrase": "Nomor {number}\nke {counter}",)")) ==
        QStringList{
            u"hall.json: site.call_phrase: contains U+000A (a line break); this text must be on one line"_s});
    CHECK(
        problemsIn(withReplaced(R"("hours": {"fri": ["08:00-11:30"]})",
                                R"("hours": {"fri": ["08:00-11:30"]},
                                     "standard": {"requirements": ["KTP-el", "Kartu\tKeluarga"], "fee": "Gratis\u0007",
                                                  "duration": "1 hari\nkerja"})")) ==
        QStringList{
            u"hall.json: services[2].standard.requirements[1]: contains U+0009 (a control character); remove it"_s,
            u"hall.json: services[2].standard.fee: contains U+0007 (a control character); remove it"_s,
            u"hall.json: services[2].standard.duration: contains U+000A (a line break); this text must be on one line"_s});
}

TEST_CASE("codes and staff IDs are ASCII letters, digits, '-', '_' and '.'", "[config]")
{
    const QString rule = u"; a code may only use letters A-Z and a-z, digits 0-9, \"-\", \"_\" and \".\""_s;
    CHECK(problemsIn(withReplaced(R"("code": "L1")", R"("code": "L1\u200b")")) ==
          QStringList{u"hall.json: counters[0].code: contains U+200B (invisible)"_s + rule,
                      uR"(hall.json: staff[0].counters[0]: unknown counter "L1")"_s});
    CHECK(problemsIn(withReplaced(R"("code": "PASPOR")", R"("code": "PASPOR 2")")) ==
          QStringList{u"hall.json: services[2].code: contains U+0020 (a space)"_s + rule});
    CHECK(problemsIn(withReplaced(R"("code": "IMIGRASI")", R"("code": "\u0406MIGRASI")")) ==
          QStringList{u"hall.json: agencies[1].code: contains \"\u0406\" (U+0406)"_s + rule,
                      uR"(hall.json: services[2].agency: unknown agency "IMIGRASI")"_s});
    CHECK(problemsIn(withReplaced(R"("code": "PASPOR")", R"("code": "PASPOR\n")")) ==
          QStringList{u"hall.json: services[2].code: contains U+000A (a line break)"_s + rule});
    CHECK(problemsIn(withReplaced(R"("id": "199001012015011001")", R"("id": "\ufeff199001012015011001")")) ==
          QStringList{u"hall.json: staff[0].id: contains U+FEFF (invisible)"_s + rule});
    CHECK(problemsIn(withReplaced(R"("code": "PASPOR")", R"("code": "\u200b")")) ==
          QStringList{u"hall.json: services[2].code: contains U+200B (invisible)"_s + rule});
    CHECK(problemsIn(withReplaced(R"("code": "PASPOR")", R"("code": "")")) ==
          QStringList{u"hall.json: services[2].code: is required"_s});
    for (const char* fine : {R"("code": "PAS-POR_2.b")", R"("code": "paspor")"})
        CHECK(problemsIn(withReplaced(R"("code": "PASPOR")", fine)).isEmpty());
}

TEST_CASE("a line break after a prefix, PIN or date is not ignored", "[config]")
{
    // "$" in a pattern also matches before a final line break; the value would be stored with it.
    CHECK(problemsIn(withReplaced(R"("prefix": "C")", R"("prefix": "C\n")")) ==
          QStringList{uR"(hall.json: services[2].prefix: "C\n" must be 1 to 3 letters A-Z)"_s});
    CHECK(problemsIn(withReplaced(R"("pin": "246810")", R"("pin": "246810\n")")) ==
          QStringList{u"hall.json: staff[0].pin: must be 4 to 12 digits"_s});
    CHECK(problemsIn(withReplaced(R"("hours": {"fri": ["08:00-11:30"]})",
                                  R"("hours": {}, "closed_dates": ["2026-12-25\n"])")) ==
          QStringList{
              uR"(hall.json: services[2].closed_dates[0]: "2026-12-25\n" is not a date (YYYY-MM-DD))"_s});
    // Invisible characters of a value are written as JSON escapes, also outside the Basic Multilingual Plane.
    CHECK(problemsIn(withReplaced(R"(["AK1", "PP"])", R"(["AK1", "PP\udb40\udd00"])")) ==
          QStringList{uR"(hall.json: counters[0].services[1]: unknown service "PP\uDB40\uDD00")"_s});
}

TEST_CASE("validate() refuses invisible and control characters in the editor's drafts too", "[config]")
{
    HallConfig config = parsed(kValid);
    config.counters[0].name = u"\u200B"_s;
    config.site.ticketFooter = u"Terima kasih.\nSampai jumpa."_s;
    config.staff[0].id = u"OFF 1"_s;
    CHECK(ConfigIo::validate(config) ==
          QStringList{
              u"counters[0].name: contains only invisible characters (U+200B)"_s,
              u"staff[0].id: contains U+0020 (a space); a code may only use letters A-Z and a-z, digits "
              u"0-9, \"-\", \"_\" and \".\""_s});
}

TEST_CASE("a UTF-8 byte-order mark is accepted", "[config]")
{
    CHECK(problemsIn("\xEF\xBB\xBF" + kValid).isEmpty());
}

TEST_CASE("export round-trips and never contains PINs", "[config]")
{
    const HallConfig original = parsed(withReplaced(R"("hours": {"fri": ["08:00-11:30"]})", R"(
        "daily_quota": 50, "target_wait_min": 30, "cutoff_min": 30,
        "hours": {"tue": ["13:00-15:00", "08:00-12:00"], "thu": ["08:00-12:00"], "sat": []},
        "closed_dates": ["2026-12-25", "2027-01-01"],
        "overrides": [{"from": "2027-02-08", "to": "2027-03-09", "hours": {"tue": ["07:30-13:30"], "thu": []}}],
        "standard": {"requirements": ["KTP-el", "Kartu Keluarga"], "fee": "Rp350.000", "duration": "4 hari kerja"})"));
    REQUIRE(original.services.at(2).overrides.size() == 1);

    const QByteArray exported = ConfigIo::toJsonBytes(original);
    CHECK_FALSE(exported.contains("pin"));
    CHECK_FALSE(exported.contains("246810"));
    CHECK_FALSE(ConfigIo::toJson(original).value(u"staff"_s).toArray().at(0).toObject().contains(u"pin"_s));

    HallConfig expected = original;
    expected.staff[0].pin.clear();
    CHECK(same(parsed(exported), expected));

    // The demo hall, the biggest configuration we have, round-trips as well.
    auto demo = ConfigIo::readFile(demoPath());
    REQUIRE(demo.ok());
    HallConfig demoExpected = demo.value();
    for (auto& member : demoExpected.staff)
        member.pin.clear();
    CHECK(same(parsed(ConfigIo::toJsonBytes(demo.value())), demoExpected));
}

TEST_CASE("validate() checks an in-memory configuration without a file prefix", "[config]")
{
    HallConfig config = parsed(kValid);
    CHECK(ConfigIo::validate(config).isEmpty());
    config.services[1].prefix = u"A"_s;
    config.services[0].hours[1].append({QTime(14, 0), QTime(16, 0)});
    config.counters[0].services.append(u"NOPE"_s);
    CHECK(ConfigIo::validate(config) ==
          QStringList{uR"(services[1].prefix: duplicate prefix "A" (first used by services[0]))"_s,
                      uR"(services[0].hours.mon[2]: "14:00-16:00" overlaps "13:00-15:00")"_s,
                      uR"(counters[0].services[2]: unknown service "NOPE")"_s});
}

TEST_CASE("readFile names the path and refuses missing or huge files", "[config]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(u"nothing.json"_s);
    auto result = ConfigIo::readFile(missing);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::BadInput);
    CHECK(result.error().message == missing + u": no such file"_s);

    const QString big = dir.filePath(u"big.json"_s);
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(5 * 1024 * 1024 + 1, ' '));
    }
    result = ConfigIo::readFile(big);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == ErrorKind::BadInput);
    CHECK(result.error().message.startsWith(big + u": the file is larger than 5 MB"_s));

    const QString bad = dir.filePath(u"bad.json"_s);
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(withReplaced("08:00-11:30", "8:00-11.30"));
    }
    result = ConfigIo::readFile(bad);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message ==
          bad + uR"(: services[2].hours.fri[0]: "8:00-11.30" is not HH:MM-HH:MM)"_s);

    CHECK_FALSE(ConfigIo::readFile(dir.path()).ok());
}

TEST_CASE("the demo hall parses without errors", "[config]")
{
    const auto result = ConfigIo::readFile(demoPath());
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    const HallConfig& hall = result.value();
    CHECK(hall.site.timezone == u"Asia/Jakarta"_s);
    CHECK(hall.counters.size() == 16);
    CHECK(hall.agencies.size() >= 12);
    CHECK(hall.services.size() >= 18);
    const ServiceConfig* passport = hall.service(u"PASPOR"_s);
    REQUIRE(passport);
    CHECK(passport->dailyQuota == 50);
    CHECK(passport->hours.keys() == QList<int>{2, 4});
    // Booth L16 has services but nobody may open it: the supervisor view must show it unstaffed.
    REQUIRE(hall.counter(u"L16"_s));
    CHECK_FALSE(hall.counter(u"L16"_s)->services.isEmpty());
    for (const auto& member : hall.staff)
        CHECK_FALSE(member.counters.contains(u"L16"_s));
}

TEST_CASE("range and weekday helpers", "[config]")
{
    CHECK(ConfigIo::parseRange(u"07:30-13:30"_s) == TimeRange{QTime(7, 30), QTime(13, 30)});
    CHECK(ConfigIo::parseRange(u" 08:00 - 12:00 "_s) == TimeRange{QTime(8, 0), QTime(12, 0)});
    CHECK_FALSE(ConfigIo::parseRange(u"8:00-12:00"_s));
    // "24:00" ends a range at midnight (Schedule::endOfDay()); no other hour 24.
    CHECK(ConfigIo::parseRange(u"08:00-24:00"_s) == TimeRange{QTime(8, 0), QTime(23, 59, 59, 999)});
    CHECK(ConfigIo::formatRange({QTime(8, 0), QTime(23, 59, 59, 999)}) == u"08:00-24:00"_s);
    CHECK_FALSE(ConfigIo::parseRange(u"08:00-24:30"_s));
    CHECK_FALSE(ConfigIo::parseRange(u"24:00-24:00"_s));
    CHECK_FALSE(ConfigIo::parseRange(u"08.00-12.00"_s));
    CHECK(ConfigIo::formatRange({QTime(7, 30), QTime(13, 30)}) == u"07:30-13:30"_s);
    CHECK(ConfigIo::weekdayKey(1) == u"mon"_s);
    CHECK(ConfigIo::weekdayKey(7) == u"sun"_s);
    CHECK(ConfigIo::weekdayKey(8).isEmpty());
}
