#include "core/Types.h"
#include "tests/support/QtStringMakers.h"

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using namespace Qt::Literals::StringLiterals;
using antre::TicketNumber;

namespace Catch {
template <> struct StringMaker<TicketNumber>
{
    static std::string convert(const TicketNumber& value)
    {
        return value.prefix().toStdString() + '/' + std::to_string(value.sequence());
    }
};
template <> struct StringMaker<std::optional<TicketNumber>>
{
    static std::string convert(const std::optional<TicketNumber>& value)
    {
        return value ? StringMaker<TicketNumber>::convert(*value) : std::string("nullopt");
    }
};
} // namespace Catch

TEST_CASE("ticket numbers parse with or without dash, in any case", "[types]")
{
    const auto dashed = TicketNumber::parse(u"A-001"_s);
    REQUIRE(dashed.has_value());
    CHECK(dashed->prefix() == u"A"_s);
    CHECK(dashed->sequence() == 1);
    CHECK(dashed->isValid());

    const auto lower = TicketNumber::parse(u"a-7"_s);
    REQUIRE(lower.has_value());
    CHECK(lower->prefix() == u"A"_s);
    CHECK(lower->sequence() == 7);

    const auto undashed = TicketNumber::parse(u"A007"_s);
    REQUIRE(undashed.has_value());
    CHECK(*undashed == TicketNumber(u"A"_s, 7));
    CHECK(*undashed == *lower);

    SECTION("longer prefixes and sequences")
    {
        CHECK(TicketNumber::parse(u"ab-12"_s) == TicketNumber(u"AB"_s, 12));
        CHECK(TicketNumber::parse(u"XYZ-999"_s) == TicketNumber(u"XYZ"_s, 999));
        CHECK(TicketNumber::parse(u"B-1000"_s) == TicketNumber(u"B"_s, 1000));
        CHECK(TicketNumber::parse(u"B12345"_s) == TicketNumber(u"B"_s, 12345));
    }

    SECTION("surrounding whitespace from a scanner or a text field is ignored")
    {
        CHECK(TicketNumber::parse(u"  C-042\n"_s) == TicketNumber(u"C"_s, 42));
    }
}

TEST_CASE("invalid ticket numbers do not parse", "[types]")
{
    const QStringList invalid{
        u""_s,     u"   "_s,    u"-"_s,     u"A"_s,      u"A-"_s,       u"-001"_s,       u"001"_s,
        u"A-0"_s,  u"A-000"_s,  u"A--1"_s,  u"A-1a"_s,   u"A-1.5"_s,    u"A - 001"_s,    u"A_001"_s,
        u"A-+1"_s, u"A--001"_s, u"1-001"_s, u"ABCD-1"_s, u"A-123456"_s, u"\u00C9-001"_s, u"A-\u0661"_s,
    };
    for (const QString& text : invalid) {
        INFO("input " << text.toStdString());
        CHECK_FALSE(TicketNumber::parse(text).has_value());
    }
}

TEST_CASE("ticket numbers print with at least three digits", "[types]")
{
    CHECK(TicketNumber(u"A"_s, 1).toString() == u"A-001"_s);
    CHECK(TicketNumber(u"A"_s, 7).toString() == u"A-007"_s);
    CHECK(TicketNumber(u"A"_s, 12).toString() == u"A-012"_s);
    CHECK(TicketNumber(u"A"_s, 999).toString() == u"A-999"_s);
    CHECK(TicketNumber(u"A"_s, 1000).toString() == u"A-1000"_s);
    CHECK(TicketNumber(u"AB"_s, 1234).toString() == u"AB-1234"_s);

    CHECK(TicketNumber(u"A"_s, 7).digits() == u"007"_s);
    CHECK(TicketNumber(u"A"_s, 120).digits() == u"120"_s);
    CHECK(TicketNumber(u"A"_s, 1000).digits() == u"1000"_s);

    SECTION("what is printed parses back to the same number")
    {
        for (const int sequence : {1, 9, 10, 99, 100, 999, 1000, 9999, 10000, 99999}) {
            const TicketNumber number(u"K"_s, sequence);
            INFO(number.toString().toStdString());
            CHECK(TicketNumber::parse(number.toString()) == number);
        }
    }
}

TEST_CASE("ticket number validity", "[types]")
{
    CHECK_FALSE(TicketNumber().isValid());
    CHECK_FALSE(TicketNumber(u"A"_s, 0).isValid());
    CHECK_FALSE(TicketNumber(u"A"_s, -1).isValid());
    CHECK_FALSE(TicketNumber(QString(), 5).isValid());
    CHECK(TicketNumber(u"A"_s, 1).isValid());
    CHECK(TicketNumber(u"A"_s, 1) != TicketNumber(u"B"_s, 1));
    CHECK(TicketNumber(u"A"_s, 1) != TicketNumber(u"A"_s, 2));
}

TEST_CASE("stored keys are stable and round-trip", "[types]")
{
    using namespace antre;
    // These strings live in databases and exported files; changing one breaks existing halls.
    CHECK(toKey(TicketStatus::Waiting) == u"waiting"_s);
    CHECK(toKey(TicketStatus::NoShow) == u"no_show"_s);
    CHECK(toKey(Outcome::Referred) == u"referred"_s);
    CHECK(toKey(CounterState::Break) == u"break"_s);
    CHECK(toKey(Role::Supervisor) == u"supervisor"_s);

    for (const auto status :
         {TicketStatus::Waiting, TicketStatus::Called, TicketStatus::Serving, TicketStatus::Done,
          TicketStatus::NoShow, TicketStatus::Cancelled, TicketStatus::Expired})
        CHECK(ticketStatusFromKey(toKey(status)) == status);
    for (const auto outcome : {Outcome::Completed, Outcome::Incomplete, Outcome::Referred})
        CHECK(outcomeFromKey(toKey(outcome)) == outcome);
    for (const auto state : {CounterState::Closed, CounterState::Open, CounterState::Break})
        CHECK(counterStateFromKey(toKey(state)) == state);
    for (const auto role : {Role::Officer, Role::Supervisor, Role::Admin})
        CHECK(roleFromKey(toKey(role)) == role);

    CHECK_FALSE(ticketStatusFromKey(u"Waiting"_s).has_value());
    CHECK_FALSE(ticketStatusFromKey(QString()).has_value());
    CHECK_FALSE(outcomeFromKey(u"done"_s).has_value());
    CHECK_FALSE(roleFromKey(u"root"_s).has_value());
}
