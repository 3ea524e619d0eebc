#include "core/AuditLog.h"
#include "core/ConfigIo.h"
#include "core/HallStore.h"
#include "core/complaint/ComplaintReport.h"
#include "core/complaint/ComplaintRules.h"
#include "core/services/AuditService.h"
#include "core/services/ComplaintService.h"
#include "core/services/ConfigService.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

NewComplaint complaint(ComplaintCategory category = ComplaintCategory::Waktu,
                       ComplaintChannel channel = ComplaintChannel::DatangLangsung)
{
    NewComplaint c;
    c.category = category;
    c.channel = channel;
    c.text = u"Antrean terlalu lama."_s;
    return c;
}

int eventsOf(TestHall& hall, EventKind kind)
{
    auto q = Database::run(hall.db->sql(), u"SELECT count(*) FROM events WHERE kind = ?"_s, {toString(kind)});
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toInt();
}

ComplaintUpdate to(ComplaintStatus status, const QString& note = {})
{
    ComplaintUpdate u;
    u.status = status;
    u.note = note;
    return u;
}

} // namespace

TEST_CASE("complaints: due days count working days, skipping weekends and holidays", "[complaint]")
{
    const WorkingCalendar plain;
    const QDate friday(2026, 11, 27);
    CHECK(plain.addWorkingDays(friday, 2) == QDate(2026, 12, 1));               // Tuesday
    CHECK(plain.addWorkingDays(QDate(2026, 11, 28), 2) == QDate(2026, 12, 1));  // received Saturday
    CHECK(plain.addWorkingDays(QDate(2026, 11, 23), 5) == QDate(2026, 11, 30)); // Monday + 5 = Monday
    CHECK(plain.addWorkingDays(friday, 0) == friday);
    CHECK_FALSE(plain.isWorkingDay(QDate(2026, 11, 29)));

    // Christmas on Friday and the day after a long weekend off.
    const WorkingCalendar hall({QDate(2026, 12, 25), QDate(2026, 12, 28)});
    CHECK_FALSE(hall.isWorkingDay(QDate(2026, 12, 25)));
    CHECK(hall.addWorkingDays(QDate(2026, 12, 24), 1) == QDate(2026, 12, 29));
    CHECK(hall.addWorkingDays(QDate(2026, 12, 24), 2) == QDate(2026, 12, 30));
    CHECK(hall.workingDaysBetween(QDate(2026, 12, 24), QDate(2026, 12, 30)) == 2);
    // 14 working days from Monday 14 December: three weeks less the two holidays.
    CHECK(hall.addWorkingDays(QDate(2026, 12, 14), 14) == QDate(2027, 1, 5));
}

TEST_CASE("complaints: which status may follow which", "[complaint]")
{
    using S = ComplaintStatus;
    const QList<std::pair<S, S>> allowed{{S::Diterima, S::Diverifikasi},
                                         {S::Diterima, S::Ditolak},
                                         {S::Diverifikasi, S::Ditindaklanjuti},
                                         {S::Diverifikasi, S::Dijawab},
                                         {S::Diverifikasi, S::Ditolak},
                                         {S::Ditindaklanjuti, S::Dijawab},
                                         {S::Dijawab, S::Selesai},
                                         {S::Dijawab, S::Ditindaklanjuti}};
    for (const S from : allComplaintStatuses())
        for (const S next : allComplaintStatuses()) {
            INFO(toKey(from).toStdString() << " -> " << toKey(next).toStdString());
            CHECK(ComplaintRules::canMove(from, next) == allowed.contains({from, next}));
        }
    CHECK(ComplaintRules::isFinal(S::Selesai));
    CHECK(ComplaintRules::isFinal(S::Ditolak));
    CHECK_FALSE(ComplaintRules::isFinal(S::Dijawab));
    CHECK(ComplaintRules::reference(2026, 42) == u"ADU-2026-00042"_s);
    CHECK(ComplaintRules::reference(2026, 123456) == u"ADU-2026-123456"_s);
    for (const auto channel : allComplaintChannels())
        CHECK(complaintChannelFromKey(toKey(channel)) == channel);
    for (const auto category : allComplaintCategories())
        CHECK(complaintCategoryFromKey(toKey(category)) == category);
    for (const auto sla : allSlaClasses())
        CHECK(slaClassFromKey(toKey(sla)) == sla);
    CHECK_FALSE(complaintStatusFromKey(u"Diterima"_s).has_value());
}

TEST_CASE("complaints: references are gapless per year", "[complaint]")
{
    TestHall hall;
    ComplaintService& complaints = hall.services().complaints;
    for (int i = 1; i <= 3; ++i) {
        auto added = complaints.add(complaint());
        REQUIRE(added.ok());
        CHECK(added.value().reference == ComplaintRules::reference(2026, i));
    }
    // A refused complaint takes no number.
    NewComplaint bad = complaint();
    bad.text = u"   "_s;
    CHECK(complaints.add(bad).error().code == ErrorCode::BadText);
    CHECK(complaints.add(complaint()).value().reference == u"ADU-2026-00004"_s);
    // A new year starts again at 1.
    hall.setLocal(QDate(2027, 1, 4), QTime(9, 0));
    CHECK(complaints.add(complaint()).value().reference == u"ADU-2027-00001"_s);
    CHECK(complaints.list().value().size() == 5);
}

TEST_CASE("complaints: references stay gapless with writers on two connections at once", "[complaint]")
{
    TestHall hall;
    REQUIRE(hall.services().complaints.add(complaint()).ok()); // the schema and hall are ready
    constexpr int kEach = 8;
    std::vector<std::thread> writers;
    std::atomic<int> failures{0};
    for (int w = 0; w < 2; ++w)
        writers.emplace_back([&] {
            ManualClock clock(hall.clock.now());
            auto opened = Hall::open(hall.path(), clock);
            if (!opened.ok()) {
                ++failures;
                return;
            }
            for (int i = 0; i < kEach; ++i)
                if (!opened.value()->services().complaints.add(complaint()).ok())
                    ++failures;
        });
    for (auto& writer : writers)
        writer.join();
    CHECK(failures == 0);
    auto q = Database::run(hall.db->sql(), u"SELECT count(*), MIN(seq), MAX(seq) FROM complaints"_s);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    CHECK(q.value().value(0).toInt() == 2 * kEach + 1);
    CHECK(q.value().value(1).toInt() == 1);
    CHECK(q.value().value(2).toInt() == 2 * kEach + 1);
}

TEST_CASE("complaints: the SLA class gives the due day, with the hall's holidays and days", "[complaint]")
{
    HallConfig config = TestHall::smallConfig();
    config.site.holidays = {QDate(2026, 11, 24)};
    config.site.complaintSla.sedang = 3;
    TestHall hall(config);
    ComplaintService& complaints = hall.services().complaints;
    // Monday 23 November; Tuesday is a holiday.
    auto waiting = complaints.add(complaint(ComplaintCategory::Waktu)); // sedang: 3 days
    REQUIRE(waiting.ok());
    CHECK(waiting.value().sla == SlaClass::Sedang);
    CHECK(waiting.value().receivedDay == QDate(2026, 11, 23));
    CHECK(waiting.value().dueDay == QDate(2026, 11, 27));
    auto fee = complaints.add(complaint(ComplaintCategory::Biaya)); // berat: 14 days
    CHECK(fee.value().sla == SlaClass::Berat);
    CHECK(fee.value().dueDay == QDate(2026, 12, 14));
    NewComplaint inspection = complaint();
    inspection.sla = SlaClass::PerluPemeriksaan;
    CHECK(complaints.add(inspection).value().dueDay ==
          WorkingCalendar({QDate(2026, 11, 24)}).addWorkingDays(QDate(2026, 11, 23), 60));
    // Reclassified at verification: the due day follows from the day of receipt.
    ComplaintUpdate light = to(ComplaintStatus::Diverifikasi);
    light.sla = SlaClass::Ringan;
    auto reclassified = complaints.update(waiting.value().reference, light);
    REQUIRE(reclassified.ok());
    CHECK(reclassified.value().dueDay == QDate(2026, 11, 26));
    CHECK(eventsOf(hall, EventKind::ComplaintReclassified) == 1);
}

TEST_CASE("complaints: the desk's path, each change an audit event", "[complaint]")
{
    TestHall hall;
    ComplaintService& complaints = hall.services().complaints;
    const QString ref = complaints.add(complaint()).value().reference;
    CHECK(eventsOf(hall, EventKind::ComplaintReceived) == 1);

    ComplaintUpdate verify = to(ComplaintStatus::Diverifikasi, u"Benar keluhan layanan S1."_s);
    verify.assignStaff = u"OFF1"_s;
    verify.actorId = u"SPV"_s;
    auto verified = complaints.update(ref, verify);
    REQUIRE(verified.ok());
    CHECK(verified.value().status == ComplaintStatus::Diverifikasi);
    CHECK(verified.value().assignedStaff == u"OFF1"_s);
    CHECK(verified.value().notes.size() == 1);
    CHECK(verified.value().notes.first().staffId == u"SPV"_s);
    CHECK(eventsOf(hall, EventKind::ComplaintAssigned) == 1);
    CHECK(eventsOf(hall, EventKind::ComplaintStatusChanged) == 1);
    CHECK(eventsOf(hall, EventKind::ComplaintNoted) == 1);

    REQUIRE(complaints.update(ref, to(ComplaintStatus::Ditindaklanjuti)).ok());
    // Answered without the answer: refused.
    auto noAnswer = complaints.update(ref, to(ComplaintStatus::Dijawab));
    CHECK(noAnswer.error().kind == ErrorKind::Refused);
    CHECK(noAnswer.error().code == ErrorCode::IllegalTransition);
    hall.clock.advanceMs(2 * 24 * 3600 * 1000LL);
    ComplaintUpdate answer = to(ComplaintStatus::Dijawab);
    answer.answer = u"Petugas tambahan dijadwalkan pada hari Senin."_s;
    auto answered = complaints.update(ref, answer);
    REQUIRE(answered.ok());
    CHECK(answered.value().answeredDay == QDate(2026, 11, 25));
    CHECK(answered.value().answeredWithinSla());
    CHECK(eventsOf(hall, EventKind::ComplaintAnswered) == 1);
    REQUIRE(complaints.update(ref, to(ComplaintStatus::Selesai)).ok());
    CHECK(eventsOf(hall, EventKind::ComplaintStatusChanged) == 4);

    // Closed: only notes.
    auto reopen = complaints.update(ref, to(ComplaintStatus::Ditindaklanjuti));
    CHECK(reopen.error().kind == ErrorKind::Refused);
    auto noted = complaints.update(ref, to(ComplaintStatus::Selesai, u"Warga menyampaikan terima kasih."_s));
    REQUIRE(noted.ok());
    CHECK(noted.value().notes.size() == 2);
    CHECK(complaints.update(ref, to(ComplaintStatus::Selesai)).error().kind == ErrorKind::NothingToDo);
    CHECK(hall.services().audit.verify().ok());
}

TEST_CASE("complaints: refused steps and rejections", "[complaint]")
{
    TestHall hall;
    ComplaintService& complaints = hall.services().complaints;
    const QString ref = complaints.add(complaint()).value().reference;
    for (const auto status :
         {ComplaintStatus::Ditindaklanjuti, ComplaintStatus::Dijawab, ComplaintStatus::Selesai}) {
        INFO(toKey(status).toStdString());
        auto r = complaints.update(ref, to(status));
        CHECK(r.error().kind == ErrorKind::Refused);
        CHECK(r.error().code == ErrorCode::IllegalTransition);
        CHECK(r.error().message.contains(u"diverifikasi"_s)); // says what may come next
    }
    ComplaintUpdate early = to(ComplaintStatus::Diverifikasi);
    early.answer = u"Jawaban"_s;
    CHECK(complaints.update(ref, early).error().kind == ErrorKind::Refused);
    CHECK(complaints.update(ref, to(ComplaintStatus::Ditolak)).error().kind == ErrorKind::Refused);
    ComplaintUpdate ghost = to(ComplaintStatus::Diverifikasi);
    ghost.assignStaff = u"GHOST"_s;
    CHECK(complaints.update(ref, ghost).error().code == ErrorCode::UnknownStaff);
    CHECK(complaints.update(u"ADU-2026-99999"_s, to(ComplaintStatus::Diverifikasi)).error().code ==
          ErrorCode::UnknownComplaint);
    CHECK(eventsOf(hall, EventKind::ComplaintStatusChanged) == 0);

    auto rejected =
        complaints.update(ref.toLower(), to(ComplaintStatus::Ditolak, u"Bukan kewenangan MPP."_s));
    REQUIRE(rejected.ok());
    CHECK(rejected.value().status == ComplaintStatus::Ditolak);
    CHECK(rejected.value().rejectReason == u"Bukan kewenangan MPP."_s);
    CHECK(rejected.value().closedAt.isValid());
    auto events = AuditLog::range(hall.db->sql(), hall.clock.now().addDays(-1), hall.clock.now().addDays(1),
                                  {EventKind::ComplaintStatusChanged});
    REQUIRE(events.ok());
    REQUIRE(events.value().size() == 1);
    CHECK(events.value().first().data.value(u"reason"_s).toString() == u"Bukan kewenangan MPP."_s);
}

TEST_CASE("complaints: hostile text is refused with the field named", "[complaint]")
{
    TestHall hall;
    ComplaintService& complaints = hall.services().complaints;
    const QList<std::pair<QString, QString>> texts{{u"bell"_s, u"ada\u0007bel"_s},
                                                   {u"noncharacter"_s, u"teks \uFFFE"_s},
                                                   {u"100 KB"_s, QString(100 * 1024, u'x')}};
    for (const auto& [what, text] : texts) {
        INFO(what.toStdString());
        NewComplaint c = complaint();
        c.text = text;
        auto r = complaints.add(c);
        CHECK(r.error().kind == ErrorKind::BadInput);
        CHECK(r.error().code == ErrorCode::BadText);
        CHECK(r.error().message.startsWith(u"text: "_s));
        c = complaint();
        c.contact = text;
        CHECK(complaints.add(c).error().message.startsWith(u"contact: "_s));
    }
    const QString ref = complaints.add(complaint()).value().reference;
    CHECK(complaints.update(ref, to(ComplaintStatus::Diverifikasi, u"x\u0001"_s))
              .error()
              .message.startsWith(u"note: "_s));
    NewComplaint lapor = complaint(ComplaintCategory::Waktu, ComplaintChannel::Lapor);
    CHECK(complaints.add(lapor).error().message.startsWith(u"lapor-id: "_s));
    lapor.laporId = u"LAP1234567"_s;
    CHECK(complaints.add(lapor).value().laporId == u"LAP1234567"_s);
    NewComplaint notLapor = complaint();
    notLapor.laporId = u"LAP1"_s;
    CHECK(complaints.add(notLapor).error().kind == ErrorKind::BadInput);
    CHECK(complaints.list().value().size() == 2);
}

TEST_CASE("complaints: a text of only invisible characters is refused like an empty one", "[complaint]")
{
    TestHall hall;
    ComplaintService& complaints = hall.services().complaints;
    // Each looks empty in the desk's list and on the citizen's receipt.
    const QList<std::pair<QString, QString>> blanks{
        {u"empty"_s, QString()},
        {u"spaces and tabs"_s, u"  \t \n "_s},
        {u"no-break spaces"_s, u"\u00A0\u00A0"_s},
        {u"zero-width space"_s, u"\u200B"_s},
        {u"zero-width joiner and non-joiner"_s, u"\u200D\u200C"_s},
        {u"word joiner"_s, u"\u2060\u2060"_s},
        {u"byte-order mark inside"_s, u" \uFEFF"_s},
        {u"direction marks"_s, u"\u200E\u200F\u202E"_s},
        {u"ideographic space and ZWSP"_s, u"\u3000\u200B\u3000"_s},
        {u"Hangul filler"_s, u"\u3164"_s},
    };
    for (const auto& [what, text] : blanks) {
        INFO(what.toStdString());
        NewComplaint c = complaint();
        c.text = text;
        auto r = complaints.add(c);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::BadInput);
        CHECK(r.error().code == ErrorCode::BadText);
        CHECK(r.error().message.startsWith(u"text: "_s));
    }
    NewComplaint zwsp = complaint();
    zwsp.text = u"\u200B\u2060"_s;
    CHECK(complaints.add(zwsp).error().message ==
          u"text: contains only invisible characters (U+200B, U+2060)"_s);
    // A noncharacter is named for what it is, before anything else.
    zwsp.text = u"\uFFFF"_s;
    CHECK(complaints.add(zwsp).error().message.startsWith(u"text: contains U+FFFF"_s));
    // Visible text with invisible characters in it is kept as it is.
    NewComplaint joined = complaint();
    joined.text = u"Antrean\u200Blama \U0001F468\u200D\U0001F469"_s;
    auto kept = complaints.add(joined);
    REQUIRE(kept.ok());
    CHECK(complaints.find(kept.value().reference).value().text == joined.text);
    CHECK(complaints.list().value().size() == 1);

    // The desk's texts: a reason, a note or an answer of zero-width spaces says nothing either.
    const QString ref = kept.value().reference;
    auto reason = complaints.update(ref, to(ComplaintStatus::Ditolak, u"\u200B\u200B"_s));
    REQUIRE_FALSE(reason.ok());
    CHECK(reason.error().code == ErrorCode::BadText);
    CHECK(reason.error().message.startsWith(u"note: "_s));
    CHECK(complaints.update(ref, to(ComplaintStatus::Diverifikasi, u"\u2060"_s)).error().code ==
          ErrorCode::BadText);
    REQUIRE(complaints.update(ref, to(ComplaintStatus::Diverifikasi)).ok());
    ComplaintUpdate answer = to(ComplaintStatus::Dijawab);
    answer.answer = u"\uFEFF\u200B"_s;
    CHECK(complaints.update(ref, answer).error().message.startsWith(u"answer: "_s));
    CHECK(complaints.find(ref).value().status == ComplaintStatus::Diverifikasi);
}

TEST_CASE("complaints: a ticket links its service, agency and booth", "[complaint]")
{
    TestHall hall;
    ComplaintService& complaints = hall.services().complaints;
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    REQUIRE(hall.engine->openCounter(u"L2"_s, u"OFF1"_s).ok());
    REQUIRE(hall.engine->callNext(u"L2"_s).ok());
    NewComplaint c = complaint();
    c.ticket = u"A-001"_s;
    auto added = complaints.add(c);
    REQUIRE(added.ok());
    CHECK(added.value().ticket == u"A-001"_s);
    CHECK(added.value().ticketId > 0);
    CHECK(added.value().service == u"S1"_s);
    CHECK(added.value().agency == u"AG1"_s);
    CHECK(added.value().counter == u"L2"_s);
    c.ticket = u"A-002"_s;
    CHECK(complaints.add(c).error().code == ErrorCode::UnknownTicket);
    c.ticket.clear();
    c.service = u"NOPE"_s;
    CHECK(complaints.add(c).error().code == ErrorCode::UnknownService);
    // A week later the ticket is too old to name.
    hall.setLocal(TestHall::monday().addDays(8), QTime(9, 0));
    c.service.clear();
    c.ticket = u"A-001"_s;
    CHECK(complaints.add(c).error().code == ErrorCode::UnknownTicket);
}

TEST_CASE("complaints: the report counts, the median time to answer and the SLA share", "[complaint]")
{
    TestHall hall;
    ComplaintService& complaints = hall.services().complaints;
    // Monday: three complaints (sedang: due Monday 30 November).
    QStringList refs;
    NewComplaint first = complaint(ComplaintCategory::Waktu, ComplaintChannel::Kiosk);
    first.service = u"S1"_s;
    refs << complaints.add(first).value().reference;
    refs
        << complaints.add(complaint(ComplaintCategory::Petugas, ComplaintChannel::Telepon)).value().reference;
    refs << complaints.add(complaint(ComplaintCategory::Waktu, ComplaintChannel::Kiosk)).value().reference;
    auto answer = [&](const QString& ref) {
        REQUIRE(complaints.update(ref, to(ComplaintStatus::Diverifikasi)).ok());
        ComplaintUpdate a = to(ComplaintStatus::Dijawab);
        a.answer = u"Sudah ditindaklanjuti."_s;
        REQUIRE(complaints.update(ref, a).ok());
    };
    hall.clock.advanceMs(24 * 3600 * 1000LL); // answered after one day
    answer(refs[0]);
    hall.setLocal(QDate(2026, 12, 2), QTime(9, 0)); // after 9 days: late
    answer(refs[1]);
    // The third is still waiting, past its due day.
    auto report = complaints.report(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(report.ok());
    const ComplaintReport& r = report.value();
    CHECK(r.received == 3);
    CHECK(r.answered == 2);
    CHECK(r.overdue == 1);
    CHECK(r.open == 3);
    CHECK(r.slaDecided == 3);
    CHECK(r.withinSla == 1);
    CHECK(r.percentWithinSla == 33.3);
    CHECK(r.medianDaysToAnswer == 5.0); // 1 and 9 days
    CHECK(r.byCategory.value(1) ==
          ComplaintCount{u"waktu"_s, ComplaintLabels::category(ComplaintCategory::Waktu), 2});
    CHECK(r.byChannel.first() ==
          ComplaintCount{u"kiosk"_s, ComplaintLabels::channel(ComplaintChannel::Kiosk), 2});
    REQUIRE(r.byAgency.size() == 2);
    CHECK(r.byAgency.at(0).key.isEmpty());
    CHECK(r.byAgency.at(0).count == 2);
    CHECK(r.byAgency.at(1).key == u"AG1"_s);
    CHECK(r.byStatus.at(3).count == 2); // dijawab
    CHECK(r.complaints.size() == 3);
    CHECK(r.complaints.first().reference == refs[0]);
    const QJsonObject json = ComplaintReportBuilder::toJson(r);
    CHECK(json.value(u"percent_within_sla"_s).toDouble() == 33.3);
    CHECK(json.value(u"complaints"_s).toArray().size() == 3);
    CHECK(ComplaintReportBuilder::toCsv(r).contains("ADU-2026-00003"));
    CHECK(ComplaintReportBuilder::toText(r).contains(u"ADU-2026-00002"_s));
    // December has none.
    CHECK(complaints.report(QDate(2026, 12, 1), QDate(2026, 12, 31)).value().received == 0);

    auto backlog = complaints.backlog();
    REQUIRE(backlog.ok());
    CHECK(backlog.value().open == 3);
    CHECK(backlog.value().overdue == 1);
    CHECK(backlog.value().overdueComplaints.first().reference == refs[2]);
    ComplaintFilter overdue;
    overdue.overdueOnly = true;
    CHECK(complaints.list(overdue).value().size() == 1);
    ComplaintFilter answered;
    answered.status = ComplaintStatus::Dijawab;
    CHECK(complaints.list(answered).value().size() == 2);
}

TEST_CASE("complaints: the holidays and SLA days are part of the configuration", "[complaint][config]")
{
    HallConfig config = TestHall::smallConfig();
    config.site.holidays = {QDate(2026, 12, 25), QDate(2027, 1, 1)};
    config.site.complaintSla = {1, 4, 10, 30};
    TestHall hall(config);
    auto loaded = hall.services().configs.load();
    REQUIRE(loaded.ok());
    CHECK(loaded.value().site.holidays == config.site.holidays);
    CHECK(loaded.value().site.complaintSla == config.site.complaintSla);
    // Through the file's JSON and back.
    const QByteArray json = ConfigIo::toJsonBytes(loaded.value());
    CHECK(json.contains("\"holidays\""));
    CHECK(json.contains("\"perlu_pemeriksaan\": 30"));
    auto parsed = ConfigIo::parse(json, u"hall.json"_s);
    REQUIRE(parsed.ok());
    CHECK(parsed.value().site.holidays == config.site.holidays);
    CHECK(parsed.value().site.complaintSla == config.site.complaintSla);
    // The defaults are not written: a hall without them exports what it always did.
    const QByteArray plain = ConfigIo::toJsonBytes(TestHall::smallConfig());
    CHECK_FALSE(plain.contains("holidays"));
    CHECK_FALSE(plain.contains("complaint_sla_days"));
    // Back to none.
    REQUIRE(hall.services().configs.import(TestHall::smallConfig()).ok());
    CHECK(hall.services().configs.load().value().site.holidays.isEmpty());
    CHECK(hall.services().configs.load().value().site.complaintSla == ComplaintSlaDays{});
}

TEST_CASE("complaints: bad holidays and SLA days in a configuration file", "[complaint][config]")
{
    QJsonObject root = ConfigIo::toJson(TestHall::smallConfig());
    QJsonObject site = root.value(u"site"_s).toObject();
    site.insert(u"holidays"_s, QJsonArray{u"2026-12-25"_s, u"2026-13-01"_s, u"2026-12-25"_s});
    site.insert(u"complaint_sla_days"_s, QJsonObject{{u"ringan"_s, 0}, {u"sedng"_s, 5}});
    root.insert(u"site"_s, site);
    auto parsed = ConfigIo::parse(QJsonDocument(root).toJson(), u"hall.json"_s);
    REQUIRE_FALSE(parsed.ok());
    const QString message = parsed.error().message;
    INFO(message.toStdString());
    CHECK(message.contains(u"site.holidays[1]"_s));
    CHECK(message.contains(u"site.complaint_sla_days"_s));
    CHECK(message.contains(u"sedng"_s));
}
