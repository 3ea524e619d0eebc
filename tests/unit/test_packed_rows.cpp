#include "core/storage/PackedRows.h"

#include <QString>

#include <array>
#include <catch2/catch.hpp>
#include <limits>

using namespace Qt::Literals::StringLiterals;
using antre::PackedRows;

namespace {

using Row = std::array<std::optional<qint64>, 3>;

} // namespace

TEST_CASE("packed rows are read value by value, an empty value as NULL", "[packed-rows]")
{
    const QString text = u"1,-20,300\n,,\n9223372036854775807,-9223372036854775808,0\n"_s;
    PackedRows rows(text);
    Row row;
    REQUIRE(rows.next(row));
    CHECK(row == Row{1, -20, 300});
    REQUIRE(rows.next(row));
    CHECK(row == Row{std::nullopt, std::nullopt, std::nullopt});
    REQUIRE(rows.next(row));
    CHECK(row == Row{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 0});
    CHECK_FALSE(rows.next(row));
    CHECK_FALSE(rows.failed());

    PackedRows none(QString{});
    CHECK_FALSE(none.next(row));
    CHECK_FALSE(none.failed());
}

TEST_CASE("a malformed packed row stops the reading as a failure", "[packed-rows]")
{
    for (const QString& text :
         {u"1,2\n"_s, u"1,2,3,4\n"_s, u"1,2,3"_s, u"1,x,3\n"_s, u"1,-,3\n"_s, u"1, 2,3\n"_s,
          u"9223372036854775808,0,0\n"_s, u"-9223372036854775809,0,0\n"_s, u"00000000000000000001,0,0\n"_s}) {
        INFO(text.toStdString());
        const QString packed = u"7,8,9\n"_s + text;
        PackedRows rows(packed);
        Row row;
        REQUIRE(rows.next(row));
        CHECK(row == Row{7, 8, 9});
        CHECK_FALSE(rows.next(row));
        CHECK(rows.failed());
        CHECK_FALSE(rows.next(row));
    }
}
