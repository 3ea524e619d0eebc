#include "core/Result.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

TEST_CASE("Every error code has its own non-empty wire text, and the text reads back as the code",
          "[error_code]")
{
    const QRegularExpression snakeCase(u"^[a-z]+(_[a-z]+)*$"_s);
    QSet<QString> seen;
    int count = 0;
    for (const ErrorCode code : allErrorCodes()) {
        const QString text = toString(code);
        INFO("code #" << static_cast<int>(code) << " " << text.toStdString());
        CHECK(static_cast<int>(code) == count++);
        CHECK(!text.isEmpty());
        CHECK(snakeCase.match(text).hasMatch());
        CHECK(!seen.contains(text));
        seen.insert(text);
        REQUIRE(errorCodeFromString(text).has_value());
        CHECK(*errorCodeFromString(text) == code);
    }
    CHECK(count == kErrorCodeCount);
    CHECK(allErrorCodes().back() == kLastErrorCode);
}

TEST_CASE("Error code texts are the wire form the CLI and the logs have always shown", "[error_code]")
{
    // A few of the released texts, spelled out: renaming an enumerator must not change what goes out.
    CHECK(toString(ErrorCode::QueueEmpty) == u"queue_empty"_s);
    CHECK(toString(ErrorCode::TicketOpen) == u"ticket_open"_s);
    CHECK(toString(ErrorCode::CounterNotOpen) == u"counter_not_open"_s);
    CHECK(toString(ErrorCode::WrongPin) == u"wrong_pin"_s);
    CHECK(toString(ErrorCode::Locked) == u"locked"_s);
    CHECK(toString(ErrorCode::UnknownService) == u"unknown_service"_s);
    CHECK(toString(ErrorCode::DiskFull) == u"disk_full"_s);
    CHECK(toString(ErrorCode::NotOpenYet) == u"not_open_yet"_s);
    CHECK(toString(ErrorCode::PrinterPaperOut) == u"printer_paper_out"_s);
    CHECK(toString(ErrorCode::Usage) == u"usage"_s);

    const Error error = makeError(ErrorKind::Refused, ErrorCode::QuotaFull, u"Today's quota is used up"_s);
    CHECK(error.code == ErrorCode::QuotaFull);
    CHECK(error.codeText() == u"quota_full"_s);
}

TEST_CASE("A text no release wrote is no error code", "[error_code]")
{
    CHECK_FALSE(errorCodeFromString(u""_s).has_value());
    CHECK_FALSE(errorCodeFromString(u"Queue_Empty"_s).has_value());
    CHECK_FALSE(errorCodeFromString(u"queue-empty"_s).has_value());
    CHECK_FALSE(errorCodeFromString(u"quota_full "_s).has_value());
}
