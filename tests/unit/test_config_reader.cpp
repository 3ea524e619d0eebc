// ConfigReader: JSON bytes -> HallConfig. The bad-configuration cases are data: every
// tests/data/bad_configs/NAME.json has a NAME.expected beside it, whose lines must each be a line of the
// error message (without the "NAME.json: " label in front).
#include "core/config/ConfigReader.h"
#include "tests/support/ErrorCodeStringMaker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {

QString badConfigsDir()
{
    return QStringLiteral(ANTRE_SOURCE_DIR) + u"/tests/data/bad_configs"_s;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList problemsIn(const QByteArray& json)
{
    const auto result = ConfigReader::parse(json, u"hall.json"_s);
    if (result.ok())
        return {};
    CHECK(result.error().kind == ErrorKind::BadInput);
    CHECK(result.error().code == ErrorCode::InvalidConfig);
    return result.error().message.split(u'\n');
}

QByteArray valid()
{
    return contentOf(badConfigsDir() + u"/_valid.json"_s);
}

QByteArray withReplaced(const QByteArray& before, const QByteArray& after)
{
    QByteArray json = valid();
    REQUIRE(json.contains(before));
    return json.replace(before, after);
}

} // namespace

TEST_CASE("every bad configuration case gives the lines of its .expected file", "[config][reader]")
{
    const QDir dir(badConfigsDir());
    const QStringList cases = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    REQUIRE(cases.size() > 40);
    for (const QString& file : cases) {
        if (file.startsWith(u'_'))
            continue; // _valid.json is the base the others differ from
        const QString expectedPath = dir.filePath(QFileInfo(file).completeBaseName() + u".expected"_s);
        INFO(file.toStdString());
        REQUIRE(QFileInfo::exists(expectedPath)); // a case without its expected message tests nothing
        const QStringList expected =
            QString::fromUtf8(contentOf(expectedPath)).split(u'\n', Qt::SkipEmptyParts);
        REQUIRE_FALSE(expected.isEmpty());
        const auto result = ConfigReader::parse(contentOf(dir.filePath(file)), file);
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == ErrorKind::BadInput);
        const QStringList lines = result.error().message.split(u'\n');
        for (const QString& line : expected) {
            INFO("expected: " << line.toStdString() << "\ngot:\n" << result.error().message.toStdString());
            CHECK(lines.contains(file + u": "_s + line));
        }
    }
    // And the other way round: an .expected file without its case is a case that got lost.
    for (const QString& expected : dir.entryList({u"*.expected"_s}, QDir::Files)) {
        INFO(expected.toStdString());
        CHECK(QFileInfo::exists(dir.filePath(QFileInfo(expected).completeBaseName() + u".json"_s)));
    }
}

TEST_CASE("the base of the bad configuration cases is valid", "[config][reader]")
{
    CHECK(problemsIn(valid()).isEmpty());
}

TEST_CASE("numbers in messages are shown in plain decimal", "[config][reader]")
{
    CHECK(problemsIn(withReplaced(R"("daily_quota": 100)", R"("daily_quota": 1000000001)")) ==
          QStringList{u"hall.json: services[0].daily_quota: 1000000001 is too large (at most 1000000000)"_s});
    CHECK(problemsIn(withReplaced(R"("daily_quota": 100)", R"("daily_quota": 1e12)")) ==
          QStringList{
              u"hall.json: services[0].daily_quota: 1000000000000 is too large (at most 1000000000)"_s});
    CHECK(
        problemsIn(withReplaced(R"("cutoff_min": 30)", R"("cutoff_min": -2000000000)")) ==
        QStringList{u"hall.json: services[0].cutoff_min: -2000000000 is too small (at least -1000000000)"_s});
    CHECK(problemsIn(withReplaced(R"("daily_quota": 100)", R"("daily_quota": 1234567.5)")) ==
          QStringList{u"hall.json: services[0].daily_quota: 1234567.5 is not a whole number"_s});
    CHECK(problemsIn(withReplaced(R"("daily_quota": 100)", R"("daily_quota": 0.0001)")) ==
          QStringList{u"hall.json: services[0].daily_quota: 0.0001 is not a whole number"_s});
    // The limit itself and an exponent that makes a whole number are fine.
    CHECK(problemsIn(withReplaced(R"("daily_quota": 100)", R"("daily_quota": 1000000000)")).isEmpty());
    CHECK(problemsIn(withReplaced(R"("daily_quota": 100)", R"("daily_quota": 1e3)")).isEmpty());
}

TEST_CASE("a repeated key is refused with the path of its object", "[config][reader]")
{
    CHECK(problemsIn(withReplaced(R"("name": "KTP-el",)", R"("name": "KTP-el", "name": "KTP",)")) ==
          QStringList{uR"(hall.json: services[1]: key "name" appears twice)"_s});
    // Written differently, the same key: JSON escapes are decoded before keys are compared.
    CHECK(problemsIn(withReplaced(R"("name": "KTP-el",)", R"("name": "KTP-el", "n\u0061me": "KTP",)")) ==
          QStringList{uR"(hall.json: services[1]: key "name" appears twice)"_s});
    CHECK(problemsIn(withReplaced(R"("timezone": "Asia/Jakarta")",
                                  R"("timezone": "Asia/Jakarta", "timezone": "Asia/Makassar")")) ==
          QStringList{uR"(hall.json: site: key "timezone" appears twice)"_s});
}

TEST_CASE("a value of a huge text is cut short in messages", "[config][reader]")
{
    const QByteArray agency(100000, 'D');
    const auto problems =
        problemsIn(withReplaced(R"("agency": "DUKCAPIL")", "\"agency\": \"" + agency + '"'));
    REQUIRE(problems.size() == 1);
    CHECK(problems.at(0).startsWith(u"hall.json: services[1].agency: unknown agency \"DDDD"_s));
    CHECK(problems.at(0).endsWith(u"…\" (100000 characters)"_s));
    CHECK(problems.at(0).size() < 200);
}

TEST_CASE("readFile refuses a file over 5 MB before parsing it", "[config][reader]")
{
    CHECK(ConfigReader::kMaxFileBytes == 5 * 1024 * 1024);
    const auto missing = ConfigReader::readFile(badConfigsDir() + u"/nothing-here.json"_s);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::ConfigUnreadable);
}
