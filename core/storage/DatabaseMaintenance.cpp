// Database: the integrity check, the checkpoint and the online backup.
#include "core/storage/Database.h"
#include "core/storage/PostgresDialect.h"

#include <QFileInfo>
#include <QSqlDriver>

namespace antre {

Result<QString> Database::integrityCheck()
{
    auto query = run(m_db, m_dialect->integrityCheckQuery());
    if (!query.ok())
        return query.error();
    QStringList lines;
    while (query.value().next())
        lines << query.value().value(0).toString();
    // On a damaged file SQLite lists what it found, then may end the statement with the damage itself: the
    // list is the answer (the connection is marked all the same).
    if (auto ended = rowsEnded(query.value()); !ended.ok() && lines.isEmpty())
        return ended.error();
    return lines.join(u'\n');
}

Status Database::checkpoint()
{
    if (auto refused = refuseWrite(); !refused.ok())
        return refused;
    if (auto result = run(m_db, m_dialect->checkpointStatement()); !result.ok())
        return storageError(result.error());
    return Done{};
}

Status Database::backupTo(const QString& targetPath)
{
    if (targetPath.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, tr("No backup file was given."));
    if (QFileInfo::exists(targetPath))
        return makeError(ErrorKind::BadInput, ErrorCode::Exists,
                         tr("%1: file already exists; choose a new name").arg(targetPath));
    if (m_dialect->backupStatement().isEmpty() && m_db.driver() &&
        m_db.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return PostgresDialect().dump(m_path, targetPath);
    if (m_dialect->backupStatement().isEmpty())
        return makeError(
            ErrorKind::BadInput, ErrorCode::BackupFailed,
            tr("%1: backup failed: %2").arg(targetPath, m_dialect->backupAdvice(m_path, targetPath)));
    auto result = run(m_db, m_dialect->backupStatement(), {targetPath});
    if (!result.ok())
        return makeError(ErrorKind::Internal, ErrorCode::BackupFailed,
                         tr("%1: backup failed: %2").arg(targetPath, result.error().message));
    return Done{};
}

} // namespace antre
