#include "core/services/ComplaintService.h"
#include "core/survey/SurveyElements.h"
#include "kiosk_ui/VoicePage.h"
#include "tests/support/SqlCount.h"
#include "tests/ui/kiosk/KioskTestSupport.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::kiosk;
using namespace antre::kiosk::test;

namespace {

// Serves `count` tickets of S2 (B-…) at L3 on Monday morning; `waiting` more stay in the queue.
void serveMonday(KioskFixture& kiosk, int count, int waiting = 0)
{
    auto& hall = kiosk.hall;
    hall.setLocal(antre::test::TestHall::monday(), QTime(8, 0));
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    for (int i = 0; i < count + waiting; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    for (int i = 0; i < count; ++i) {
        REQUIRE(hall.engine->callNext(u"L3"_s).ok());
        REQUIRE(hall.engine->startServing(u"L3"_s).ok());
        hall.clock.advanceSecs(120);
        REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Completed).ok());
    }
    kiosk.window->refresh();
}

void enableVoice(KioskFixture& kiosk)
{
    HallServices& services = kiosk.hall.services();
    kiosk.window->enableVoice(services.survey, services.complaints);
}

void openTicketEntry(KioskFixture& kiosk)
{
    kiosk.tap(u"homeVoice"_s);
    REQUIRE(kiosk.window->currentScreen() == u"voice"_s);
    kiosk.tap(u"voiceRate"_s);
    REQUIRE(kiosk.window->currentScreen() == u"voice:ticket"_s);
}

// Types like a USB barcode scanner: the text, then Enter.
void scan(KioskFixture& kiosk, const QString& text)
{
    auto* input = kiosk.find<QLineEdit>(u"voiceTicketInput"_s);
    input->clear();
    QTest::keyClicks(input, text);
    QTest::keyClick(input, Qt::Key_Return);
}

qint64 responseCount(KioskFixture& kiosk)
{
    return antre::test::count(*kiosk.hall.db, u"SELECT COUNT(*) FROM survey_responses"_s);
}

// The score the test gives to the element asked at `position`: different neighbours, so a mix-up of
// screen order and element shows.
int scoreAt(int position)
{
    return position % 4 + 1;
}

} // namespace

TEST_CASE("kiosk voice: the start screen offers the survey and the complaint form", "[kiosk][voice]")
{
    KioskFixture kiosk;
    CHECK_FALSE(kiosk.find(u"homeVoice"_s)->isVisible());
    enableVoice(kiosk);
    // "&&": one ampersand on the button, not a keyboard shortcut.
    CHECK(kiosk.find<QPushButton>(u"homeVoice"_s)->text() == u"Survei && Pengaduan"_s);
    kiosk.tap(u"homeVoice"_s);
    CHECK(kiosk.window->currentScreen() == u"voice"_s);
    CHECK(kiosk.find<QPushButton>(u"voiceRate"_s)->text() == u"Nilai layanan"_s);
    CHECK(kiosk.find<QPushButton>(u"voiceComplain"_s)->text() == u"Sampaikan pengaduan"_s);
    kiosk.tap(u"voiceComplain"_s);
    CHECK(kiosk.window->currentScreen() == u"voice:complaint"_s);
    kiosk.tap(u"complaintBack"_s);
    kiosk.tap(u"voiceHome"_s);
    CHECK(kiosk.window->currentScreen() == u"home"_s);
}

TEST_CASE("kiosk voice: unknown and unserved tickets are refused with a clear message", "[kiosk][voice]")
{
    KioskFixture kiosk;
    serveMonday(kiosk, 1, 1); // B-001 served, B-002 waiting
    enableVoice(kiosk);
    openTicketEntry(kiosk);
    auto* problem = kiosk.find<QLabel>(u"voiceTicketProblem"_s);

    scan(kiosk, u"B-099"_s);
    CHECK(kiosk.window->currentScreen() == u"voice:ticket"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"tidak ditemukan"_s));

    scan(kiosk, u"B-002"_s);
    CHECK(kiosk.window->currentScreen() == u"voice:ticket"_s);
    CHECK(problem->text().contains(u"belum dilayani"_s));

    scan(kiosk, u"bukan nomor"_s);
    CHECK(problem->text().contains(u"bukan nomor antrean"_s));
    CHECK(responseCount(kiosk) == 0);
}

TEST_CASE("kiosk voice: a full survey is stored by element, whatever the order of the screens",
          "[kiosk][voice]")
{
    KioskFixture kiosk;
    serveMonday(kiosk, 1);
    enableVoice(kiosk);
    openTicketEntry(kiosk);

    SECTION("typed on the number pad")
    {
        kiosk.tap(u"voiceKey_B"_s);
        kiosk.tap(u"voiceKey_1"_s);
        kiosk.tap(u"voiceTicketOk"_s);
    }
    SECTION("scanned from the ticket's QR code")
    {
        scan(kiosk, u"ANTRE:2026-11-23:B-001"_s);
    }
    REQUIRE(kiosk.window->currentScreen() == u"voice:survey"_s);
    const auto& order = SurveyQuestionnaire::questionOrder();
    for (int i = 0; i < kSurveyElementCount; ++i) {
        CHECK(kiosk.find<QLabel>(u"surveyProgress"_s)->text() == u"%1 dari 9"_s.arg(i + 1));
        const SurveyElement element = order.at(std::size_t(i));
        CHECK(kiosk.find<QLabel>(u"surveyQuestion"_s)->text() == SurveyQuestionnaire::question(element));
        CHECK(kiosk.find<QPushButton>(u"surveyAnswer_1"_s)->text() ==
              SurveyQuestionnaire::answerLabel(element, 1));
        kiosk.tap(u"surveyAnswer_%1"_s.arg(scoreAt(i)));
    }
    // A landscape kiosk asks the profile one question at a time (sex, age, education, occupation).
    kiosk.tap(u"surveyProfile_sex_p"_s);
    kiosk.tap(u"surveyProfileNext"_s);
    kiosk.tap(u"surveyProfile_age_31-40"_s);
    for (int part = 0; part < 3; ++part)
        kiosk.tap(u"surveyProfileNext"_s);
    QTest::keyClicks(kiosk.find(u"surveySaran"_s), u"Ruang tunggu kurang kursi"_s);
    kiosk.tap(u"surveySend"_s);
    CHECK(kiosk.window->currentScreen() == u"voice:thanks"_s);

    QSqlQuery q(kiosk.hall.db->sql());
    REQUIRE(q.exec(u"SELECT "_s + SurveyQuestionnaire::codes().join(u", "_s) +
                   u", sex, age_band, education, saran, source FROM survey_responses"_s));
    REQUIRE(q.next());
    for (int i = 0; i < kSurveyElementCount; ++i) {
        const SurveyElement element = order.at(std::size_t(i));
        INFO("element " << SurveyQuestionnaire::code(element).toStdString());
        CHECK(q.value(SurveyQuestionnaire::index(element)).toInt() == scoreAt(i));
    }
    CHECK(q.value(9).toString() == u"p"_s);
    CHECK(q.value(10).toString() == u"31-40"_s);
    CHECK(q.value(11).toString().isEmpty());
    CHECK(q.value(12).toString() == u"Ruang tunggu kurang kursi"_s);
    CHECK(q.value(13).toString() == u"kiosk"_s);
    CHECK_FALSE(q.next());

    kiosk.tap(u"voiceDoneButton"_s);
    CHECK(kiosk.window->currentScreen() == u"home"_s);
    // The same visit once more: already rated.
    openTicketEntry(kiosk);
    scan(kiosk, u"B-001"_s);
    CHECK(kiosk.window->currentScreen() == u"voice:ticket"_s);
    CHECK(kiosk.find<QLabel>(u"voiceTicketProblem"_s)->text().contains(u"sudah dinilai"_s));
}

TEST_CASE("kiosk voice: back on a question goes to the previous one and keeps its answer", "[kiosk][voice]")
{
    KioskFixture kiosk;
    serveMonday(kiosk, 1);
    enableVoice(kiosk);
    openTicketEntry(kiosk);
    scan(kiosk, u"B-001"_s);
    kiosk.tap(u"surveyAnswer_2"_s);
    CHECK(kiosk.find<QLabel>(u"surveyProgress"_s)->text() == u"2 dari 9"_s);
    kiosk.tap(u"surveyBack"_s);
    CHECK(kiosk.find<QLabel>(u"surveyProgress"_s)->text() == u"1 dari 9"_s);
    CHECK(kiosk.find(u"surveyAnswer_2"_s)->property("kiosk").toString() == u"primary"_s);
    kiosk.tap(u"surveyBack"_s);
    CHECK(kiosk.window->currentScreen() == u"voice:ticket"_s);
}

TEST_CASE("kiosk voice: idle time discards an unfinished survey", "[kiosk][voice]")
{
    KioskFixture kiosk({}, [](KioskSettings& s) { s.idleSeconds = 1; });
    serveMonday(kiosk, 1);
    enableVoice(kiosk);
    openTicketEntry(kiosk);
    scan(kiosk, u"B-001"_s);
    kiosk.tap(u"surveyAnswer_4"_s);
    kiosk.tap(u"surveyAnswer_4"_s);
    REQUIRE(kiosk.window->currentScreen() == u"voice:survey"_s);
    REQUIRE(waitUntil([&] { return kiosk.window->currentScreen() == u"home"_s; }, 5000));
    CHECK(responseCount(kiosk) == 0);
    openTicketEntry(kiosk);
    CHECK(kiosk.find<QLineEdit>(u"voiceTicketInput"_s)->text().isEmpty());
    scan(kiosk, u"B-001"_s);
    CHECK(kiosk.find<QLabel>(u"surveyProgress"_s)->text() == u"1 dari 9"_s);
}

TEST_CASE("kiosk voice: a complaint is recorded from the kiosk and its reference shown and printed",
          "[kiosk][voice]")
{
    KioskFixture kiosk;
    serveMonday(kiosk, 1);
    enableVoice(kiosk);
    kiosk.tap(u"homeVoice"_s);
    kiosk.tap(u"voiceComplain"_s);
    CHECK_FALSE(kiosk.find(u"complaintSubmit"_s)->isEnabled());
    kiosk.tap(u"complaintCategory_waktu"_s);
    QTest::keyClicks(kiosk.find(u"complaintText"_s), u"Menunggu dua jam tanpa dipanggil"_s);
    antre::test::typeInto(kiosk.window.get(), u"complaintContact"_s, u"0812 3456 7890"_s);
    antre::test::typeInto(kiosk.window.get(), u"complaintTicket"_s, u"b-001"_s);
    kiosk.tap(u"complaintSubmit"_s);
    REQUIRE(kiosk.window->currentScreen() == u"voice:complaint-done"_s);
    const QString reference = kiosk.find<QLabel>(u"voiceReference"_s)->text();
    CHECK(QRegularExpression(u"^ADU-2026-\\d{5}$"_s).match(reference).hasMatch());
    CHECK(kiosk.find<QLabel>(u"voiceDue"_s)->text().startsWith(u"Kami akan menjawab paling lambat"_s));

    auto found = kiosk.hall.services().complaints.find(reference);
    REQUIRE(found.ok());
    CHECK(found.value().channel == ComplaintChannel::Kiosk);
    CHECK(found.value().category == ComplaintCategory::Waktu);
    CHECK(found.value().ticket == u"B-001"_s);
    CHECK(found.value().contact == u"0812 3456 7890"_s);
    CHECK(kiosk.find<QLabel>(u"voiceDue"_s)->text().contains(QString::number(found.value().dueDay.day())));

    // The slip goes through the kiosk's printer (PDF here) with the reference.
    REQUIRE(waitUntil(
        [&] { return kiosk.find<QLabel>(u"voiceDoneNote"_s)->text().contains(u"telah dicetak"_s); }, 10000));
    CHECK(QDir(kiosk.pdfFolder()).entryList({u"*.pdf"_s}, QDir::Files).size() == 1);
    kiosk.tap(u"voiceDoneButton"_s);
    CHECK(kiosk.window->currentScreen() == u"home"_s);
}

TEST_CASE("kiosk voice: hostile complaint text is refused with a message and nothing is stored",
          "[kiosk][voice]")
{
    KioskFixture kiosk;
    enableVoice(kiosk);
    const QString text = GENERATE(QString(20000, u'a'), u"Budi\uFFFE"_s, u"\u200B\u200D"_s);
    kiosk.tap(u"homeVoice"_s);
    kiosk.tap(u"voiceComplain"_s);
    kiosk.tap(u"complaintCategory_lainnya"_s);
    kiosk.find<QPlainTextEdit>(u"complaintText"_s)->setPlainText(text);
    kiosk.tap(u"complaintSubmit"_s);
    CHECK(kiosk.window->currentScreen() == u"voice:complaint"_s);
    auto* problem = kiosk.find<QLabel>(u"complaintProblem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().startsWith(u"Pengaduan tidak terkirim"_s));
    auto listed = kiosk.hall.services().complaints.list();
    REQUIRE(listed.ok());
    CHECK(listed.value().isEmpty());
}

TEST_CASE("kiosk voice: ticket text from the pad, the keyboard or the QR code", "[kiosk][voice]")
{
    CHECK(VoicePage::parseTicket(u"B-001"_s)->first.toString() == u"B-001"_s);
    CHECK(VoicePage::parseTicket(u" b001 "_s)->first.toString() == u"B-001"_s);
    const auto qr = VoicePage::parseTicket(u"ANTRE:2026-11-23:K-012"_s);
    REQUIRE(qr);
    CHECK(qr->first.toString() == u"K-012"_s);
    CHECK(qr->second == QDate(2026, 11, 23));
    CHECK(!VoicePage::parseTicket(u"B-001"_s)->second.isValid());
    CHECK_FALSE(VoicePage::parseTicket(u"ANTRE:2026-13-40:K-012"_s));
    CHECK_FALSE(VoicePage::parseTicket(u"hello"_s));
    CHECK_FALSE(VoicePage::parseTicket({}));
}

TEST_CASE(
    "kiosk voice: every step of the survey and the complaint form fits the screen, landscape and portrait",
    "[kiosk][voice]")
{
    KioskFixture kiosk;
    serveMonday(kiosk, 1);
    enableVoice(kiosk);
    const QSize size = GENERATE(QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800));
    kiosk.window->resize(size);
    // The window grows past the screen when any step of the survey needs more room than there is: on a
    // full-screen kiosk that is the bottom of the page, with its buttons, cut off.
    const auto fits = [&](const char* step) {
        INFO(step << " at " << size.width() << "x" << size.height());
        QCoreApplication::processEvents();
        CHECK(kiosk.window->minimumSizeHint().height() <= size.height());
        CHECK(kiosk.window->minimumSizeHint().width() <= size.width());
        CHECK(kiosk.window->size() == size);
    };
    REQUIRE(kiosk.window->showScreen(u"voice:complaint"_s).ok());
    fits("complaint form");
    REQUIRE(kiosk.window->showScreen(u"home"_s).ok());
    openTicketEntry(kiosk);
    fits("ticket entry");
    scan(kiosk, u"B-001"_s);
    REQUIRE(kiosk.window->currentScreen() == u"voice:survey"_s);
    fits("first question");
    for (int i = 0; i < kSurveyElementCount; ++i)
        kiosk.tap(u"surveyAnswer_4"_s);
    fits("profile");
    kiosk.tap(u"surveyProfileNext"_s);
    fits("suggestion");
}
