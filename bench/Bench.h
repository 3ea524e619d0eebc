#pragma once

#include "core/HallConfig.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <optional>

class QSqlDatabase;

namespace antre {
class Database;
}

namespace antre::bench {

// One measured figure, printed as a table row and written to the JSON file.
struct Figure
{
    QString section; // "1 issue", "2 call-next", …
    QString name;    // what was measured
    double value = 0;
    QString unit; // "ms", "tickets/s", "%", "MB"
    QString baselineName;
    std::optional<double> baseline; // same unit, measured in the same run
    QString target;                 // e.g. "ratio <= 1.5", "p95 < 100 ms"; empty when none
    std::optional<bool> met;
    QString note;

    static Figure of(const QString& section, const QString& name, double value, const QString& unit,
                     const QString& baselineName = {}, std::optional<double> baseline = {},
                     const QString& target = {});
    std::optional<double> ratio() const;
};

// What every section gets: the sizes to use, a scratch folder and where the figures go.
class Context final
{
public:
    // dataDir: where fixtures are kept between runs (--data); empty for a scratch folder removed at exit.
    Context(bool quick, const QString& dataDir);
    Q_DISABLE_COPY_MOVE(Context)

    bool quick() const { return m_quick; }
    // Scratch file, removed at exit.
    QString path(const QString& name) const;
    // A large fixture that may be kept for the next run: in --data DIR if given, else scratch.
    QString fixturePath(const QString& name) const;
    Figure& add(Figure figure);
    const QList<Figure>& figures() const { return m_figures; }
    // Free-form details per section (query plans, counts) for the JSON file.
    QJsonObject& details(const QString& section) { return m_details[section]; }
    const QMap<QString, QJsonObject>& allDetails() const { return m_details; }
    void fail(const QString& section, const QString& message);
    const QStringList& failures() const { return m_failures; }
    // A section that could not run here (no PostgreSQL server given): printed and written, never silent.
    void skip(const QString& section, const QString& reason);
    const QStringList& skipped() const { return m_skipped; }
    // The PostgreSQL server of section 9: a libpq conninfo without dbname (--pg-conninfo), or empty with
    // ownServer() for a throwaway server started through tests/pg/pg_server.sh (--pg).
    void setPostgres(const QString& conninfo, bool ownServer)
    {
        m_pgConninfo = conninfo;
        m_pgOwnServer = ownServer;
    }
    const QString& pgConninfo() const { return m_pgConninfo; }
    bool pgOwnServer() const { return m_pgOwnServer; }
    // The parts of section 9 to run (--pg-parts issue,calls,notify,reports); empty for all of them. The
    // report part generates a 3-million-ticket year on the server (minutes): the issue alone runs in seconds.
    void setPgParts(const QStringList& parts) { m_pgParts = parts; }
    bool runsPgPart(const QString& part) const { return m_pgParts.isEmpty() || m_pgParts.contains(part); }

private:
    bool m_quick;
    QString m_dataDir;
    QTemporaryDir m_dir;
    QList<Figure> m_figures;
    QMap<QString, QJsonObject> m_details;
    QStringList m_failures;
    QStringList m_skipped;
    QString m_pgConninfo;
    bool m_pgOwnServer = false;
    QStringList m_pgParts;
};

// Progress on stderr, so that stdout keeps only the table.
void log(const QString& text);

// A hall whose services S1…Sn issue all day every day: the benchmarks are never refused by a schedule.
HallConfig openAllDayHall(int services, int counters);
// Path of one of our programs in the build tree ("antre", "antre-worker", "antre-kiosk", …); empty if absent.
QString program(const QString& name);
// ANTRE_NOW used by every process of the benchmark: a Monday morning in Jakarta.
QString benchNow();

double percentile(QList<double> values, double p); // p in [0, 100], nearest-rank
double median(QList<double> values);
double msSince(const QElapsedTimer& timer);

// The handful of SQLite C functions the benchmark needs beyond Qt: tracing the statements a report
// runs and asking for their query plans. Looked up in the SQLite library Qt's driver already loaded,
// so the build needs no SQLite headers.
class SqliteApi final
{
public:
    static const SqliteApi* get(); // nullptr when the library cannot be found
    // Records the text of every statement run on the connection until stopTrace().
    bool startTrace(QSqlDatabase& db, QStringList* statements) const;
    void stopTrace(QSqlDatabase& db) const;
    // EXPLAIN QUERY PLAN, one line per step, indented by depth.
    QStringList queryPlan(QSqlDatabase& db, const QString& sql) const;

private:
    SqliteApi() = default;
    void* handle(QSqlDatabase& db) const;
    using TraceCallback = int (*)(unsigned, void*, void*, void*);
    int (*m_trace)(void*, unsigned, TraceCallback, void*) = nullptr;
    int (*m_prepare)(void*, const char*, int, void**, const char**) = nullptr;
    int (*m_step)(void*) = nullptr;
    const unsigned char* (*m_columnText)(void*, int) = nullptr;
    int (*m_columnInt)(void*, int) = nullptr;
    int (*m_finalize)(void*) = nullptr;
    const char* (*m_errmsg)(void*) = nullptr;
};

// The 32-booth, 4-kiosk run of section 2 on the database at db (a file, or a PostgreSQL location), set up
// by antre-worker; the figure's checks (0 double calls, lost or skipped) are in correct and note.
struct CallsRun
{
    double ticketsPerSecond = 0;
    bool correct = false;
    QString note;
    QJsonObject details;
    QString error;
};
CallsRun runCalls(Context& ctx, const QString& db, const QString& tag, int perIssuer);

// The figures of section 3 for the database at path, already holding a hall with service S1: a child
// process commits, this one's ChangeWatcher sees it; `how` says how the watcher learns of commits.
void notifyFigures(Context& ctx, const QString& section, const QString& path, double targetMs,
                   const QString& how);

// Section 4's hall (80 booths, 60 services), its business days of 2025 and one day's booth states (SQL valid
// on both databases), and its figures on a database holding that year: reports against a full scan.
HallConfig bigHall();
QList<QDate> businessDays();
QString statesOfDaySql(qint64 openMs);
void reportFigures(Context& ctx, const QString& section, Database& db, QJsonObject details);

// The sections, in the order the issue lists them.
void benchIssue(Context& ctx);
void benchCalls(Context& ctx);
void benchNotify(Context& ctx);
void benchReports(Context& ctx);
void benchGui(Context& ctx);
void benchSimulator(Context& ctx);
void benchComplaints(Context& ctx);
void benchSurvey(Context& ctx);
void benchPostgres(Context& ctx);

// Child process modes of antre-bench itself (see bench_notify.cpp and bench_calls.cpp).
int notifyChild(const QStringList& args);
int callChild(const QStringList& args);
int issueChild(const QStringList& args);

} // namespace antre::bench
