// antre-bench: measures what docs/PERFORMANCE.md reports, each figure beside a baseline measured in the
// same run (machines are noisy: ratios travel better than absolute numbers).
//   antre-bench [--quick] [--json FILE] [--only 1,2,…] [--data DIR] [--pg | --pg-conninfo CONNINFO]
//               [--pg-parts issue,calls,notify,reports]
#include "bench/Bench.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace antre::bench;

namespace {

void print(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString number(double value)
{
    const double magnitude = std::abs(value);
    return QString::number(value, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

QString table(const QList<Figure>& figures)
{
    const QStringList header{u"figure"_s, u"value"_s, u"baseline"_s, u"ratio"_s, u"target"_s, u"met"_s};
    QList<QStringList> rows{header};
    for (const auto& f : figures) {
        const auto ratio = f.ratio();
        rows << QStringList{f.section + u" | "_s + f.name,
                            number(f.value) + u' ' + f.unit,
                            f.baseline ? number(*f.baseline) + u' ' + f.unit : QString(),
                            ratio ? number(*ratio) : QString(),
                            f.target,
                            f.met ? (*f.met ? u"yes"_s : u"NO"_s) : QString()};
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const auto& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    QString out;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype i = 0; i < rows.at(r).size(); ++i)
            cells << (i == 1 || i == 2 || i == 3 ? rows.at(r).at(i).rightJustified(widths[i])
                                                 : rows.at(r).at(i).leftJustified(widths[i]));
        out += cells.join(u"  "_s).trimmed() + u'\n';
        if (r == 0) {
            QStringList rule;
            for (qsizetype w : widths)
                rule << QString(w, u'-');
            out += rule.join(u"  "_s) + u'\n';
        }
    }
    return out;
}

QJsonObject machine()
{
    QString cpu;
    QFile info(u"/proc/cpuinfo"_s);
    if (info.open(QIODevice::ReadOnly))
        for (const QByteArray& line : info.readAll().split('\n'))
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
    QString sqlite;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-version"_s);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery q(u"SELECT sqlite_version()"_s, db);
            if (q.next())
                sqlite = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-version"_s);
    return {{u"cpu"_s, cpu},
            {u"cores"_s, QThread::idealThreadCount()},
            {u"kernel"_s, QSysInfo::kernelVersion()},
            {u"os"_s, QSysInfo::prettyProductName()},
            {u"qt"_s, QString::fromLatin1(qVersion())},
            {u"sqlite"_s, sqlite}};
}

// A comma-separated list of section 9's parts, each known.
bool isPgParts(const QString& list)
{
    const QStringList known{u"issue"_s, u"calls"_s, u"notify"_s, u"reports"_s};
    const QStringList parts = list.split(u',');
    return std::all_of(parts.cbegin(), parts.cend(),
                       [&](const QString& part) { return known.contains(part); });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"--notify-child")
        return notifyChild(args);
    if (args.value(1) == u"--call-child")
        return callChild(args);
    if (args.value(1) == u"--issue-child")
        return issueChild(args);

    bool quick = false;
    QString jsonPath = QString::fromUtf8(ANTRE_BENCH_RESULTS);
    QString dataDir;
    QList<int> only;
    QString pgConninfo;
    bool pgOwnServer = false;
    QStringList pgParts;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (arg == u"--quick") {
            quick = true;
        } else if (arg == u"--json" && i + 1 < args.size()) {
            jsonPath = args.at(++i);
        } else if (arg == u"--data" && i + 1 < args.size()) {
            dataDir = args.at(++i);
        } else if (arg == u"--pg") {
            pgOwnServer = true;
        } else if (arg == u"--pg-conninfo" && i + 1 < args.size()) {
            pgConninfo = args.at(++i);
        } else if (arg == u"--pg-parts" && i + 1 < args.size() && isPgParts(args.at(i + 1))) {
            pgParts = args.at(++i).split(u',');
        } else if (arg == u"--only" && i + 1 < args.size()) {
            for (const auto& n : args.at(++i).split(u',', Qt::SkipEmptyParts))
                only << n.toInt();
        } else {
            print(
                u"usage: antre-bench [--quick] [--json FILE] [--only 1,2,…] [--data DIR]\n"
                u"                   [--pg | --pg-conninfo CONNINFO] [--pg-parts "
                u"issue,calls,notify,reports]\n"
                u"  1 issue  2 call-next  3 notification  4 reports  5 GUI start  6 simulator  7 "
                u"complaints\n"
                u"  8 survey  9 PostgreSQL (only with --pg or --pg-conninfo; reported as skipped otherwise)\n"
                u"  --data DIR keeps the large fixtures (the 3-million-ticket year) in DIR for the next run\n"
                u"  --pg starts a throwaway PostgreSQL 15 (tests/pg/pg_server.sh) for section 9\n"
                u"  --pg-conninfo \"host=… port=… user=…\" uses that server instead: a superuser, since the\n"
                u"      section creates and drops its own databases (antre_bench_*)\n"
                u"  --pg-parts issue,… runs only those parts of section 9 (the reports' fixture takes minutes)\n"_s);
            return arg == u"--help" ? 0 : 2;
        }
    }

    Context ctx(quick, dataDir);
    ctx.setPostgres(pgConninfo, pgOwnServer && pgConninfo.isEmpty());
    ctx.setPgParts(pgParts);
    QElapsedTimer total;
    total.start();
    const QList<void (*)(Context&)> sections{benchIssue,      benchCalls,  benchNotify,
                                             benchReports,    benchGui,    benchSimulator,
                                             benchComplaints, benchSurvey, benchPostgres};
    for (int i = 0; i < sections.size(); ++i)
        if (only.isEmpty() || only.contains(i + 1))
            sections.at(i)(ctx);

    print(u"\nAntre benchmarks%1 — %2\n\n"_s.arg(quick ? u" (--quick)"_s : QString(),
                                                 QDateTime::currentDateTime().toString(Qt::ISODate)));
    print(table(ctx.figures()));
    print(u"\nNotes\n"_s);
    for (const auto& f : ctx.figures())
        if (!f.note.isEmpty())
            print(u"  %1 | %2: %3\n"_s.arg(f.section, f.name, f.note));
    const auto details = ctx.allDetails();
    if (const auto reports = details.value(u"4 reports"_s); reports.contains(u"query_plans"_s)) {
        print(u"\nQuery plans of a report's statements (section 4)\n"_s);
        for (const auto& entry : reports.value(u"query_plans"_s).toArray()) {
            print(u"  "_s + entry.toObject().value(u"sql"_s).toString().left(160) + u'\n');
            for (const auto& line : entry.toObject().value(u"plan"_s).toArray())
                print(u"      "_s + line.toString() + u'\n');
        }
        print(u"  full scan baseline:\n"_s);
        for (const auto& line : reports.value(u"full_scan_plan"_s).toArray())
            print(u"      "_s + line.toString() + u'\n');
    }
    for (const auto& skipped : ctx.skipped())
        print(u"SKIPPED  "_s + skipped + u'\n');
    for (const auto& failure : ctx.failures())
        print(u"FAILED  "_s + failure + u'\n');
    print(u"\n%1 s in all\n"_s.arg(total.elapsed() / 1000.0, 0, 'f', 0));

    QJsonArray figures;
    for (const auto& f : ctx.figures()) {
        QJsonObject o{
            {u"section"_s, f.section}, {u"name"_s, f.name}, {u"value"_s, f.value}, {u"unit"_s, f.unit}};
        if (f.baseline) {
            o.insert(u"baseline_name"_s, f.baselineName);
            o.insert(u"baseline"_s, *f.baseline);
        }
        if (const auto ratio = f.ratio())
            o.insert(u"ratio"_s, *ratio);
        if (!f.target.isEmpty())
            o.insert(u"target"_s, f.target);
        if (f.met)
            o.insert(u"met"_s, *f.met);
        if (!f.note.isEmpty())
            o.insert(u"note"_s, f.note);
        figures.append(o);
    }
    QJsonObject detailsJson;
    for (auto it = details.cbegin(); it != details.cend(); ++it)
        detailsJson.insert(it.key(), it.value());
    const QJsonObject root{{u"generated_at"_s, QDateTime::currentDateTime().toString(Qt::ISODate)},
                           {u"quick"_s, quick},
                           {u"seconds"_s, total.elapsed() / 1000.0},
                           {u"machine"_s, machine()},
                           {u"figures"_s, figures},
                           {u"details"_s, detailsJson},
                           {u"failures"_s, QJsonArray::fromStringList(ctx.failures())},
                           {u"skipped"_s, QJsonArray::fromStringList(ctx.skipped())}};
    QFile out(jsonPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        print(u"cannot write %1\n"_s.arg(jsonPath));
        return 1;
    }
    out.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    print(u"results written to %1\n"_s.arg(jsonPath));
    return ctx.failures().isEmpty() ? 0 : 1;
}
