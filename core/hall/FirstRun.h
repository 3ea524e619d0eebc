#pragma once

#include "core/Cancellation.h"
#include "core/HallConfig.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace antre {

class ConfigService;

// What the first-run wizard asks: just enough for a hall that opens, issues and calls (one agency, one
// service with default hours, one booth, one administrator). The rest is configured afterwards.
struct FirstHallAnswers
{
    QString hallName;
    QString timezone = QStringLiteral("Asia/Jakarta");
    QString agencyCode;
    QString agencyName;
    QString serviceCode;
    QString serviceName;
    QString prefix;
    QString boothCode;
    QString boothName;
    QString adminId;
    QString pin;
    QString pinAgain;
};

// A hall's first run: whether it needs one, and the ways in that do not take a file (the demo hall, the
// wizard's answers). `antre demo`, `antre init` and the supervisor's first-run view share these.
class FirstRun final
{
    Q_DECLARE_TR_FUNCTIONS(FirstRun)
public:
    enum class Field
    {
        HallName,
        TimeZone,
        AgencyCode,
        AgencyName,
        ServiceCode,
        ServiceName,
        Prefix,
        BoothCode,
        BoothName,
        AdminId,
        Pin,
        PinAgain
    };

    // True for a database that has no configuration yet (just made, or made and never imported into).
    static bool isNeeded(ConfigService& configs);
    // The demo hall (MPP Kota Serang), embedded in the core so that every program offers the same one.
    static Result<HallConfig> demoConfig();
    // The three Indonesian time zones a hall can be in: Asia/Jakarta (WIB), Asia/Makassar (WITA),
    // Asia/Jayapura (WIT).
    static QStringList timeZones();
    // Every member's PIN hashed (staff ID → Argon2id hash), for ConfigService::importHashed. Hashing is
    // deliberately slow (about a second per member on a hall PC): a window runs this on a thread of its own.
    // Touches no database, so any thread may call it; progress (if given) after each member, with the number
    // hashed of those with a PIN. Nothing when cancelled (read before each member).
    static std::optional<QHash<QString, QString>>
    hashPins(const HallConfig& config, const std::function<void(int done, int total)>& progress = {},
             const Cancellation& cancellation = {});

    // The configuration the answers describe. The service opens Monday to Friday 08:00-15:00 (Friday with
    // the prayer break) and the administrator may open the booth.
    static HallConfig configFrom(const FirstHallAnswers& answers);
    // What is wrong with each answer, by the configuration's own rules (plus: a PIN is required and typed
    // twice the same). Empty when the answers make a valid hall.
    static QMap<Field, QString> problems(const FirstHallAnswers& answers);
};

} // namespace antre
