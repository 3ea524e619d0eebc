#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace antre {

// One run of the nightly backup (packaging/scripts/antre-backup) as the script reported it after checking
// the copy: verified, or failed with the reason.
struct BackupRun
{
    QDateTime at; // UTC, when it was recorded
    bool ok = false;
    QString file;   // the verified copy; empty for a failure that made none
    QString reason; // why it failed; empty when ok
};

// The backups' outcomes, recorded in the hall's audit log (backup.recorded) so that the supervisor's
// dashboard sees a failed or missing backup without reading the journal of another machine.
class BackupService
{
public:
    BackupService() = default;
    virtual ~BackupService();
    Q_DISABLE_COPY_MOVE(BackupService)

    // The run's at is the clock's now, whatever the caller put there.
    virtual Result<qint64> record(const BackupRun& run) = 0;
    // The newest run recorded at or after sinceUtc, or nothing.
    virtual Result<std::optional<BackupRun>> latest(const QDateTime& sinceUtc) = 0;
};

} // namespace antre
