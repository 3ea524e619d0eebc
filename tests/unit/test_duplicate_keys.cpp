#include "core/config/DuplicateKeys.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {

QStringList found(const QByteArray& json)
{
    return configpath::format(DuplicateKeys::find(json), {});
}

} // namespace

TEST_CASE("no repeated key, no problem", "[config][duplicate-keys]")
{
    CHECK(found(R"({"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]})").isEmpty());
    CHECK(found(R"([1, "a", {"x": "a"}, {"x": "a"}])").isEmpty());
    CHECK(found(R"({"a": "\"a\": 1, \"a\": 2"})").isEmpty()); // keys inside a string value are text
}

TEST_CASE("repeated keys are found with the path of their object", "[config][duplicate-keys]")
{
    CHECK(found(R"({"a": 1, "a": 2})") == QStringList{uR"(key "a" appears twice)"_s});
    CHECK(found(R"({"services": [{"code": "A"}, {"name": "x", "code": "B", "name": "y"}]})") ==
          QStringList{uR"(services[1]: key "name" appears twice)"_s});
    CHECK(found(R"({"s": {"hours": {"mon": [], "tue": [], "mon": ["08:00-12:00"]}}})") ==
          QStringList{uR"(s.hours: key "mon" appears twice)"_s});
    CHECK(found(R"({"list": [[1, 2], [{"k": true, "k": false}]]})") ==
          QStringList{uR"(list[1][0]: key "k" appears twice)"_s});
    // Reported once per repetition, after the one it repeats.
    CHECK(found(R"({"a": 1, "a": 2, "a": 3})") ==
          QStringList{uR"(key "a" appears twice)"_s, uR"(key "a" appears twice)"_s});
}

TEST_CASE("keys are compared after their escapes are decoded", "[config][duplicate-keys]")
{
    CHECK(found(R"({"name": 1, "n\u0061me": 2})") == QStringList{uR"(key "name" appears twice)"_s});
    CHECK(found(R"({"a\"b": 1, "a\u0022b": 2})") == QStringList{uR"(key "a"b" appears twice)"_s});
    CHECK(found("{\"\xC3\xA9\": 1, \"\\u00e9\": 2}") == QStringList{u"key \"\u00E9\" appears twice"_s});
    CHECK(found(R"({"\ud83d\ude00": 1, "😀": 2})") == QStringList{u"key \"\U0001F600\" appears twice"_s});
    // Different keys that only look alike are different keys.
    CHECK(found(R"({"name": 1, "name\u200b": 2, "Name": 3})").isEmpty());
    // An invisible character of a repeated key is written as an escape.
    CHECK(found(R"({"a\u200b": 1, "a\u200b": 2})") == QStringList{uR"(key "a\u200B" appears twice)"_s});
}
