#pragma once

#include "core/HallConfig.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <optional>

class QSqlDatabase;

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

private:
    bool m_quick;
    QString m_dataDir;
    QTemporaryDir m_dir;
    QList<Figure> m_figures;
    QMap<QString, QJsonObject> m_details;
    QStringList m_failures;
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

// The sections, in the order the issue lists them.
void benchIssue(Context& ctx);
void benchCalls(Context& ctx);
void benchNotify(Context& ctx);
void benchReports(Context& ctx);
void benchGui(Context& ctx);
void benchSimulator(Context& ctx);
void benchComplaints(Context& ctx);
void benchSurvey(Context& ctx);

// Child process modes of antre-bench itself (see bench_notify.cpp and bench_calls.cpp).
int notifyChild(const QStringList& args);
int callChild(const QStringList& args);
int issueChild(const QStringList& args);

} // namespace antre::bench
