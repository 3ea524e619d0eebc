#include "bench/Bench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <dlfcn.h>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

Figure Figure::of(const QString& section, const QString& name, double value, const QString& unit,
                  const QString& baselineName, std::optional<double> baseline, const QString& target)
{
    Figure f;
    f.section = section;
    f.name = name;
    f.value = value;
    f.unit = unit;
    f.baselineName = baselineName;
    f.baseline = baseline;
    f.target = target;
    return f;
}

std::optional<double> Figure::ratio() const
{
    if (!baseline || *baseline == 0)
        return std::nullopt;
    return value / *baseline;
}

Context::Context(bool quick, const QString& dataDir) : m_quick(quick), m_dataDir(dataDir)
{
    if (!m_dataDir.isEmpty())
        QDir().mkpath(m_dataDir);
}

QString Context::path(const QString& name) const
{
    return m_dir.filePath(name);
}

QString Context::fixturePath(const QString& name) const
{
    return m_dataDir.isEmpty() ? path(name) : QDir(m_dataDir).filePath(name);
}

Figure& Context::add(Figure figure)
{
    m_figures << std::move(figure);
    const Figure& f = m_figures.last();
    QString line = u"  %1: %2 %3"_s.arg(f.name).arg(f.value, 0, 'f', 2).arg(f.unit);
    if (f.baseline)
        line += u" (baseline %1: %2 %3)"_s.arg(f.baselineName).arg(*f.baseline, 0, 'f', 2).arg(f.unit);
    log(line);
    return m_figures.last();
}

void Context::fail(const QString& section, const QString& message)
{
    m_failures << section + u": "_s + message;
    log(u"  FAILED: "_s + message);
}

void Context::skip(const QString& section, const QString& reason)
{
    m_skipped << section + u": "_s + reason;
    log(u"  SKIPPED: "_s + reason);
}

void log(const QString& text)
{
    const QByteArray bytes = (text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

HallConfig openAllDayHall(int services, int counters)
{
    HallConfig c;
    c.site.name = u"Bench Hall"_s;
    c.site.timezone = u"Asia/Jakarta"_s;
    c.agencies = {{u"AG"_s, u"Agency"_s}};
    QStringList codes;
    for (int i = 1; i <= services; ++i) {
        ServiceConfig s;
        s.code = u"S%1"_s.arg(i);
        s.agency = u"AG"_s;
        s.name = u"Service %1"_s.arg(i);
        // A, B, … Z, then AA, AB, …: prefixes are 1 to 3 letters.
        s.prefix = i <= 26 ? QString(QChar(u'A' + i - 1))
                           : QString(QChar(u'A' + (i - 1) / 26 - 1)) + QChar(u'A' + (i - 1) % 26);
        for (int day = 1; day <= 7; ++day)
            s.hours.insert(day, {TimeRange{QTime(0, 0), QTime(23, 59)}});
        c.services << s;
        codes << s.code;
    }
    for (int i = 1; i <= counters; ++i)
        c.counters << CounterConfig{u"L%1"_s.arg(i), u"Loket %1"_s.arg(i), codes};
    return c;
}

QString program(const QString& name)
{
    // antre-bench lives in <build>/bench; the others in <build>/app/<x>/ and <build>/tests/integration/.
    const QString build = QCoreApplication::applicationDirPath() + u"/.."_s;
    QString path;
    if (name == u"antre")
        path = build + u"/app/antre/antre"_s;
    else if (name == u"antre-worker")
        path = build + u"/tests/integration/antre-worker"_s;
    else if (name == u"antre-bench-window")
        path = QCoreApplication::applicationDirPath() + u"/antre-bench-window"_s;
    else
        path = build + u"/app/"_s + name.mid(name.indexOf(u'-') + 1) + u'/' + name;
    const QFileInfo info(path);
    return info.isExecutable() ? info.canonicalFilePath() : QString();
}

QString benchNow()
{
    return u"2026-11-23T09:00:00+07:00"_s;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// ----- SqliteApi ------------------------------------------------------------------------------------

namespace {

constexpr int kSqliteRow = 100;
constexpr unsigned kTraceStmt = 0x01;

int traceStatement(unsigned type, void* context, void*, void* text)
{
    if (type == kTraceStmt && text) {
        const QString sql = QString::fromUtf8(static_cast<const char*>(text));
        // Comments ("-- trigger") and our own plan queries are not the report's statements.
        if (!sql.startsWith(u"--"_s) && !sql.startsWith(u"EXPLAIN"_s))
            static_cast<QStringList*>(context)->append(sql);
    }
    return 0;
}

} // namespace

const SqliteApi* SqliteApi::get()
{
    static const SqliteApi* api = []() -> const SqliteApi* {
        // Already loaded by Qt's SQLite driver; RTLD_NOLOAD finds that copy instead of loading another.
        void* lib = dlopen("libsqlite3.so.0", RTLD_NOW | RTLD_NOLOAD);
        if (!lib)
            lib = dlopen("libsqlite3.so.0", RTLD_NOW);
        if (!lib)
            return nullptr;
        static SqliteApi loaded;
        loaded.m_trace = reinterpret_cast<decltype(loaded.m_trace)>(dlsym(lib, "sqlite3_trace_v2"));
        loaded.m_prepare = reinterpret_cast<decltype(loaded.m_prepare)>(dlsym(lib, "sqlite3_prepare_v2"));
        loaded.m_step = reinterpret_cast<decltype(loaded.m_step)>(dlsym(lib, "sqlite3_step"));
        loaded.m_columnText =
            reinterpret_cast<decltype(loaded.m_columnText)>(dlsym(lib, "sqlite3_column_text"));
        loaded.m_columnInt = reinterpret_cast<decltype(loaded.m_columnInt)>(dlsym(lib, "sqlite3_column_int"));
        loaded.m_finalize = reinterpret_cast<decltype(loaded.m_finalize)>(dlsym(lib, "sqlite3_finalize"));
        loaded.m_errmsg = reinterpret_cast<decltype(loaded.m_errmsg)>(dlsym(lib, "sqlite3_errmsg"));
        const bool complete = loaded.m_trace && loaded.m_prepare && loaded.m_step && loaded.m_columnText &&
                              loaded.m_columnInt && loaded.m_finalize && loaded.m_errmsg;
        return complete ? &loaded : nullptr;
    }();
    return api;
}

void* SqliteApi::handle(QSqlDatabase& db) const
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void* const*>(v.data());
}

bool SqliteApi::startTrace(QSqlDatabase& db, QStringList* statements) const
{
    void* h = handle(db);
    return h && m_trace(h, kTraceStmt, &traceStatement, statements) == 0;
}

void SqliteApi::stopTrace(QSqlDatabase& db) const
{
    if (void* h = handle(db))
        m_trace(h, 0, nullptr, nullptr);
}

QStringList SqliteApi::queryPlan(QSqlDatabase& db, const QString& sql) const
{
    void* h = handle(db);
    if (!h)
        return {u"(no connection handle)"_s};
    const QByteArray text = "EXPLAIN QUERY PLAN " + sql.toUtf8();
    void* statement = nullptr;
    if (m_prepare(h, text.constData(), int(text.size()), &statement, nullptr) != 0 || !statement)
        return {u"(cannot explain: %1)"_s.arg(QString::fromUtf8(m_errmsg(h)))};
    // Rows are (id, parent, notused, detail); depth follows the parent links.
    QHash<int, int> depth;
    QStringList lines;
    while (m_step(statement) == kSqliteRow) {
        const int id = m_columnInt(statement, 0);
        const int parent = m_columnInt(statement, 1);
        const int level = parent == 0 ? 0 : depth.value(parent) + 1;
        depth.insert(id, level);
        lines << QString(level * 2, u' ') +
                     QString::fromUtf8(reinterpret_cast<const char*>(m_columnText(statement, 3)));
    }
    m_finalize(statement);
    return lines;
}

} // namespace antre::bench
