// Bad input for the configuration import and the command line: every case exits 2 with a message that
// names what is wrong and where, and leaves the database exactly as it was (same file bytes, same export).
#include "tests/integration/Harness.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <catch2/catch.hpp>
#include <functional>
#include <utility>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {

// tests/data/bad_configs: each NAME.json is _valid.json with one defect; NAME.expected beside it holds the
// lines the message must have (after "<file>: "). The unit test test_config_reader.cpp runs them against the
// reader; here the command line must exit 2 with them and change nothing.
QString badConfig(const QString& name)
{
    return CliFixture::dataDir() + u"/bad_configs/"_s + name;
}

} // namespace

TEST_CASE("bad configuration files: exit 2, a precise message, the database unchanged", "[stress][bad-input]")
{
    CliFixture hall;
    const Snapshot before = hall.snapshot();

    const QDir dir(CliFixture::dataDir() + u"/bad_configs"_s);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QStringList corpus;
    for (const auto& file : files)
        if (!file.startsWith(u'_')) // _valid.json is the base the others differ from
            corpus << file;
    REQUIRE(corpus.size() > 40);

    for (const auto& file : corpus) {
        const QString expectedFile = dir.filePath(QFileInfo(file).completeBaseName() + u".expected"_s);
        INFO(file.toStdString());
        REQUIRE(QFileInfo::exists(expectedFile));
        const QStringList expected =
            QString::fromUtf8(readFile(expectedFile)).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE_FALSE(expected.isEmpty());
        const auto result = hall.run({u"config"_s, u"import"_s, badConfig(file)});
        INFO(result.err.left(2000).toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.startsWith(u"antre: "_s + badConfig(file) + u": "_s));
        for (const auto& line : expected)
            CHECK(result.err.contains(badConfig(file) + u": "_s + line));
        CHECK(result.out.isEmpty());
    }
    CHECK(hall.snapshot() == before);
}

TEST_CASE("a configuration file over 5 MB is refused before it is parsed", "[stress][bad-input]")
{
    CliFixture hall;
    const Snapshot before = hall.snapshot();
    // Valid JSON, just far too big for a hall: a 6 MB running text.
    QJsonObject config = QJsonDocument::fromJson(readFile(badConfig(u"_valid.json"_s))).object();
    QJsonObject site = config.value(u"site"_s).toObject();
    site.insert(u"running_text"_s, QString(6 * 1024 * 1024, u'x'));
    config.insert(u"site"_s, site);
    const QString huge = hall.path(u"huge.json"_s);
    writeFile(huge, QJsonDocument(config).toJson(QJsonDocument::Compact));
    const auto result = hall.run({u"config"_s, u"import"_s, huge});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(huge + u": the file is larger than 5 MB"_s));
    CHECK(hall.snapshot() == before);
}

TEST_CASE("odd Unicode in names is kept exactly as written", "[stress][bad-input]")
{
    // Names are free text people read: right-to-left text with its marks, joiners and emoji are legitimate
    // (Arabic-script names, a hall's own emblem) and must come back byte for byte.
    CliFixture hall;
    const QString arabic =
        u"\u200F\u0645\u0643\u062A\u0628 \u0627\u0644\u062E\u062F\u0645\u0627\u062A\u200F"_s;
    const QString family = u"Loket Keluarga \U0001F468\u200D\U0001F469\u200D\U0001F467"_s;
    const QString combining = u"Pe\u0301layanan Terpadu"_s; // e + combining acute accent
    QByteArray config = readFile(badConfig(u"_valid.json"_s));
    config.replace("\"Dinas Tenaga Kerja\"", QByteArray('"' + arabic.toUtf8() + '"'));
    config.replace("\"Loket 1\"", QByteArray('"' + family.toUtf8() + '"'));
    config.replace("\"MPP Uji\"", QByteArray('"' + combining.toUtf8() + '"'));
    const QString file = hall.path(u"unicode.json"_s);
    writeFile(file, config);
    const auto imported = hall.run({u"config"_s, u"import"_s, file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto exported = hall.run({u"config"_s, u"export"_s});
    REQUIRE(exported.exitCode == 0);
    const QJsonObject back = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    CHECK(back.value(u"site"_s).toObject().value(u"name"_s).toString() == combining);
    CHECK(back.value(u"agencies"_s).toArray().at(0).toObject().value(u"name"_s).toString() == arabic);
    CHECK(back.value(u"counters"_s).toArray().at(0).toObject().value(u"name"_s).toString() == family);
    CHECK(hall.run({u"status"_s}).out.contains(family));
}

TEST_CASE("invisible or control characters in names, texts and codes are refused", "[stress][bad-input]")
{
    // A name that is only a zero-width space looks empty on every screen; a NUL cuts a name short in printers
    // and logs, an ESC in the ticket footer is a printer command; a code with a zero-width space, used
    // consistently, could not be typed at the command line. Each exits 2 and changes nothing.
    CliFixture hall;
    const Snapshot before = hall.snapshot();
    const QJsonObject valid = QJsonDocument::fromJson(readFile(badConfig(u"_valid.json"_s))).object();
    const auto refused = [&](const std::function<void(QJsonObject&)>& edit, const QString& message) {
        QJsonObject config = valid;
        edit(config);
        const QString file = hall.path(u"invisible.json"_s);
        writeFile(file, QJsonDocument(config).toJson());
        const auto result = hall.run({u"config"_s, u"import"_s, file});
        INFO(message.toStdString() << " -> " << result.exitCode << " " << result.err.toStdString());
        CHECK(result.exitCode == 2);
        // First: a changed agency code also leaves its services pointing at an unknown agency.
        CHECK(result.err.startsWith(u"antre: "_s + file + u": "_s + message + u'\n'));
    };
    const auto setIn = [](QJsonObject& config, const QString& section, const QString& key,
                          const QJsonValue& value) {
        QJsonArray list = config.value(section).toArray();
        QJsonObject first = list.at(0).toObject();
        first.insert(key, value);
        list.replace(0, first);
        config.insert(section, list);
    };
    const auto setSite = [](QJsonObject& config, const QString& key, const QString& value) {
        QJsonObject site = config.value(u"site"_s).toObject();
        site.insert(key, value);
        config.insert(u"site"_s, site);
    };
    const QString codeRule =
        u"; a code may only use letters A-Z and a-z, digits 0-9, \"-\", \"_\" and \".\""_s;

    const QList<std::pair<QString, QString>> invisibleNames{{u"\u200B"_s, u"U+200B"_s},
                                                            {u"\u200D"_s, u"U+200D"_s},
                                                            {u"\u00AD"_s, u"U+00AD"_s},
                                                            {u"\u3164"_s, u"U+3164"_s},
                                                            {u" \u200C \u2060 "_s, u"U+200C, U+2060"_s}};
    for (const auto& [name, listed] : invisibleNames)
        refused([&](QJsonObject& c) { setIn(c, u"counters"_s, u"name"_s, name); },
                u"counters[0].name: contains only invisible characters (%1)"_s.arg(listed));
    refused([&](QJsonObject& c) { setSite(c, u"name"_s, u"MPP"_s + QChar(0) + u"Uji"_s); },
            u"site.name: contains U+0000 (a control character); remove it"_s);
    refused([&](QJsonObject& c) { setIn(c, u"agencies"_s, u"name"_s, u"Dinas\u007F"_s); },
            u"agencies[0].name: contains U+007F (a control character); remove it"_s);
    refused([&](QJsonObject& c) { setIn(c, u"services"_s, u"name"_s, u"Kartu\u009BKuning"_s); },
            u"services[0].name: contains U+009B (a control character); remove it"_s);
    refused([&](QJsonObject& c) { setIn(c, u"staff"_s, u"name"_s, u"Siti\tRahma"_s); },
            u"staff[0].name: contains U+0009 (a control character); remove it"_s);
    refused([&](QJsonObject& c) { setSite(c, u"ticket_footer"_s, u"Terima kasih\u001B@"_s); },
            u"site.ticket_footer: contains U+001B (a control character); remove it"_s);
    refused([&](QJsonObject& c) { setSite(c, u"call_phrase"_s, u"Nomor {number},\nsilakan ke {counter}"_s); },
            u"site.call_phrase: contains U+000A (a line break); this text must be on one line"_s);
    refused(
        [&](QJsonObject& c) {
            setIn(c, u"counters"_s, u"code"_s, u"L1\u200B"_s);
            setIn(c, u"staff"_s, u"counters"_s, QJsonArray{u"L1\u200B"_s});
        },
        u"counters[0].code: contains U+200B (invisible)"_s + codeRule);
    refused([&](QJsonObject& c) { setIn(c, u"agencies"_s, u"code"_s, u"\u200B"_s); },
            u"agencies[0].code: contains U+200B (invisible)"_s + codeRule);
    refused([&](QJsonObject& c) { setIn(c, u"staff"_s, u"id"_s, u"1990 0101"_s); },
            u"staff[0].id: contains U+0020 (a space)"_s + codeRule);
    refused([&](QJsonObject& c) { setIn(c, u"agencies"_s, u"code"_s, u"DIN\u0410S"_s); }, // a Cyrillic A
            u"agencies[0].code: contains \"\u0410\" (U+0410)"_s + codeRule);
    CHECK(hall.snapshot() == before);
}

TEST_CASE("line breaks are kept where a text may have several lines", "[stress][bad-input]")
{
    // The ticket footer (the printer starts a new line) and the running text (edited in a multi-line box).
    CliFixture hall;
    QJsonObject config = QJsonDocument::fromJson(readFile(badConfig(u"_valid.json"_s))).object();
    QJsonObject site = config.value(u"site"_s).toObject();
    site.insert(u"ticket_footer"_s, u"Terima kasih.\nSimpan tiket ini."_s);
    site.insert(u"running_text"_s, u"Selamat datang.\nLayanan buka 08.00."_s);
    config.insert(u"site"_s, site);
    const QString file = hall.path(u"lines.json"_s);
    writeFile(file, QJsonDocument(config).toJson());
    const auto imported = hall.run({u"config"_s, u"import"_s, file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    const auto exported = hall.run({u"config"_s, u"export"_s});
    const QJsonObject back =
        QJsonDocument::fromJson(exported.out.toUtf8()).object().value(u"site"_s).toObject();
    CHECK(back.value(u"ticket_footer"_s).toString() == u"Terima kasih.\nSimpan tiket ini."_s);
    CHECK(back.value(u"running_text"_s).toString() == u"Selamat datang.\nLayanan buka 08.00."_s);
}

TEST_CASE("weird command lines: exit 2, a precise message, the database unchanged", "[stress][bad-input]")
{
    CliFixture hall;
    const Snapshot before = hall.snapshot();
    struct Case
    {
        QStringList args;
        QString message;
        QString now = CliFixture::monday();
    };
    const QString longArg(100000, u'K');
    const QList<Case> cases{
        {{u"--db"_s}, u"option --db needs a value"_s},
        {{u"--lang"_s, u"xx"_s, u"status"_s}, u"--lang: \"xx\" is not en or id"_s},
        {{u"frobnicate"_s}, u"unknown command \"frobnicate\""_s},
        {{QString()}, u"unknown command \"\""_s},
        {{u"--bogus"_s, u"status"_s}, u"unknown option --bogus"_s},
        {{u"issue"_s}, u"usage: antre issue SERVICE [--priority]"_s},
        {{u"issue"_s, u"AK1"_s, u"extra"_s}, u"usage: antre issue SERVICE [--priority]"_s},
        {{u"issue"_s, u"AK1"_s, u"--priority=yes"_s}, u"unknown option --priority"_s},
        {{u"issue"_s, u"ak1"_s}, u"Unknown service ak1"_s},
        {{u"issue"_s, u"AK1\u200B"_s}, u"Unknown service AK1\u200B"_s},
        {{u"issue"_s, u"AK1\nKTPEL"_s}, u"Unknown service AK1\nKTPEL"_s},
        {{u"issue"_s, longArg}, u"Unknown service KKKK"_s},
        {{u"report"_s, u"daily"_s, u"--date"_s, u"2026-02-30"_s},
         u"--date: \"2026-02-30\" is not a date YYYY-MM-DD"_s},
        {{u"report"_s, u"daily"_s, u"--format"_s, u"xml"_s}, u"--format: \"xml\" is not text, csv or json"_s},
        {{u"report"_s, u"range"_s, u"--from"_s, u"2026-11-30"_s, u"--to"_s, u"2026-11-01"_s},
         u"--to is before --from"_s},
        {{u"report"_s, u"weekly"_s}, u"usage: antre report daily"_s},
        {{u"counter"_s, u"fly"_s, u"L1"_s}, u"usage: antre counter open|break|resume|close COUNTER"_s},
        {{u"counter"_s, u"open"_s}, u"usage: antre counter open|break|resume|close COUNTER"_s},
        {{u"counter"_s, u"open"_s, u"L99"_s}, u"Unknown counter L99"_s},
        {{u"counter"_s, u"open"_s, u"L1"_s, u"--staff"_s, u"NOBODY"_s}, u"Unknown staff ID NOBODY"_s},
        {{u"done"_s, u"L1"_s, u"--outcome"_s, u"perfect"_s},
         u"--outcome: \"perfect\" is not completed, incomplete or referred"_s},
        {{u"requeue"_s, u"A-"_s}, u"\"A-\" is not a ticket number like A-001"_s},
        {{u"cancel"_s, u"\U0001F600-001"_s}, u"\"\U0001F600-001\" is not a ticket number like A-001"_s},
        {{u"transfer"_s, u"L1"_s}, u"usage: antre transfer COUNTER SERVICE"_s},
        {{u"staff"_s, u"add"_s, u"X1"_s, u"--role"_s, u"officer"_s}, u"staff add: --name is required"_s},
        {{u"staff"_s, u"add"_s, u"X1"_s, u"--name"_s, u"Budi"_s, u"--role"_s, u"root"_s},
         u"--role: \"root\" is not officer, supervisor or admin"_s},
        {{u"staff"_s, u"add"_s, u"X\u200B1"_s, u"--name"_s, u"Budi"_s, u"--role"_s, u"officer"_s},
         u"staff add: id: contains U+200B (invisible); a code may only use letters A-Z and a-z"_s},
        {{u"staff"_s, u"add"_s, u"X1"_s, u"--name"_s, u"\u200B"_s, u"--role"_s, u"officer"_s},
         u"staff add: name: contains only invisible characters (U+200B)"_s},
        {{u"staff"_s, u"add"_s, u".X1"_s, u"--name"_s, u"Budi"_s, u"--role"_s, u"officer"_s},
         u"staff add: id: \".X1\" must start with a letter A-Z or a-z or a digit 0-9"_s},
        {{u"staff"_s, u"add"_s, u"_X1"_s, u"--name"_s, u"Budi"_s, u"--role"_s, u"officer"_s},
         u"staff add: id: \"_X1\" must start with a letter A-Z or a-z or a digit 0-9"_s},
        {{u"staff"_s, u"login"_s}, u"usage: antre staff add ID"_s},
        {{u"audit"_s}, u"usage: antre audit verify"_s},
        {{u"backup"_s}, u"usage: antre backup FILE"_s},
        {{u"check"_s, u"now"_s}, u"usage: antre check"_s},
        {{u"config"_s, u"import"_s}, u"usage: antre config import FILE"_s},
        {{u"config"_s, u"import"_s, u"/nonexistent/hall.json"_s}, u"/nonexistent/hall.json: no such file"_s},
        {{u"config"_s, u"import"_s, CliFixture::dataDir()}, u": is a directory, not a configuration file"_s},
        {{u"demo"_s, u"--history-days"_s, u"-1"_s},
         u"--history-days: \"-1\" is not a number of days from 0 to 366"_s},
        {{u"demo"_s, u"--history-days"_s, u"1e3"_s},
         u"--history-days: \"1e3\" is not a number of days from 0 to 366"_s},
        {{u"status"_s}, u"ANTRE_NOW: \"yesterday\" is not an ISO 8601 time with offset"_s, u"yesterday"_s},
        {{u"issue"_s, u"AK1"_s},
         u"ANTRE_NOW: \"2026-11-23T09:00:00\" is not an ISO 8601 time with offset"_s,
         u"2026-11-23T09:00:00"_s},
    };
    for (const auto& c : cases) {
        const auto result = hall.run(c.args, "1234\n", c.now);
        INFO(c.args.join(u' ').left(80).toStdString()
             << " -> " << result.exitCode << ": " << result.err.left(300).toStdString());
        CHECK(result.exitCode == 2);
        CHECK(result.err.startsWith(u"antre: "_s));
        CHECK(result.err.contains(c.message));
    }
    // Asked for JSON, an error is also JSON on standard output.
    const auto json = hall.run({u"--json"_s, u"issue"_s, u"NOPE"_s});
    CHECK(json.exitCode == 2);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"error"_s).toObject().value(u"code"_s) ==
          u"unknown_service"_s);
    CHECK(hall.snapshot() == before);
}

TEST_CASE("unbounded input: a PIN flood and a pipe as configuration file are refused at once",
          "[stress][bad-input]")
{
    CliFixture hall;
    const QStringList add{u"staff"_s,  u"add"_s,     u"OFF9"_s,       u"--name"_s, u"Budi Santoso"_s,
                          u"--role"_s, u"officer"_s, u"--counters"_s, u"L1"_s};
    REQUIRE(hall.run(add, "135790\n").exitCode == 0);
    const auto before = hall.snapshot();

    // What `antre staff login ID < /dev/zero` reads, and a PIN that cannot be one: usage errors (exit 2),
    // read without filling the memory, and never a failed attempt (the lockout would follow after five).
    const QStringList login{u"staff"_s, u"login"_s, u"OFF9"_s};
    const QList<QByteArray> notPins{
        QByteArray(1 << 20, '\0'), QByteArray(200000, '7'), QByteArray(), "\n", "12ab\n",
        "1234567890123\n",         "\xef\xbf\xbe\n"};
    for (int round = 0; round < 2; ++round)
        for (const QByteArray& input : notPins) {
            const auto result = hall.run(login, input);
            INFO(input.size() << " bytes -> " << result.exitCode << ": " << result.err.toStdString());
            CHECK(result.exitCode == 2);
            CHECK(result.err.contains(u"the PIN read from standard input must be 4 to 12 digits"_s));
        }
    const auto flood = hall.run(add, QByteArray(1 << 20, '\0'));
    CHECK(flood.exitCode == 2);
    CHECK(hall.snapshot() == before);
    CHECK(hall.run(login, "135790\n").exitCode == 0);
    const auto loggedIn = hall.snapshot();

    // A FIFO nobody writes to would block the import for ever.
    const QString fifo = hall.path(u"hall.fifo"_s);
    REQUIRE(QProcess::execute(u"mkfifo"_s, {fifo}) == 0);
    const auto piped = hall.run({u"config"_s, u"import"_s, fifo});
    INFO(piped.err.toStdString());
    CHECK(piped.exitCode == 2);
    CHECK(piped.err.contains(u"is not a regular file (a pipe or a device)"_s));
    const auto device = hall.run({u"config"_s, u"import"_s, u"/dev/zero"_s});
    CHECK(device.exitCode == 2);
    CHECK(device.err.contains(u"is not a regular file"_s));
    CHECK(hall.snapshot() == loggedIn);
}
