#include "core/audit/EventKind.h"
#include "core/services/AuditService.h"
#include "core/storage/Database.h"
#include "core/survey/IkmExport.h"
#include "core/survey/SurveyStore.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QSqlRecord>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

// Serves `count` tickets of S2 at L3 (OFF2) on Monday morning; the last `waiting` more stay in the queue.
void serveMonday(TestHall& hall, int count, int waiting = 0)
{
    hall.setLocal(TestHall::monday(), QTime(8, 0));
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    for (int i = 0; i < count + waiting; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    for (int i = 0; i < count; ++i) {
        REQUIRE(hall.engine->callNext(u"L3"_s).ok());
        REQUIRE(hall.engine->startServing(u"L3"_s).ok());
        hall.clock.advanceSecs(120);
        REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Completed).ok());
    }
}

SurveyAnswers answers(const QString& text)
{
    auto parsed = SurveyAnswers::parse(text);
    REQUIRE(parsed.ok());
    return parsed.value();
}

const QString kAllFour =
    u"persyaratan=4,prosedur=4,waktu=4,biaya=4,produk=4,kompetensi=4,perilaku=4,pengaduan=4,sarana=4"_s;

SurveyResponse responseFor(const QString& ticket, const QString& text = kAllFour,
                           QDate day = TestHall::monday())
{
    SurveyResponse r;
    r.ticket = *TicketNumber::parse(ticket);
    r.businessDay = day;
    r.answers = answers(text);
    r.source = SurveySource::Kiosk;
    return r;
}

QStringList rowOf(TestHall& hall, const QString& sql)
{
    auto q = Database::run(hall.db->sql(), sql);
    REQUIRE(q.ok());
    QStringList out;
    REQUIRE(Database::forEachRow(q.value(), [&](const QSqlQuery& r) {
                for (int i = 0; i < r.record().count(); ++i)
                    out << r.value(i).toString();
            }).ok());
    return out;
}

} // namespace

TEST_CASE("survey: a served ticket's response is stored by element and linked to its visit", "[survey]")
{
    TestHall hall;
    serveMonday(hall, 1);
    SurveyStore store(*hall.db, hall.clock);
    auto visit = store.visit(*TicketNumber::parse(u"B-001"_s), TestHall::monday());
    REQUIRE(visit.ok());
    CHECK(visit.value().serviceCode == u"S2"_s);
    CHECK(visit.value().counterCode == u"L3"_s);
    CHECK(visit.value().staffId == u"OFF2"_s);

    // Given in the questionnaire's order (sarana before pengaduan), with distinct scores.
    SurveyResponse r = responseFor(
        u"B-001"_s,
        u"persyaratan=1,prosedur=2,waktu=3,biaya=4,produk=1,kompetensi=2,perilaku=3,sarana=4,pengaduan=1"_s);
    r.profile.sex = u"p"_s;
    r.profile.age = u"31-40"_s;
    r.saran = u"Ruang tunggu nyaman"_s;
    auto id = store.record(r);
    REQUIRE(id.ok());
    CHECK(rowOf(hall, u"SELECT persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan, "
                      u"sarana, sex, age_band, saran, source, business_day FROM survey_responses"_s) ==
          QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"1"_s, u"2"_s, u"3"_s, u"1"_s, u"4"_s, u"p"_s,
                      u"31-40"_s, u"Ruang tunggu nyaman"_s, u"kiosk"_s, u"2026-11-23"_s});
    CHECK(rowOf(hall, u"SELECT s.code, a.code, c.code, st.staff_code FROM survey_responses r "
                      u"JOIN services s ON s.id = r.service_id JOIN agencies a ON a.id = r.agency_id "
                      u"JOIN counters c ON c.id = r.counter_id JOIN staff st ON st.id = r.staff_id"_s)
              .mid(0, 1) == QStringList{u"S2"_s});
    // Writing it is an audit event of the ticket, in the same transaction.
    auto events = hall.services().audit.forTicket(visit.value().ticketId);
    REQUIRE(events.ok());
    REQUIRE_FALSE(events.value().isEmpty());
    CHECK(events.value().back().kind == EventKind::SurveyRecorded);
    CHECK(events.value().back().data.value(u"response"_s).toInteger() == id.value());
    CHECK(hall.services().audit.verify().ok());
}

TEST_CASE("survey: a saran of only invisible characters is refused", "[survey]")
{
    TestHall hall;
    serveMonday(hall, 2);
    SurveyStore store(*hall.db, hall.clock);
    for (const QString& blank : {u"\u200B"_s, u" \u2060\u00A0"_s, u"\u200D\u200E"_s}) {
        SurveyResponse r = responseFor(u"B-001"_s);
        r.saran = blank;
        auto refused = store.record(r);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::BadInput);
        CHECK(refused.error().code == ErrorCode::BadSurvey);
        CHECK(refused.error().message.startsWith(u"saran: contains only invisible characters"_s));
    }
    // No suggestion at all, or a suggestion with a joiner inside, is fine.
    SurveyResponse none = responseFor(u"B-001"_s);
    REQUIRE(store.record(none).ok());
    SurveyResponse joined = responseFor(u"B-002"_s);
    joined.saran = u"Bagus\u200Bsekali"_s;
    REQUIRE(store.record(joined).ok());
    CHECK(rowOf(hall, u"SELECT count(*) FROM survey_responses"_s) == QStringList{u"2"_s});
}

TEST_CASE("survey: one response per ticket", "[survey]")
{
    TestHall hall;
    serveMonday(hall, 1);
    SurveyStore store(*hall.db, hall.clock);
    REQUIRE(store.record(responseFor(u"B-001"_s)).ok());
    auto again = store.record(responseFor(u"B-001"_s));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == ErrorKind::Refused);
    CHECK(again.error().code == ErrorCode::AlreadyRated);
    CHECK(again.error().message ==
          u"Ticket B-001 of 2026-11-23 has already been rated: one response per ticket"_s);
    CHECK(store.visit(*TicketNumber::parse(u"B-001"_s), TestHall::monday()).error().code ==
          ErrorCode::AlreadyRated);
    CHECK(rowOf(hall, u"SELECT COUNT(*) FROM survey_responses"_s) == QStringList{u"1"_s});
}

TEST_CASE("survey: an unknown, unserved or old ticket is refused with a clear message", "[survey]")
{
    TestHall hall;
    serveMonday(hall, 1, 1);
    SurveyStore store(*hall.db, hall.clock);

    auto unknown = store.record(responseFor(u"B-009"_s));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::BadInput);
    CHECK(unknown.error().code == ErrorCode::UnknownTicket);
    CHECK(unknown.error().message == u"No ticket B-009 on 2026-11-23"_s);

    auto waiting = store.record(responseFor(u"B-002"_s));
    REQUIRE_FALSE(waiting.ok());
    CHECK(waiting.error().kind == ErrorKind::Refused);
    CHECK(waiting.error().code == ErrorCode::TicketNotServed);
    CHECK(waiting.error().message ==
          u"Ticket B-002 of 2026-11-23 was not served (waiting): only served tickets can be rated"_s);

    auto incomplete = responseFor(u"B-001"_s);
    incomplete.answers.set(SurveyElement::Sarana, 0);
    auto missing = store.record(incomplete);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::BadSurvey);
    CHECK(missing.error().message == u"every element must be answered; missing: sarana"_s);

    auto badProfile = responseFor(u"B-001"_s);
    badProfile.profile.sex = u"x"_s;
    CHECK(store.record(badProfile).error().message == u"sex: \"x\" is not one of l, p"_s);

    // Six days later it may still be rated; seven days later no longer.
    hall.setLocal(TestHall::monday().addDays(6), QTime(9, 0));
    CHECK(store.visit(*TicketNumber::parse(u"B-001"_s), TestHall::monday()).ok());
    hall.setLocal(TestHall::monday().addDays(7), QTime(9, 0));
    auto late = store.record(responseFor(u"B-001"_s));
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().kind == ErrorKind::Refused);
    CHECK(late.error().code == ErrorCode::SurveyTooLate);
    CHECK(late.error().message == u"Ticket B-001 of 2026-11-23 is more than 7 days old: only tickets of the "
                                  u"last 7 days can be rated"_s);
    CHECK(rowOf(hall, u"SELECT COUNT(*) FROM survey_responses"_s) == QStringList{u"0"_s});
}

TEST_CASE("survey: paper forms are imported all or nothing", "[survey]")
{
    TestHall hall;
    serveMonday(hall, 2, 1);
    SurveyStore store(*hall.db, hall.clock);
    PaperResponse good;
    good.line = 2;
    good.date = TestHall::monday();
    good.serviceCode = u"S1"_s;
    good.answers = answers(kAllFour);
    PaperResponse withTicket = good;
    withTicket.line = 3;
    withTicket.serviceCode = u"S2"_s;
    withTicket.ticket = TicketNumber::parse(u"B-002"_s);
    PaperResponse unknownService = good;
    unknownService.line = 4;
    unknownService.serviceCode = u"NOPE"_s;

    auto refused = store.importPaper({good, withTicket, unknownService}, u"survey.csv"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::BadInput);
    CHECK(refused.error().message ==
          u"survey.csv: line 4: service: \"NOPE\" is not a service of this hall"_s);
    CHECK(rowOf(hall, u"SELECT COUNT(*) FROM survey_responses"_s) == QStringList{u"0"_s});

    PaperResponse twice = withTicket;
    twice.line = 5;
    CHECK(store.importPaper({good, withTicket, twice}, u"survey.csv"_s).error().message ==
          u"survey.csv: line 5: ticket: B-002 of 2026-11-23 is already rated on an earlier line"_s);
    PaperResponse wrongService = withTicket;
    wrongService.serviceCode = u"S1"_s;
    CHECK(store.importPaper({wrongService}, u"survey.csv"_s).error().message ==
          u"survey.csv: line 3: ticket: B-002 of 2026-11-23 was for service S2, not S1"_s);
    PaperResponse future = good;
    future.date = TestHall::monday().addDays(1);
    CHECK(store.importPaper({future}, u"survey.csv"_s).error().message ==
          u"survey.csv: line 2: date: \"2026-11-24\" is in the future"_s);

    auto stored = store.importPaper({good, withTicket}, u"survey.csv"_s);
    REQUIRE(stored.ok());
    CHECK(stored.value() == 2);
    CHECK(rowOf(hall, u"SELECT source, ticket_id IS NULL FROM survey_responses ORDER BY id"_s).mid(0, 1) ==
          QStringList{u"paper"_s});
    // The imported ticket counts as rated.
    CHECK(store.record(responseFor(u"B-002"_s)).error().code == ErrorCode::AlreadyRated);

    // A ticket's refusal reads as the text of its column, as every other message of a line does.
    CHECK(
        store.importPaper({withTicket}, u"survey.csv"_s).error().message ==
        u"survey.csv: line 3: ticket: B-002 of 2026-11-23 has already been rated: one response per ticket"_s);
    PaperResponse unserved = withTicket;
    unserved.ticket = TicketNumber::parse(u"B-003"_s);
    CHECK(
        store.importPaper({unserved}, u"survey.csv"_s).error().message ==
        u"survey.csv: line 3: ticket: B-003 of 2026-11-23 was not served (waiting): only served tickets can "
        u"be rated"_s);
    PaperResponse unknown = withTicket;
    unknown.ticket = TicketNumber::parse(u"B-009"_s);
    const auto unknownRefused = store.importPaper({unknown}, u"survey.csv"_s);
    CHECK(unknownRefused.error().code == ErrorCode::UnknownTicket);
    CHECK(unknownRefused.error().message == u"survey.csv: line 3: ticket: no ticket B-009 on 2026-11-23"_s);
}

TEST_CASE("survey: the IKM per hall and per group, with the sample of the served", "[survey]")
{
    TestHall hall;
    serveMonday(hall, 3);
    SurveyStore store(*hall.db, hall.clock);
    REQUIRE(store.record(responseFor(u"B-001"_s)).ok());
    REQUIRE(store
                .record(responseFor(
                    u"B-002"_s,
                    u"persyaratan=3,prosedur=3,waktu=2,biaya=4,produk=3,kompetensi=3,perilaku=3,pengaduan=2,"
                    u"sarana=3"_s))
                .ok());
    PaperResponse paper;
    paper.line = 2;
    paper.date = TestHall::monday();
    paper.serviceCode = u"S1"_s;
    paper.answers = answers(
        u"persyaratan=1,prosedur=1,waktu=1,biaya=1,produk=1,kompetensi=1,perilaku=1,pengaduan=1,sarana=1"_s);
    REQUIRE(store.importPaper({paper}, u"paper.csv"_s).ok());

    auto hallWide = store.ikm(TestHall::monday(), TestHall::monday(), IkmGrouping::None);
    REQUIRE(hallWide.ok());
    const IkmGroup& total = hallWide.value().total;
    CHECK(total.responses() == 3);
    CHECK(total.population == 3);
    CHECK(total.sampleNeeded() == 3);
    // Σ scores 36 + 26 + 9 = 71 over 3 responses: 2500 × 71 / 27 = 6574.07
    CHECK(total.ikmHundredths() == 6574);
    CHECK(total.band() == IkmBand::C);
    CHECK(hallWide.value().groups.isEmpty());

    auto byService = store.ikm(TestHall::monday(), TestHall::monday(), IkmGrouping::Service);
    REQUIRE(byService.ok());
    REQUIRE(byService.value().groups.size() == 2);
    CHECK(byService.value().groups.at(0).key == u"S1"_s);
    CHECK(byService.value().groups.at(0).responses() == 1);
    CHECK(byService.value().groups.at(0).population == 0);
    CHECK(byService.value().groups.at(0).ikmHundredths() == 2500);
    CHECK(byService.value().groups.at(1).key == u"S2"_s);
    CHECK(byService.value().groups.at(1).population == 3);
    CHECK(byService.value().groups.at(1).ikmHundredths() == 8611); // 62 / 18 × 25 = 86.11
    CHECK(IkmExport::sampleText(byService.value().groups.at(1)) == u"2 of 3 responses needed"_s);

    auto byStaff = store.ikm(TestHall::monday(), TestHall::monday(), IkmGrouping::Staff);
    REQUIRE(byStaff.ok());
    REQUIRE(byStaff.value().groups.size() == 2);
    CHECK(byStaff.value().groups.at(0).key == u"OFF2"_s);
    CHECK(byStaff.value().groups.at(0).responses() == 2);
    CHECK(byStaff.value().groups.at(1).key.isEmpty()); // the paper form without a ticket
    CHECK(byStaff.value().groups.at(1).responses() == 1);

    auto otherDay =
        store.ikm(TestHall::monday().addDays(1), TestHall::monday().addDays(2), IkmGrouping::Agency);
    REQUIRE(otherDay.ok());
    CHECK(otherDay.value().total.responses() == 0);
    CHECK(otherDay.value().groups.isEmpty());

    // A long period is read by scanning the tables (not through the day index): the same figures as the
    // day's, and still only the period's rows.
    for (const IkmGrouping by : {IkmGrouping::None, IkmGrouping::Service, IkmGrouping::Agency,
                                 IkmGrouping::Counter, IkmGrouping::Staff}) {
        auto day = store.ikm(TestHall::monday(), TestHall::monday(), by);
        auto year = store.ikm(TestHall::monday().addDays(-200), TestHall::monday().addDays(165), by);
        auto before = store.ikm(TestHall::monday().addDays(-200), TestHall::monday().addDays(-1), by);
        REQUIRE(day.ok());
        REQUIRE(year.ok());
        REQUIRE(before.ok());
        CHECK(year.value().total.responses() == day.value().total.responses());
        CHECK(year.value().total.population == day.value().total.population);
        CHECK(year.value().total.ikmHundredths() == day.value().total.ikmHundredths());
        REQUIRE(year.value().groups.size() == day.value().groups.size());
        for (qsizetype i = 0; i < day.value().groups.size(); ++i) {
            CHECK(year.value().groups.at(i).key == day.value().groups.at(i).key);
            CHECK(year.value().groups.at(i).responses() == day.value().groups.at(i).responses());
            CHECK(year.value().groups.at(i).population == day.value().groups.at(i).population);
            CHECK(year.value().groups.at(i).ikmHundredths() == day.value().groups.at(i).ikmHundredths());
        }
        CHECK(before.value().total.responses() == 0);
        CHECK(before.value().total.population == 0);
    }

    auto suggestions = store.suggestions(TestHall::monday(), TestHall::monday(), 10);
    REQUIRE(suggestions.ok());
    CHECK(suggestions.value().newest.isEmpty());
    CHECK(suggestions.value().total == 0);
}
