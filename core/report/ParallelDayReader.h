#pragma once

#include "core/report/DaySummaryStore.h"
#include "core/report/ReportAccumulator.h"

#include <span>

class QSqlDatabase;

namespace antre {
class Database;
class SqlDialect;
} // namespace antre

namespace antre::report {

// Reads the days of a report, each from its summary or its tickets, on the caller's connection and snapshot.
Status readDays(QSqlDatabase& db, const SqlDialect& dialect, Accumulator& accumulator,
                std::span<DayToRead> days);

// Below this cost (about 25 ms of reading) a second connection costs more than it saves.
constexpr qint64 kParallelMinCost = 20'000;

// How many of the first days a second connection reads, in another thread, while this one reads the rest:
// about half the work, and only days that are over. Their tickets no longer change (a ticket still in
// service at midnight excepted), so the two snapshots agree; today stays with the main snapshot.
size_t daysForSecondReader(std::span<const DayToRead> days);

// Reads all days of a report into one accumulator. A year of a big hall that is not summarised yet is
// millions of rows: two connections read them side by side (a file or a PostgreSQL database, not an in-memory
// database, which another connection would see as another one). The caller holds a read snapshot on `db`.
class ParallelDayReader final
{
public:
    ParallelDayReader(Database& db, const Catalog& catalog);
    Q_DISABLE_COPY_MOVE(ParallelDayReader)

    // The days are those of the whole report, in order; the days read from tickets get their records when
    // they are to be summarised.
    Result<Accumulator> read(std::span<DayToRead> days);
    // How many of the first days the second connection read in the last read (0: this one read them all).
    size_t daysReadBySecond() const { return m_daysReadBySecond; }

private:
    Database& m_db;
    const Catalog& m_catalog;
    size_t m_daysReadBySecond = 0;
};

} // namespace antre::report
