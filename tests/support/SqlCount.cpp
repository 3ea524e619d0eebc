#include "tests/support/SqlCount.h"

#include "core/storage/Database.h"

#include <catch2/catch.hpp>

namespace antre::test {

qint64 count(Database& db, const QString& sql, const QVariantList& args)
{
    auto q = Database::run(db.sql(), sql, args);
    if (!q.ok())
        FAIL(q.error().message.toStdString());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

} // namespace antre::test
