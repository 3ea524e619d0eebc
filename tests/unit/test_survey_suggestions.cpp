#include "core/survey/SurveyStore.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

const QString kAllThree =
    u"persyaratan=3,prosedur=3,waktu=3,biaya=3,produk=3,kompetensi=3,perilaku=3,pengaduan=3,sarana=3"_s;

PaperResponse form(QDate day, const QString& saran)
{
    PaperResponse r;
    r.line = 2;
    r.date = day;
    r.serviceCode = u"S1"_s;
    auto parsed = SurveyAnswers::parse(kAllThree);
    REQUIRE(parsed.ok());
    r.answers = parsed.value();
    r.saran = saran;
    return r;
}

QStringList texts(const SuggestionPage& page)
{
    QStringList out;
    for (const SurveySuggestion& s : page.newest)
        out << s.text;
    return out;
}

} // namespace

TEST_CASE("survey: the newest suggestions of a period, with the period's total", "[survey][saran]")
{
    TestHall hall;
    hall.setLocal(TestHall::monday(), QTime(12, 0));
    SurveyStore store(*hall.db, hall.clock);
    const QDate monday = TestHall::monday();
    // Typed in out of order: the newest are those of the latest day, then the latest typed of a day.
    REQUIRE(store
                .importPaper({form(monday, u"d1"_s), form(monday, u"d2"_s), form(monday, {}),
                              form(monday, u"d3"_s), form(monday.addDays(-3), u"a1"_s),
                              form(monday.addDays(-3), {}), form(monday.addDays(-2), u"b1"_s),
                              form(monday.addDays(-2), u"b2"_s), form(monday.addDays(-5), u"before"_s)},
                             u"paper.csv"_s)
                .ok());
    const QDate from = monday.addDays(-3);

    auto capped = store.suggestions(from, monday, 4);
    REQUIRE(capped.ok());
    CHECK(texts(capped.value()) == QStringList{u"d3"_s, u"d2"_s, u"d1"_s, u"b2"_s});
    CHECK(capped.value().total == 6);
    CHECK(capped.value().capped());
    CHECK(capped.value().newest.first().businessDay == monday);
    CHECK(capped.value().newest.first().serviceCode == u"S1"_s);

    auto roomy = store.suggestions(from, monday, 10);
    REQUIRE(roomy.ok());
    CHECK(texts(roomy.value()) == QStringList{u"d3"_s, u"d2"_s, u"d1"_s, u"b2"_s, u"b1"_s, u"a1"_s});
    CHECK(roomy.value().total == 6);
    CHECK_FALSE(roomy.value().capped());

    auto exact = store.suggestions(from, monday, 6);
    REQUIRE(exact.ok());
    CHECK(exact.value().newest.size() == 6);
    CHECK_FALSE(exact.value().capped());

    auto all = store.suggestions(monday.addDays(-6), monday, std::nullopt);
    REQUIRE(all.ok());
    CHECK(all.value().newest.size() == 7);
    CHECK(all.value().newest.last().text == u"before"_s);
    CHECK(all.value().total == 7);

    auto one = store.suggestions(monday.addDays(-2), monday.addDays(-2), 1);
    REQUIRE(one.ok());
    CHECK(texts(one.value()) == QStringList{u"b2"_s});
    CHECK(one.value().total == 2);

    auto none = store.suggestions(monday.addDays(-1), monday.addDays(-1), 5);
    REQUIRE(none.ok());
    CHECK(none.value().newest.isEmpty());
    CHECK(none.value().total == 0);

    auto zero = store.suggestions(from, monday, 0);
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().kind == ErrorKind::BadInput);
    auto backwards = store.suggestions(monday, from, 5);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::BadPeriod);
}
