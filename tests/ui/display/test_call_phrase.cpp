#include "display_ui/CallPhrase.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using antre::CallInfo;
using antre::CallPhrase;
using antre::TicketNumber;

namespace {

CallInfo call(const QString& number, const QString& counterName, bool recall = false)
{
    CallInfo c;
    c.eventId = 1;
    c.number = *TicketNumber::parse(number);
    c.serviceCode = u"S1"_s;
    c.counterCode = u"L3"_s;
    c.counterName = counterName;
    c.recall = recall;
    return c;
}

QStringList words(const QString& text)
{
    return text.split(u' ');
}

} // namespace

TEST_CASE("the default phrase reads the number and the counter in Indonesian", "[phrase]")
{
    const auto a = CallPhrase::build(call(u"A-007"_s, u"Loket 3"_s), {}, false);
    CHECK(a.words == words(u"nomor antrean a nol nol tujuh , silakan menuju loket tiga"_s));
    CHECK(a.text == u"Nomor antrean a nol nol tujuh, silakan menuju loket tiga."_s);
    CHECK(a.call.number.toString() == u"A-007"_s);
}

TEST_CASE("ticket numbers: letter names, leading zeros as nol, the rest as a whole number", "[phrase]")
{
    const auto numberWords = [](const QString& number) {
        const auto a = CallPhrase::build(call(number, u"Loket 1"_s), u"{number}"_s, false);
        return a.words.join(u' ');
    };
    CHECK(numberWords(u"A-012"_s) == u"a nol dua belas"_s);
    CHECK(numberWords(u"A-120"_s) == u"a seratus dua puluh"_s);
    CHECK(numberWords(u"A-011"_s) == u"a nol sebelas"_s);
    CHECK(numberWords(u"A-010"_s) == u"a nol sepuluh"_s);
    CHECK(numberWords(u"K-100"_s) == u"ka seratus"_s);
    CHECK(numberWords(u"X-008"_s) == u"eks nol nol delapan"_s);
    CHECK(numberWords(u"Z-999"_s) == u"zet sembilan ratus sembilan puluh sembilan"_s);
    CHECK(numberWords(u"B-1000"_s) == u"be seribu"_s);
    CHECK(numberWords(u"Q-2021"_s) == u"ki dua ribu dua puluh satu"_s);
}

TEST_CASE("digit-by-digit reading is an option", "[phrase]")
{
    const auto a = CallPhrase::build(call(u"A-012"_s, u"Loket 3"_s), {}, true);
    CHECK(a.words == words(u"nomor antrean a nol satu dua , silakan menuju loket tiga"_s));
    CHECK(a.text == u"Nomor antrean a nol satu dua, silakan menuju loket tiga."_s);
}

TEST_CASE("a recall is announced with the same words", "[phrase]")
{
    const auto first = CallPhrase::build(call(u"C-021"_s, u"Loket 12"_s), {}, false);
    const auto again = CallPhrase::build(call(u"C-021"_s, u"Loket 12"_s, true), {}, false);
    CHECK(again.words == first.words);
    CHECK(again.text == u"Nomor antrean ce nol dua puluh satu, silakan menuju loket dua belas."_s);
    CHECK(again.call.recall);
}

TEST_CASE("counter names are read with their numbers as words", "[phrase]")
{
    CHECK(CallPhrase::spokenWords(u"Loket 10"_s) == words(u"loket sepuluh"_s));
    CHECK(CallPhrase::spokenWords(u"Loket 16"_s) == words(u"loket enam belas"_s));
    CHECK(CallPhrase::spokenWords(u"Loket 12A"_s) == words(u"loket dua belas a"_s));
    CHECK(CallPhrase::spokenWords(u"Gerai BPJS 2"_s) == words(u"gerai be pe je es dua"_s));
    CHECK(CallPhrase::spokenWords(u"Ruang Dukcapil"_s) == words(u"ruang dukcapil"_s));
    CHECK(CallPhrase::spokenWords(u"Loket 123456"_s) == words(u"loket satu dua tiga empat lima enam"_s));
    // Without a name the code is read: L3 → el tiga.
    const auto a = CallPhrase::build(call(u"A-001"_s, {}), {}, false);
    CHECK(a.words.mid(a.words.size() - 2) == words(u"el tiga"_s));
}

TEST_CASE("the phrase comes from the site configuration", "[phrase]")
{
    const auto a = CallPhrase::build(call(u"A-005"_s, u"Meja 2"_s),
                                     u"Antrean {number} ke {counter}. Terima kasih!"_s, false);
    CHECK(a.words == words(u"antrean a nol nol lima ke meja dua . terima kasih"_s));
    CHECK(a.text == u"Antrean a nol nol lima ke meja dua. terima kasih."_s);
    // Blank means the default phrase; a phrase without placeholders is still read as written.
    CHECK(CallPhrase::build(call(u"A-005"_s, u"Meja 2"_s), u"  "_s, false).words ==
          CallPhrase::build(call(u"A-005"_s, u"Meja 2"_s), CallPhrase::defaultTemplate(), false).words);
}

TEST_CASE("the vocabulary covers every word a call at the hall's counters can need", "[phrase]")
{
    QStringList counters;
    for (int i = 1; i <= 16; ++i)
        counters << u"Loket %1"_s.arg(i);
    const QStringList vocabulary = CallPhrase::vocabulary({}, counters);
    for (const QString& number : {u"A-001"_s, u"K-119"_s, u"Z-999"_s, u"J-1000"_s, u"B-2345"_s, u"X-080"_s}) {
        for (int i = 1; i <= 16; ++i) {
            const auto a = CallPhrase::build(call(number, u"Loket %1"_s.arg(i)), {}, i % 2 == 0);
            for (const QString& word : a.words) {
                INFO(number.toStdString() << " " << word.toStdString());
                CHECK((CallPhrase::isPause(word) || vocabulary.contains(word)));
            }
        }
    }
    CHECK_FALSE(vocabulary.contains(u","_s));
}
