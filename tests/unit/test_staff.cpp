#include "core/PinHasher.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

TEST_CASE("PINs are stored only as Argon2id hashes", "[staff]")
{
    TestHall hall;
    auto q = Database::run(hall.db->sql(), u"SELECT pin_hash FROM staff WHERE staff_code = 'OFF1'"_s);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    const QString hash = q.value().value(0).toString();
    CHECK(hash.startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash.contains(u"1234"_s));
    CHECK(PinHasher::verify(hash, u"1234"_s));
    CHECK_FALSE(PinHasher::verify(hash, u"1235"_s));
    CHECK(PinHasher::isWellFormedPin(u"1234"_s));
    CHECK_FALSE(PinHasher::isWellFormedPin(u"12a4"_s));
    CHECK_FALSE(PinHasher::isWellFormedPin(u"123"_s));
}

TEST_CASE("login with ID and PIN", "[staff]")
{
    TestHall hall;
    auto member = hall.staff->login(u"OFF1"_s, u"1234"_s);
    REQUIRE(member.ok());
    CHECK(member.value().name == u"Officer One");
    CHECK(member.value().role == Role::Officer);
    CHECK(member.value().counters == QStringList{u"L1"_s, u"L2"_s});
    auto wrong = hall.staff->login(u"OFF1"_s, u"0000"_s);
    CHECK(wrong.error().code == ErrorCode::WrongPin);
    CHECK(wrong.error().kind == ErrorKind::Refused);
    // Unknown IDs read exactly like a wrong PIN.
    auto unknown = hall.staff->login(u"GHOST"_s, u"1234"_s);
    CHECK(unknown.error().code == ErrorCode::WrongPin);
    CHECK(unknown.error().message == wrong.error().message);
}

TEST_CASE("five wrong PINs lock the account for five minutes", "[staff]")
{
    TestHall hall;
    for (int i = 0; i < 4; ++i)
        CHECK(hall.staff->login(u"OFF1"_s, u"0000"_s).error().code == ErrorCode::WrongPin);
    CHECK(hall.staff->login(u"OFF1"_s, u"0000"_s).error().code == ErrorCode::Locked);
    // Even the right PIN is refused while locked.
    CHECK(hall.staff->login(u"OFF1"_s, u"1234"_s).error().code == ErrorCode::Locked);
    hall.clock.advanceSecs(4 * 60 + 59);
    CHECK(hall.staff->login(u"OFF1"_s, u"1234"_s).error().code == ErrorCode::Locked);
    hall.clock.advanceSecs(1);
    CHECK(hall.staff->login(u"OFF1"_s, u"1234"_s).ok());
    // A success resets the count: four more failures do not lock.
    for (int i = 0; i < 4; ++i)
        CHECK(hall.staff->login(u"OFF1"_s, u"0000"_s).error().code == ErrorCode::WrongPin);
    CHECK(hall.staff->login(u"OFF1"_s, u"1234"_s).ok());
}

TEST_CASE("unlock, reset PIN, deactivate", "[staff]")
{
    TestHall hall;
    for (int i = 0; i < 5; ++i)
        (void)hall.staff->login(u"OFF2"_s, u"0000"_s);
    REQUIRE(hall.staff->unlock(u"OFF2"_s, u"SPV"_s).ok());
    CHECK(hall.staff->login(u"OFF2"_s, u"5678"_s).ok());
    REQUIRE(hall.staff->setPin(u"OFF2"_s, u"24681012"_s).ok());
    CHECK_FALSE(hall.staff->login(u"OFF2"_s, u"5678"_s).ok());
    CHECK(hall.staff->login(u"OFF2"_s, u"24681012"_s).ok());
    CHECK(hall.staff->setPin(u"OFF2"_s, u"12"_s).error().kind == ErrorKind::BadInput);
    REQUIRE(hall.staff->setActive(u"OFF2"_s, false).ok());
    CHECK(hall.staff->login(u"OFF2"_s, u"24681012"_s).error().code == ErrorCode::Inactive);
    CHECK(hall.staff->unlock(u"NOBODY"_s).error().kind == ErrorKind::BadInput);
}

TEST_CASE("staff save adds and updates by ID", "[staff]")
{
    TestHall hall;
    StaffConfig member{u"NEW1"_s, u"New Officer"_s, Role::Officer, {u"L3"_s}, u"4321"_s, true};
    REQUIRE(hall.staff->save(member).ok());
    CHECK(hall.staff->login(u"NEW1"_s, u"4321"_s).ok());
    member.name = u"Renamed"_s;
    member.pin.clear(); // keeps the stored PIN
    REQUIRE(hall.staff->save(member).ok());
    auto found = hall.staff->find(u"NEW1"_s);
    REQUIRE(found.ok());
    CHECK(found.value().name == u"Renamed");
    CHECK(hall.staff->login(u"NEW1"_s, u"4321"_s).ok());
    member.counters = {u"L99"_s};
    CHECK(hall.staff->save(member).error().code == ErrorCode::UnknownCounter);
}

TEST_CASE("staff save refuses an ID that cannot be typed as a command-line argument", "[staff]")
{
    TestHall hall;
    for (const QString& id : {u"-"_s, u"--json"_s, u".OFF9"_s, u"_OFF9"_s}) {
        INFO(id.toStdString());
        const StaffConfig member{id, u"New Officer"_s, Role::Officer, {u"L3"_s}, u"4321"_s, true};
        const Status saved = hall.staff->save(member);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().code == ErrorCode::BadText);
        CHECK(saved.error().message ==
              u"id: \""_s + id + u"\" must start with a letter A-Z or a-z or a digit 0-9"_s);
        CHECK_FALSE(hall.staff->find(id).ok());
    }
}
