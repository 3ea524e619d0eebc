#include "display_ui/AudioSetup.h"
#include "display_ui/CallPhrase.h"
#include "display_ui/ClipPack.h"
#include "display_ui/ClipPackSink.h"
#include "display_ui/ClipPlayer.h"
#include "display_ui/SpeechSink.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Wait.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <cmath>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using antre::CallInfo;
using antre::CallPhrase;
using antre::ClipPack;
using antre::ClipPackSink;
using antre::TicketNumber;
using antre::WavInfo;
using antre::test::waitUntil;

namespace {

// A mono 16-bit PCM WAV: a tone of toneMs, then silenceMs of digital silence.
void writeWav(const QString& path, int toneMs, int silenceMs, int rate = 22050)
{
    QByteArray pcm;
    QDataStream out(&pcm, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    const int toneFrames = rate * toneMs / 1000;
    const int silenceFrames = rate * silenceMs / 1000;
    for (int i = 0; i < toneFrames; ++i)
        out << static_cast<qint16>(std::lround(12000 * std::sin(2 * M_PI * 440.0 * i / rate)));
    for (int i = 0; i < silenceFrames; ++i)
        out << static_cast<qint16>(i % 2); // dither-level noise counts as silence

    QByteArray file;
    QDataStream w(&file, QIODevice::WriteOnly);
    w.setByteOrder(QDataStream::LittleEndian);
    w.writeRawData("RIFF", 4);
    w << static_cast<quint32>(36 + pcm.size());
    w.writeRawData("WAVEfmt ", 8);
    w << quint32(16) << quint16(1) << quint16(1) << quint32(rate) << quint32(rate * 2) << quint16(2)
      << quint16(16);
    w.writeRawData("LIST", 4); // an extra chunk before the data, as some recorders write
    w << quint32(4);
    w.writeRawData("INFO", 4);
    w.writeRawData("data", 4);
    w << static_cast<quint32>(pcm.size());
    w.writeRawData(pcm.constData(), static_cast<int>(pcm.size()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(file);
}

CallInfo call(const QString& number, const QString& counterName)
{
    CallInfo c;
    c.eventId = 1;
    c.number = *TicketNumber::parse(number);
    c.counterCode = u"L3"_s;
    c.counterName = counterName;
    return c;
}

} // namespace

TEST_CASE("WAV reading finds where a clip stops being audible", "[clips]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"nol.wav"_s);
    writeWav(path, 400, 300);
    const auto audio = antre::WavAudio::read(path);
    REQUIRE(audio);
    CHECK(audio->sampleRate == 22050);
    const auto info = audio->info();
    CHECK(info.durationMs == 700);
    CHECK(std::abs(info.audibleEndMs - 400) <= 2);

    QFile bad(dir.filePath(u"bad.wav"_s));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a wav file at all");
    bad.close();
    CHECK_FALSE(antre::WavAudio::read(bad.fileName()));
    CHECK_FALSE(antre::WavAudio::read(dir.filePath(u"missing.wav"_s)));
}

TEST_CASE("the built-in chime is embedded and audible", "[clips]")
{
    const auto info = ClipPack(QString()).info(ClipPack::builtInChime());
    REQUIRE(info);
    CHECK(info->audibleEndMs > 500);
    CHECK(info->durationMs < 3000);
}

TEST_CASE("a call becomes the pack's clips in order, each after the previous one is heard", "[clips]")
{
    QTemporaryDir dir;
    const QStringList needed = QStringList{u"nomor"_s,   u"antrean"_s, u"a"_s,     u"nol"_s, u"tujuh"_s,
                                           u"silakan"_s, u"menuju"_s,  u"loket"_s, u"tiga"_s};
    for (int i = 0; i < needed.size(); ++i)
        writeWav(dir.filePath(needed.at(i) + u".wav"_s), 200 + 20 * i, 300);
    ClipPackSink sink{ClipPack(dir.path())};

    const auto announcement = CallPhrase::build(call(u"A-007"_s, u"Loket 3"_s), {}, false);
    const auto plan = sink.plan(announcement);
    CHECK(plan.missing.isEmpty());
    QStringList files;
    for (const auto& clip : plan.clips)
        files << QFileInfo(clip.path).completeBaseName();
    CHECK(files == QStringList{u"nomor"_s, u"antrean"_s, u"a"_s, u"nol"_s, u"nol"_s, u"tujuh"_s, u"silakan"_s,
                               u"menuju"_s, u"loket"_s, u"tiga"_s});
    // No clip starts before the one before it has been heard; trailing silence is not waited for.
    for (qsizetype i = 1; i < plan.clips.size(); ++i) {
        const auto& before = plan.clips.at(i - 1);
        const auto& clip = plan.clips.at(i);
        INFO("clip " << i);
        CHECK(clip.startMs >= before.startMs + before.audibleMs + ClipPackSink::kWordGapMs);
        CHECK(clip.startMs < before.startMs + before.audibleMs + 300);
    }
    // The comma after the number is a pause.
    CHECK(plan.clips.at(6).startMs - (plan.clips.at(5).startMs + plan.clips.at(5).audibleMs) ==
          ClipPackSink::kShortPauseMs);
    CHECK(plan.totalMs > plan.clips.constLast().startMs + plan.clips.constLast().audibleMs);

    // The chime: the pack has none, so the built-in one.
    const auto chime = sink.chimePlan();
    REQUIRE(chime.clips.size() == 1);
    CHECK(chime.clips.constFirst().path == ClipPack::builtInChime());
    writeWav(dir.filePath(u"chime.wav"_s), 800, 100);
    CHECK(sink.chimePlan().clips.constFirst().path == dir.filePath(u"chime.wav"_s));
}

TEST_CASE("words the pack lacks are left out and named", "[clips]")
{
    QTemporaryDir dir;
    for (const QString& word : {u"nomor"_s, u"antrean"_s, u"a"_s, u"nol"_s, u"satu"_s})
        writeWav(dir.filePath(word + u".wav"_s), 200, 50);
    ClipPackSink sink{ClipPack(dir.path())};
    const auto plan = sink.plan(CallPhrase::build(call(u"A-001"_s, u"Gerai 1"_s), {}, false));
    CHECK(plan.clips.size() == 7); // nomor antrean a nol nol satu … satu (the counter's number)
    CHECK(plan.missing == QStringList{u"silakan"_s, u"menuju"_s, u"gerai"_s});
    CHECK(ClipPack(dir.path()).missingWords({u"nol"_s, u"imigrasi"_s}) == QStringList{u"imigrasi"_s});
}

TEST_CASE("a missing pack folder makes the sink unavailable, with the reason", "[clips]")
{
    ClipPackSink sink{ClipPack(u"/nonexistent/antre/clips"_s)};
    CHECK(sink.unavailableReason().contains(u"/nonexistent/antre/clips"_s));
}

TEST_CASE("the generated default pack covers every call at a 16-counter hall", "[clips]")
{
    const QString dir = QString::fromUtf8(ANTRE_BINARY_DIR) + u"/share/antre/clips/id"_s;
    if (!QFileInfo(dir).isDir()) {
        WARN("no default clip pack in the build tree (espeak-ng missing at configure time)");
        return;
    }
    QStringList counters;
    for (int i = 1; i <= 16; ++i)
        counters << u"Loket %1"_s.arg(i);
    const ClipPack pack(dir);
    CHECK(pack.missingWords(CallPhrase::vocabulary({}, counters)).isEmpty());
    for (const QString& word : {u"nol"_s, u"zet"_s, u"antrean"_s, u"silakan"_s}) {
        const auto info = pack.info(pack.clipPath(word));
        REQUIRE(info);
        CHECK(info->audibleEndMs > 100);
        CHECK(info->audibleEndMs <= info->durationMs);
    }
}

TEST_CASE("the clip player reports the end of a sequence once, and nothing after stop()", "[clips]")
{
    QTemporaryDir dir;
    for (const QString& word : {u"satu"_s, u"dua"_s})
        writeWav(dir.filePath(word + u".wav"_s), 80, 40);
    const ClipPack pack(dir.path());
    antre::ClipPlayer player(pack);
    int finished = 0;
    QObject::connect(&player, &antre::ClipPlayer::finished, [&] { ++finished; });
    const antre::ClipPlan plan{{{dir.filePath(u"satu.wav"_s), 0, 80},
                                {dir.filePath(u"dua.wav"_s), 140, 80},
                                {dir.filePath(u"satu.wav"_s), 280, 80}},
                               420,
                               {}};
    player.play(plan);
    CHECK(player.isPlaying());
    CHECK(finished == 0);
    REQUIRE(waitUntil([&] { return finished == 1; }));
    CHECK_FALSE(player.isPlaying());

    // Stopped mid-way and started again: one end, for the second run.
    player.play(plan);
    player.stop();
    CHECK_FALSE(player.isPlaying());
    player.play(plan);
    REQUIRE(waitUntil([&] { return finished == 2; }));

    // Nothing to play ends at once (the announcer copes with that).
    player.play({});
    CHECK(finished == 3);
}

TEST_CASE("a plan is mixed into one stream with each clip at its start time", "[clips]")
{
    QTemporaryDir dir;
    writeWav(dir.filePath(u"satu.wav"_s), 100, 200, 16000); // another rate than the output: resampled
    writeWav(dir.filePath(u"dua.wav"_s), 150, 50, 22050);
    const ClipPack pack(dir.path());
    // dua starts while satu's trailing silence still runs: mixed, not cut.
    const antre::ClipPlan plan{
        {{dir.filePath(u"satu.wav"_s), 0, 100}, {dir.filePath(u"dua.wav"_s), 160, 150}}, 400, {}};
    QAudioFormat format;
    format.setSampleRate(22050);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    const QByteArray pcm = antre::ClipPlayer::render(plan, pack, format);
    REQUIRE(pcm.size() == 22050 * 400 / 1000 * 2);
    const auto* samples = reinterpret_cast<const qint16*>(pcm.constData());
    const auto loudIn = [&](int fromMs, int toMs) {
        int loud = 0;
        for (int i = 22050 * fromMs / 1000; i < 22050 * toMs / 1000; ++i)
            loud = std::max(loud, std::abs(static_cast<int>(samples[i])));
        return loud;
    };
    CHECK(loudIn(5, 95) > 8000);    // satu
    CHECK(loudIn(105, 155) < 200);  // the gap
    CHECK(loudIn(165, 305) > 8000); // dua
    CHECK(loudIn(315, 400) < 200);  // silence to the end
    // Stereo output gets the same signal on both channels.
    format.setChannelCount(2);
    const QByteArray stereo = antre::ClipPlayer::render(plan, pack, format);
    REQUIRE(stereo.size() == pcm.size() * 2);
    const auto* lr = reinterpret_cast<const qint16*>(stereo.constData());
    CHECK(lr[2 * 1000] == samples[1000]);
    CHECK(lr[2 * 1000 + 1] == samples[1000]);
}

TEST_CASE("text-to-speech without a usable engine says why it is silent", "[clips]")
{
    antre::SpeechSink sink(u"no-such-engine"_s);
    CHECK_FALSE(sink.unavailableReason().isEmpty());
}

TEST_CASE("a clip pack the display cannot play falls back to text-to-speech and is reported", "[clips]")
{
    QTemporaryDir dir;
    const QString pack = dir.filePath(u"clips"_s);
    REQUIRE(QDir().mkpath(pack));
    antre::DisplayOptions options;
    options.voice = antre::DisplayOptions::Voice::Auto;
    options.clipDir = pack;
    QStringList reports;
    const auto report = [&reports](const QString& clipDir, const QString& problem) {
        reports << clipDir + u": "_s + problem;
    };

    // No number words: not a clip pack.
    CHECK(antre::AudioSetup::clipPackProblem(pack).contains(u"has no clip nol.wav"_s));
    auto sink = antre::AudioSetup::create(options, report);
    CHECK(dynamic_cast<antre::SpeechSink*>(sink.get()) != nullptr);
    REQUIRE(reports.size() == 1);
    CHECK(reports.first().startsWith(pack));

    // A clip that is not audio (a truncated copy, a renamed MP3).
    QFile junk(QDir(pack).filePath(u"nol.wav"_s));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("ID3 not a wave file");
    junk.close();
    CHECK(antre::AudioSetup::clipPackProblem(pack).contains(u"is not a PCM WAV file"_s));
    CHECK(dynamic_cast<antre::SpeechSink*>(antre::AudioSetup::create(options, report).get()) != nullptr);
    CHECK(reports.size() == 2);

    // A real pack plays from its clips, and nothing is reported.
    writeWav(QDir(pack).filePath(u"nol.wav"_s), 200, 50);
    CHECK(antre::AudioSetup::clipPackProblem(pack).isEmpty());
    CHECK(dynamic_cast<antre::ClipPackSink*>(antre::AudioSetup::create(options, report).get()) != nullptr);
    CHECK(reports.size() == 2);

    // A folder this user may not list (what a pack of mode 0700 made by another user is); root reads
    // every folder, so this part only runs for an ordinary user.
    if (::geteuid() != 0) {
        REQUIRE(QFile::setPermissions(pack, QFile::ReadOwner));
        CHECK(antre::AudioSetup::clipPackProblem(pack).contains(u"may not read the folder"_s));
        QFile::setPermissions(pack, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}
