#include "core/storage/PgRoles.h"

#include "core/storage/Database.h"
#include "core/storage/PostgresDialect.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QStringList PgRoles::groupRoles()
{
    return {u"antre_display"_s, u"antre_kiosk"_s, u"antre_counter"_s, u"antre_supervisor"_s,
            u"antre_admin"_s};
}

Status PgRoles::init(const QString& location)
{
    if (!PostgresDialect::isPostgresLocation(location))
        return makeError(
            ErrorKind::BadInput, ErrorCode::BadLocation,
            tr("%1 is a SQLite file: its access is the file's permissions; database roles are for "
               "a PostgreSQL hall (--db service=NAME or postgresql://…)")
                .arg(location));
    QFile file(u":/antre/storage/postgresql/roles.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Internal, ErrorCode::Schema,
                         tr("the roles script is missing from this program: %1").arg(file.errorString()));
    const QString script = QString::fromUtf8(file.readAll());
    auto db = Database::open(location, Database::Mode::ReadWrite, Database::Durability::Full,
                             Database::IfMissing::Create);
    if (!db.ok())
        return db.error();
    const QStringList statements = db.value()->dialect().splitScript(script);
    const Status done = db.value()->write([&](QSqlDatabase& sql) -> Status {
        for (const QString& statement : statements)
            if (auto result = Database::run(sql, statement); !result.ok())
                return result.error();
        return Done{};
    });
    if (!done.ok() && done.error().message.contains(u"permission denied"_s))
        return makeError(
            ErrorKind::Refused, ErrorCode::ReadOnly,
            tr("%1: only the database's owner with the CREATEROLE right can set up the roles (as "
               "the postgres user, for instance): %2")
                .arg(location, done.error().message));
    return done;
}

} // namespace antre
