#include "core/report/ParallelDayReader.h"

#include "core/report/ReadSnapshot.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresDialect.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <numeric>
#include <optional>
#include <thread>

namespace antre::report {

namespace {

// Reads days in a thread of its own, on its own read-only connection (a connection belongs to the thread that
// opened it), while the caller reads others. A failure (the file cannot be opened twice, say) yields nothing
// and leaves the days to the caller.
class SecondReader final
{
public:
    SecondReader(const QString& path, const Catalog& catalog, qsizetype dayCount, std::span<DayToRead> days)
        : m_thread([this, path, &catalog, dayCount, days] {
              auto db = Database::open(path, Database::Mode::ReadOnly);
              if (!db.ok())
                  return;
              Accumulator accumulator(catalog, dayCount);
              bool read = false;
              {
                  const ReadSnapshot snapshot(db.value()->sql());
                  read = readDays(db.value()->sql(), db.value()->dialect(), accumulator, days).ok();
              }
              if (read)
                  m_result.emplace(std::move(accumulator));
          })
    {}
    ~SecondReader()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(SecondReader)

    std::optional<Accumulator> take()
    {
        m_thread.join();
        return std::move(m_result);
    }

private:
    std::optional<Accumulator> m_result; // before m_thread: it must exist when the thread starts
    std::thread m_thread;
};

} // namespace

Status readDays(QSqlDatabase& db, const SqlDialect& dialect, Accumulator& accumulator,
                std::span<DayToRead> days)
{
    auto reader = TicketReader::prepare(db, dialect);
    if (!reader.ok())
        return reader.error();
    for (DayToRead& day : days) {
        auto s = day.summary.isEmpty() ? accumulator.addDay(reader.value(), day.frame, day.extent, day.index,
                                                            day.summarise ? &day.records : nullptr)
                                       : accumulator.addSummary(day.summary, day.frame, day.index);
        if (!s.ok())
            return s;
    }
    return Done{};
}

size_t daysForSecondReader(std::span<const DayToRead> days)
{
    const qint64 total = std::accumulate(days.begin(), days.end(), qint64(0),
                                         [](qint64 sum, const DayToRead& day) { return sum + day.cost(); });
    if (total < kParallelMinCost)
        return 0;
    qint64 sum = 0;
    size_t count = 0;
    while (count < days.size() && days[count].frame.over && 2 * sum < total)
        sum += days[count++].cost();
    return count;
}

ParallelDayReader::ParallelDayReader(Database& db, const Catalog& catalog) : m_db(db), m_catalog(catalog) {}

Result<Accumulator> ParallelDayReader::read(std::span<DayToRead> days)
{
    QSqlDatabase& db = m_db.sql();
    const qsizetype dayCount = qsizetype(days.size());
    // On a server the two overlap the server's work for one half with the parsing of the other's.
    const bool reachableTwice =
        QFileInfo(m_db.path()).isFile() || PostgresDialect::isPostgresLocation(m_db.path());
    const size_t split = reachableTwice ? daysForSecondReader(days) : 0;
    std::optional<SecondReader> second;
    if (split > 0)
        second.emplace(m_db.path(), m_catalog, dayCount, days.first(split));
    Accumulator later(m_catalog, dayCount);
    later.reserve(std::accumulate(days.begin() + qsizetype(split), days.end(), qint64(0),
                                  [](qint64 sum, const DayToRead& day) { return sum + day.tickets(); }));
    if (auto s = readDays(db, m_db.dialect(), later, days.subspan(split)); !s.ok())
        return s.error();
    std::optional<Accumulator> earlier = second ? second->take() : std::nullopt;
    m_daysReadBySecond = earlier ? split : 0;
    if (!earlier) {
        earlier.emplace(m_catalog, dayCount);
        if (auto s = readDays(db, m_db.dialect(), *earlier, days.first(split)); !s.ok())
            return s.error();
    }
    earlier->append(later);
    return std::move(*earlier);
}

} // namespace antre::report
