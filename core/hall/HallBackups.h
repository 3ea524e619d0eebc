#pragma once

#include "core/services/BackupService.h"

namespace antre {

class Clock;
class Database;

// BackupService over the hall's audit log.
class HallBackups final : public BackupService
{
public:
    HallBackups(Database& db, const Clock& clock);
    ~HallBackups() override;
    Q_DISABLE_COPY_MOVE(HallBackups)

    Result<qint64> record(const BackupRun& run) override;
    Result<std::optional<BackupRun>> latest(const QDateTime& sinceUtc) override;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace antre
