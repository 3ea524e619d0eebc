#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"
#include "core/services/ConfigService.h"

#include <QCoreApplication>

class QSqlDatabase;

namespace antre {

class Clock;
class Database;

// Moves the hall configuration between the database and HallConfig.
class HallStore final : public ConfigService
{
    Q_DECLARE_TR_FUNCTIONS(HallStore)
public:
    HallStore(Database& db, const Clock& clock);
    ~HallStore() override;
    Q_DISABLE_COPY_MOVE(HallStore)

    // All or nothing, in one transaction, with one audit event. Updates existing rows by code;
    // agencies, services and counters missing from the file are deactivated, never deleted, so that
    // history keeps its references. The configuration must already be valid (ConfigIo::validate).
    Status import(const HallConfig& config, const QString& actorId = {}) override;
    Status importHashed(const HallConfig& config, const QHash<QString, QString>& pinHashes,
                        const QString& actorId = {}) override;
    // The active configuration, without PINs.
    Result<HallConfig> load() override;
    bool isInitialized() override;

private:
    // config_history (schema version 3): the configuration as imported, and the one before the first import
    // of a hall set up before configurations were recorded.
    static Status recordConfig(QSqlDatabase& db, qint64 atMs, const QByteArray& json);
    Status keepPreviousConfig(QSqlDatabase& db);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace antre
