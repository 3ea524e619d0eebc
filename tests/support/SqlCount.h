#pragma once

#include <QString>
#include <QVariantList>

namespace antre {
class Database;
}

namespace antre::test {

// The one number a query answers (a count, a max); fails the test case on an error or when there is no row.
qint64 count(Database& db, const QString& sql, const QVariantList& args = {});

} // namespace antre::test
