#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace antre {

// Least privilege on a PostgreSQL hall (antre server init): the NOLOGIN group roles antre_display,
// antre_kiosk, antre_counter, antre_supervisor and antre_admin with only the grants each kind of device
// needs (core/storage/postgresql/roles.sql). A device logs in with its own LOGIN role in one group.
class PgRoles final
{
    Q_DECLARE_TR_FUNCTIONS(PgRoles)
public:
    static QStringList groupRoles();
    // Makes or migrates the hall's schema at location, then creates the group roles that are missing and
    // sets their grants anew, in one transaction. Run by the database's owner with CREATEROLE; a SQLite
    // location is refused (a file's access is its permissions).
    static Status init(const QString& location);
};

} // namespace antre
