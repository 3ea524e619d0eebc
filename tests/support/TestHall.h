#pragma once

#include "core/Clock.h"
#include "core/HallConfig.h"
#include "core/QueueEngine.h"
#include "core/StaffDirectory.h"
#include "core/hall/Hall.h"
#include "core/storage/Database.h"
#include "tests/support/PgTestDatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace antre::test {

// A small hall in a fresh temporary database (SQLite or PostgreSQL, see path()), with a manual clock starting
// on Monday 2026-11-23 09:00 WIB. Services: S1 (prefix A, quota 5, Mon–Fri 08:00–12:00 & 13:00–15:00, cutoff
// 30), S2 (prefix B, unlimited, Mon–Sat 08:00–16:00), S3 (prefix C, Tuesdays only). Counters: L1 {S1,S2}, L2
// {S1}, L3 {S2}. Staff: OFF1 officer at L1,L2 PIN 1234; OFF2 officer at L3 PIN 5678; SPV supervisor PIN 9999.
class TestHall final
{
public:
    explicit TestHall(const HallConfig& config = smallConfig());
    ~TestHall();
    Q_DISABLE_COPY_MOVE(TestHall)

    static HallConfig smallConfig();
    // A local (Asia/Jakarta) wall-clock time as a UTC instant.
    static QDateTime local(QDate date, QTime time);
    static QDate monday() { return {2026, 11, 23}; }

    void setLocal(QDate date, QTime time) { clock.set(local(date, time)); }
    void setLocal(QTime time) { clock.set(local(clock.now().toTimeZone(zone()).date(), time)); }
    static QTimeZone zone();

    // Where the hall is, as programs take it in --db: a file in a temporary folder, or with
    // ANTRE_TEST_BACKEND=postgresql a fresh database of its own on the test server (see PgTestDatabase).
    QString path() const { return m_pg ? m_pg->location() : m_dir.filePath(QStringLiteral("hall.db")); }
    QString dir() const { return m_dir.path(); }

    // The same hall opened the way the programs open it (Hall::open on the file, this clock): what the
    // front ends under test are wired from. Opened on first use; its change notifier is not started.
    HallServices& services();

    ManualClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<QueueEngine> engine;
    std::unique_ptr<StaffDirectory> staff;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    std::unique_ptr<Hall> m_hall;
};

} // namespace antre::test
