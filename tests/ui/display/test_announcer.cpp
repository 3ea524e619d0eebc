#include "display_ui/Announcer.h"
#include "display_ui/CallPhrase.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Wait.h"
#include "tests/ui/display/FakeSink.h"

#include <QPointer>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using antre::Announcement;
using antre::Announcer;
using antre::CallInfo;
using antre::CallPhrase;
using antre::TicketNumber;
using antre::test::FakeSink;
using antre::test::waitUntil;

namespace {

Announcement announcement(qint64 eventId, const QString& number, int counter, bool recall = false)
{
    CallInfo c;
    c.eventId = eventId;
    c.number = *TicketNumber::parse(number);
    c.counterCode = u"L%1"_s.arg(counter);
    c.counterName = u"Loket %1"_s.arg(counter);
    c.recall = recall;
    return CallPhrase::build(c, {}, false);
}

// What a listener hears, without the sink's "end" markers.
QStringList heard(const FakeSink& sink)
{
    QStringList out = sink.events;
    out.removeAll(u"end"_s);
    return out;
}

QStringList messages;
void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    messages << message;
}

} // namespace

TEST_CASE("each announcement is a chime then the phrase", "[announcer]")
{
    FakeSink sink;
    Announcer announcer(&sink);
    const auto a = announcement(1, u"A-007"_s, 3);
    announcer.enqueue(a);
    REQUIRE(waitUntil([&] { return !announcer.isBusy(); }));
    CHECK(sink.events == QStringList{u"chime"_s, u"end"_s,
                                     u"speak:Nomor antrean a nol nol tujuh, silakan menuju loket tiga."_s,
                                     u"end"_s});
    REQUIRE(sink.spoken.size() == 1);
    CHECK(sink.spoken.constFirst().words == a.words);
}

TEST_CASE("a burst of calls is spoken in order, none dropped, never overlapping", "[announcer]")
{
    FakeSink sink(3);
    Announcer announcer(&sink);
    QList<Announcement> started;
    QList<Announcement> finished;
    QObject::connect(&announcer, &Announcer::announcementStarted,
                     [&](const Announcement& a) { started << a; });
    QObject::connect(&announcer, &Announcer::announcementFinished,
                     [&](const Announcement& a) { finished << a; });

    const QStringList numbers{u"A-001"_s, u"B-001"_s, u"A-002"_s, u"C-001"_s, u"A-003"_s,
                              u"B-002"_s, u"A-004"_s, u"D-010"_s, u"A-005"_s, u"B-003"_s};
    for (int i = 0; i < numbers.size(); ++i)
        announcer.enqueue(announcement(i + 1, numbers.at(i), i % 4 + 1));
    // Queued behind the first one, which is already playing.
    CHECK(announcer.isBusy());
    CHECK(announcer.pending() == numbers.size() - 1);

    REQUIRE(waitUntil([&] { return finished.size() == numbers.size(); }));
    CHECK(sink.overlaps == 0);
    CHECK(sink.stops == 0);
    QStringList expected;
    for (int i = 0; i < numbers.size(); ++i)
        expected << u"chime"_s << u"speak:"_s + announcement(i + 1, numbers.at(i), i % 4 + 1).text;
    CHECK(heard(sink) == expected);
    for (int i = 0; i < numbers.size(); ++i) {
        CHECK(started.at(i).call.eventId == i + 1);
        CHECK(finished.at(i).call.eventId == i + 1);
    }
    CHECK_FALSE(announcer.isBusy());
}

TEST_CASE("a recall is announced again", "[announcer]")
{
    FakeSink sink;
    Announcer announcer(&sink);
    announcer.enqueue(announcement(1, u"A-007"_s, 3));
    announcer.enqueue(announcement(2, u"A-007"_s, 3, true));
    REQUIRE(waitUntil([&] { return sink.spoken.size() == 2 && !announcer.isBusy(); }));
    CHECK(heard(sink) ==
          QStringList{u"chime"_s, u"speak:Nomor antrean a nol nol tujuh, silakan menuju loket tiga."_s,
                      u"chime"_s, u"speak:Nomor antrean a nol nol tujuh, silakan menuju loket tiga."_s});
    CHECK(sink.spoken.at(1).call.recall);
}

TEST_CASE("calls arriving while one is spoken wait for it", "[announcer]")
{
    FakeSink sink(300); // long enough that the phrase is surely still playing when the next call comes
    Announcer announcer(&sink);
    announcer.enqueue(announcement(1, u"A-001"_s, 1));
    REQUIRE(
        waitUntil([&] { return sink.events.contains(u"speak:"_s + announcement(1, u"A-001"_s, 1).text); }));
    // Mid-phrase: a new call must not cut in.
    announcer.enqueue(announcement(2, u"A-002"_s, 2));
    CHECK(heard(sink).size() == 2);
    REQUIRE(waitUntil([&] { return sink.spoken.size() == 2 && !announcer.isBusy(); }));
    CHECK(sink.overlaps == 0);
    CHECK(heard(sink).at(2) == u"chime"_s);
}

TEST_CASE("a sink that reports back at once does not nest requests", "[announcer]")
{
    FakeSink sink;
    sink.setImmediate(true);
    Announcer announcer(&sink);
    for (int i = 1; i <= 3; ++i)
        announcer.enqueue(announcement(i, u"A-00%1"_s.arg(i), i));
    REQUIRE(waitUntil([&] { return sink.spoken.size() == 3 && !announcer.isBusy(); }));
    CHECK(sink.overlaps == 0);
    CHECK(sink.spoken.at(0).call.eventId == 1);
    CHECK(sink.spoken.at(2).call.eventId == 3);
}

TEST_CASE("a hung sink is given up on and the queue goes on", "[announcer]")
{
    FakeSink sink;
    sink.setHung(true);
    Announcer announcer(&sink);
    announcer.setTimeouts(30, 30, 1);
    QList<Announcement> finished;
    QObject::connect(&announcer, &Announcer::announcementFinished,
                     [&](const Announcement& a) { finished << a; });
    announcer.enqueue(announcement(1, u"A-001"_s, 1));
    announcer.enqueue(announcement(2, u"A-002"_s, 2));
    REQUIRE(waitUntil([&] { return finished.size() == 2; }));
    // Each hung step was stopped before the next request.
    CHECK(sink.stops == 4);
    CHECK(heard(sink).size() == 4);
    CHECK(sink.overlaps == 0);
}

TEST_CASE("without audio the calls are skipped and that is logged once", "[announcer]")
{
    FakeSink sink;
    sink.setUnavailable(u"no audio output device"_s);
    Announcer announcer(&sink);
    QList<Announcement> skipped;
    QObject::connect(&announcer, &Announcer::announcementSkipped,
                     [&](const Announcement& a) { skipped << a; });

    messages.clear();
    const auto previous = qInstallMessageHandler(collect);
    announcer.checkAudio();
    for (int i = 1; i <= 5; ++i)
        announcer.enqueue(announcement(i, u"A-00%1"_s.arg(i), 1));
    qInstallMessageHandler(previous);

    CHECK(skipped.size() == 5);
    CHECK(sink.events.isEmpty());
    CHECK_FALSE(announcer.isBusy());
    const auto unavailable = std::count_if(messages.cbegin(), messages.cend(), [](const QString& m) {
        return m.contains(u"audio unavailable"_s);
    });
    CHECK(unavailable == 1);
    CHECK(messages.join(u'\n').contains(u"no audio output device"_s));

    // The device comes back (a TV switched on): announcing resumes and says so.
    sink.setUnavailable({});
    messages.clear();
    const auto again = qInstallMessageHandler(collect);
    announcer.enqueue(announcement(6, u"A-006"_s, 1));
    qInstallMessageHandler(again);
    CHECK(messages.join(u'\n').contains(u"available again"_s));
    REQUIRE(waitUntil([&] { return sink.spoken.size() == 1 && !announcer.isBusy(); }));
}

TEST_CASE("no sink at all is silence, not a crash", "[announcer]")
{
    Announcer announcer(nullptr);
    int skipped = 0;
    QObject::connect(&announcer, &Announcer::announcementSkipped, [&] { ++skipped; });
    announcer.enqueue(announcement(1, u"A-001"_s, 1));
    CHECK(skipped == 1);
    CHECK_FALSE(announcer.isBusy());
}
