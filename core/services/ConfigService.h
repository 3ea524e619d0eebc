#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"

#include <QHash>

namespace antre {

// The hall's configuration as stored: what is in force now, and replacing it. Every import is one
// transaction with its audit event and its entry in the configuration history (reports of past days use
// the configuration in force on each day).
class ConfigService
{
public:
    ConfigService() = default;
    virtual ~ConfigService();
    Q_DISABLE_COPY_MOVE(ConfigService)

    virtual Status import(const HallConfig& config, const QString& actorId = {}) = 0;
    // The same, with some PINs hashed beforehand (FirstRun::hashPins, off a window's thread): a member in
    // pinHashes (staff ID → Argon2id hash) gets that hash instead of one made here of its pin.
    virtual Status importHashed(const HallConfig& config, const QHash<QString, QString>& pinHashes,
                                const QString& actorId = {}) = 0;
    virtual Result<HallConfig> load() = 0;
    // False for a database that has no hall yet (made, but never given a configuration).
    virtual bool isInitialized() = 0;
};

} // namespace antre
