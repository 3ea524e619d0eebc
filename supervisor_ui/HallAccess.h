#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace antre {

class ChangeWatcher;
class Clock;
class Database;
class QueueEngine;
class StaffDirectory;

// The core objects the supervisor screens read and change. The program fills it from its AppContext,
// tests from their fixture, so that every screen can run against a manual clock.
struct HallAccess
{
    Database& database;
    QueueEngine& engine;
    StaffDirectory& staff;
    const Clock& clock;
    ChangeWatcher& watcher;

    // The site's time zone (from the current configuration) and what time it is there.
    QTimeZone zone() const;
    QDateTime localNow() const;
    QDate today() const;
};

} // namespace antre
