#include "Cli.h"

#include "AuditLog.h"
#include "Clock.h"
#include "ConfigIo.h"
#include "Database.h"
#include "HallSimulator.h"
#include "HallStore.h"
#include "I18n.h"
#include "PinHasher.h"
#include "QueueEngine.h"
#include "Report.h"
#include "StaffDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// The parsed command line: global options, the command words and the command's own options.
struct Invocation
{
    QString dbPath;
    bool json = false;
    QStringList words;              // command and positional arguments
    QMap<QString, QString> options; // --name value
    QSet<QString> flags;            // --name
};

struct Session
{
    Invocation args;
    std::unique_ptr<Clock> clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<QueueEngine> engine;
};

// Options that take a value; anything else starting with -- is a flag.
const QSet<QString> kValueOptions{u"db"_s,   u"config"_s, u"staff"_s, u"reason"_s,      u"outcome"_s,
                                  u"date"_s, u"format"_s, u"name"_s,  u"role"_s,        u"counters"_s,
                                  u"lang"_s, u"from"_s,   u"to"_s,    u"history-days"_s};
const QSet<QString> kFlags{u"json"_s, u"priority"_s, u"help"_s};

void printOut(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray bytes = (u"antre: "_s + text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

int fail(const Session& s, const Error& error)
{
    printErr(error.message);
    if (s.args.json)
        printOut(
            jsonText({{u"error"_s, QJsonObject{{u"code"_s, error.code}, {u"message"_s, error.message}}}}));
    return static_cast<int>(error.kind);
}

Error usage(const QString& message)
{
    return makeError(ErrorKind::BadInput, u"usage"_s, message);
}

QString usageText()
{
    return Cli::tr(R"(usage: antre [--db FILE] [--json] [--lang en|id] COMMAND ...

  init [--config FILE]              create the database (and import a hall configuration)
  demo [--history-days N]           create the demo hall (with N days of simulated history)
  config import FILE | config export
  issue SERVICE [--priority]        issue a ticket; prints its number, e.g. A-001
  counter open|break|resume|close COUNTER [--staff ID] [--reason R]
  call COUNTER | recall COUNTER | serve COUNTER | done COUNTER [--outcome completed|incomplete|referred]
  no-show COUNTER | transfer COUNTER SERVICE | requeue TICKET | cancel TICKET
  status                            waiting per service; each counter's state and ticket
  report daily [--date YYYY-MM-DD] [--format text|csv|json]
  report range --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv|json]
  audit verify                      check the hash chain of the audit log
  staff add ID --name N --role officer|supervisor|admin [--counters L1,L2]   (PIN on stdin)
  staff login ID                    (PIN on stdin)
  backup FILE                       consistent copy of the database, safe while the hall runs
  check                             integrity, audit chain and queue invariants

The database is --db, else $ANTRE_DB, else %1.
ANTRE_NOW (ISO 8601 with offset) sets the clock for drills and tests.
Exit codes: 0 done, 1 error, 2 bad input, 3 nothing to do, 4 refused by a rule.
)")
        .arg(Cli::defaultDatabasePath());
}

Result<Invocation> parse(const QStringList& arguments)
{
    Invocation inv;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(u"--") || arg == u"--") {
            inv.words << arg;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const bool inlineValue = name.contains(u'=');
        if (inlineValue) {
            value = name.section(u'=', 1);
            name = name.section(u'=', 0, 0);
        }
        if (kValueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size())
                    return usage(Cli::tr("option --%1 needs a value").arg(name));
                value = arguments.at(++i);
            }
            inv.options.insert(name, value);
        } else if (kFlags.contains(name) && !inlineValue) {
            inv.flags.insert(name);
        } else {
            return usage(Cli::tr("unknown option --%1 (see antre --help)").arg(name));
        }
    }
    inv.json = inv.flags.contains(u"json"_s);
    if (inv.options.contains(u"db"_s) && inv.options.value(u"db"_s).isEmpty())
        return usage(Cli::tr("--db: no database file given (an empty path would mean the default database)"));
    inv.dbPath = inv.options.value(u"db"_s, qEnvironmentVariable("ANTRE_DB"));
    if (inv.dbPath.isEmpty())
        inv.dbPath = Cli::defaultDatabasePath();
    return inv;
}

Status needWords(const Invocation& inv, int count, const QString& synopsis)
{
    if (inv.words.size() != count)
        return usage(Cli::tr("usage: antre %1").arg(synopsis));
    return Done{};
}

// What a command needs from the database file. Only init and demo make a new one: anywhere else a missing
// file is a mistyped --db, and an empty database made there would let check and backup pass on nothing.
// Importing into a hall that does not exist yet is what init --config does.
enum class Need
{
    Hall,        // the file, with a hall set up: the queue commands, status, report, export, staff
    Database,    // the file, set up or not: config import, audit verify, backup, check
    NewDatabase, // the file, made when missing: init, demo
};

Status openSession(Session& s, Need need = Need::Hall)
{
    QString clockError;
    s.clock = clockFromEnvironment(false, &clockError);
    if (!s.clock)
        return usage(clockError);
    auto db =
        Database::open(s.args.dbPath, Database::Mode::ReadWrite, Database::Durability::Full,
                       need == Need::NewDatabase ? Database::IfMissing::Create : Database::IfMissing::Fail);
    if (!db.ok())
        return db.error();
    s.db = std::move(db).value();
    s.engine = std::make_unique<QueueEngine>(*s.db, *s.clock);
    if (need == Need::Hall)
        if (auto config = s.engine->config(); !config.ok())
            return config.error();
    return Done{};
}

QString readPin()
{
    QTextStream in(stdin);
    return in.readLine().trimmed();
}

QString localTime(const QDateTime& utc, const QString& zoneId)
{
    return utc.isValid() ? utc.toTimeZone(Schedule::zone(zoneId)).toString(u"HH:mm"_s) : QString();
}

// ----- commands --------------------------------------------------------------------------------

int cmdInit(Session& s)
{
    if (auto st = needWords(s.args, 1, u"init [--config FILE]"_s); !st.ok())
        return fail(s, st.error());
    HallConfig config;
    if (s.args.options.contains(u"config"_s)) {
        auto read = ConfigIo::readFile(s.args.options.value(u"config"_s));
        if (!read.ok())
            return fail(s, read.error());
        config = read.value();
    } else {
        config.site.name = Cli::tr("Public Service Hall");
    }
    if (auto st = openSession(s, Need::NewDatabase); !st.ok())
        return fail(s, st.error());
    HallStore store(*s.db, *s.clock);
    if (store.isInitialized())
        return fail(s, makeError(ErrorKind::Refused, u"already_initialized"_s,
                                 Cli::tr("%1 is already set up; use 'antre config import FILE' to change it")
                                     .arg(s.args.dbPath)));
    if (auto st = store.import(config); !st.ok())
        return fail(s, st.error());
    printOut(Cli::tr("initialized %1\n").arg(s.args.dbPath));
    return 0;
}

Result<HallConfig> demoConfig()
{
    QFile file(u":/demo/hall.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Internal, u"demo_missing"_s,
                         Cli::tr("the demo hall is missing from this build"));
    return ConfigIo::parse(file.readAll(), u"demo/hall.json"_s);
}

int cmdDemo(Session& s)
{
    if (auto st = needWords(s.args, 1, u"demo [--history-days N]"_s); !st.ok())
        return fail(s, st.error());
    const QString daysText = s.args.options.value(u"history-days"_s, u"30"_s);
    bool isNumber = false;
    const int historyDays = daysText.toInt(&isNumber);
    if (!isNumber || historyDays < 0 || historyDays > 366)
        return fail(
            s, usage(Cli::tr("--history-days: \"%1\" is not a number of days from 0 to 366").arg(daysText)));
    auto config = demoConfig();
    if (!config.ok())
        return fail(s, config.error());
    if (auto st = openSession(s, Need::NewDatabase); !st.ok())
        return fail(s, st.error());
    HallStore store(*s.db, *s.clock);
    if (store.isInitialized())
        return fail(
            s,
            makeError(
                ErrorKind::Refused, u"already_initialized"_s,
                Cli::tr("%1 is already set up; the demo hall goes into a new database").arg(s.args.dbPath)));
    if (auto st = store.import(config.value()); !st.ok())
        return fail(s, st.error());
    printOut(Cli::tr("demo hall \"%1\" created in %2\n").arg(config.value().site.name, s.args.dbPath));
    if (historyDays == 0)
        return 0;

    // The N days before today, simulated through the real engine. Tens of thousands of commits: they go
    // through a connection that does not sync (a demo history lost to a power cut is simply made again),
    // and one synced checkpoint at the end puts them on disk.
    const QDate today = Schedule::businessDay(s.clock->now(), Schedule::zone(config.value().site.timezone));
    SimulationOptions options;
    options.firstDay = today.addDays(-historyDays);
    options.days = historyDays;
    auto bulk = Database::open(s.args.dbPath, Database::Mode::ReadWrite, Database::Durability::BulkUnsafe,
                               Database::IfMissing::Fail);
    if (!bulk.ok())
        return fail(s, bulk.error());
    auto simulated = HallSimulator(*bulk.value()).run(options);
    bulk.value().reset(); // closed before the synced checkpoint below
    if (!simulated.ok())
        return fail(s, simulated.error());
    if (auto checkpoint = s.db->checkpoint(); !checkpoint.ok())
        return fail(s, checkpoint.error());
    int issued = 0;
    int served = 0;
    for (const auto& day : simulated.value().days) {
        issued += day.issued;
        served += day.served;
    }
    printOut(Cli::tr("%1 days of history simulated (%2 to %3): %4 tickets, %5 served\n")
                 .arg(historyDays)
                 .arg(options.firstDay.toString(Qt::ISODate), today.addDays(-1).toString(Qt::ISODate))
                 .arg(issued)
                 .arg(served));
    return 0;
}

int cmdConfig(Session& s)
{
    const QString sub = s.args.words.value(1);
    if (sub == u"import") {
        if (auto st = needWords(s.args, 3, u"config import FILE"_s); !st.ok())
            return fail(s, st.error());
        auto read = ConfigIo::readFile(s.args.words.at(2));
        if (!read.ok())
            return fail(s, read.error());
        if (auto st = openSession(s, Need::Database); !st.ok())
            return fail(s, st.error());
        if (auto st = HallStore(*s.db, *s.clock).import(read.value()); !st.ok())
            return fail(s, st.error());
        printOut(Cli::tr("imported %1\n").arg(s.args.words.at(2)));
        return 0;
    }
    if (sub == u"export") {
        if (auto st = needWords(s.args, 2, u"config export"_s); !st.ok())
            return fail(s, st.error());
        if (auto st = openSession(s); !st.ok())
            return fail(s, st.error());
        auto config = HallStore(*s.db, *s.clock).load();
        if (!config.ok())
            return fail(s, config.error());
        printOut(QString::fromUtf8(ConfigIo::toJsonBytes(config.value())));
        return 0;
    }
    return fail(s, usage(Cli::tr("usage: antre config import FILE | antre config export")));
}

int cmdIssue(Session& s)
{
    if (auto st = needWords(s.args, 2, u"issue SERVICE [--priority]"_s); !st.ok())
        return fail(s, st.error());
    if (auto st = openSession(s); !st.ok())
        return fail(s, st.error());
    auto issued = s.engine->issue(s.args.words.at(1), s.args.flags.contains(u"priority"_s));
    if (!issued.ok())
        return fail(s, issued.error());
    const IssuedTicket& t = issued.value();
    if (s.args.json)
        printOut(jsonText({{u"ticket"_s, t.number.toString()},
                           {u"service"_s, t.serviceCode},
                           {u"priority"_s, t.priority},
                           {u"ahead"_s, t.ahead},
                           {u"estimated_wait_min"_s, t.estimatedWaitMin}}));
    else
        printOut(t.number.toString() + u'\n');
    return 0;
}

int printCall(const Session& s, const Result<CallInfo>& call)
{
    if (!call.ok())
        return fail(s, call.error());
    const CallInfo& c = call.value();
    if (s.args.json)
        printOut(jsonText({{u"ticket"_s, c.number.toString()},
                           {u"service"_s, c.serviceCode},
                           {u"counter"_s, c.counterCode}}));
    else
        printOut(c.number.toString() + u' ' + c.counterCode + u'\n');
    return 0;
}

int printTicket(const Session& s, const Result<TicketInfo>& ticket)
{
    if (!ticket.ok())
        return fail(s, ticket.error());
    const TicketInfo& t = ticket.value();
    if (s.args.json) {
        QJsonObject o{{u"ticket"_s, t.number.toString()},
                      {u"service"_s, t.serviceCode},
                      {u"status"_s, toKey(t.status)}};
        if (!t.counterCode.isEmpty())
            o.insert(u"counter"_s, t.counterCode);
        if (t.outcome)
            o.insert(u"outcome"_s, toKey(*t.outcome));
        printOut(jsonText(o));
    } else {
        printOut(t.number.toString() + u' ' + toKey(t.status) + u'\n');
    }
    return 0;
}

int cmdCounterAction(Session& s)
{
    const QString& command = s.args.words.at(0);
    const QString synopsis = command + (command == u"transfer" ? u" COUNTER SERVICE"_s : u" COUNTER"_s);
    if (auto st = needWords(s.args, command == u"transfer" ? 3 : 2, synopsis); !st.ok())
        return fail(s, st.error());
    if (auto st = openSession(s); !st.ok())
        return fail(s, st.error());
    const QString counter = s.args.words.at(1);
    if (command == u"call")
        return printCall(s, s.engine->callNext(counter));
    if (command == u"recall")
        return printCall(s, s.engine->recall(counter));
    if (command == u"serve")
        return printTicket(s, s.engine->startServing(counter));
    if (command == u"no-show")
        return printTicket(s, s.engine->markNoShow(counter));
    if (command == u"transfer")
        return printTicket(s, s.engine->transfer(counter, s.args.words.at(2)));
    // done
    const QString outcomeKey = s.args.options.value(u"outcome"_s, u"completed"_s);
    const auto outcome = outcomeFromKey(outcomeKey);
    if (!outcome)
        return fail(
            s, usage(Cli::tr("--outcome: \"%1\" is not completed, incomplete or referred").arg(outcomeKey)));
    return printTicket(s, s.engine->finish(counter, *outcome));
}

int cmdTicketAction(Session& s)
{
    const QString& command = s.args.words.at(0);
    if (auto st = needWords(s.args, 2, command + u" TICKET"_s); !st.ok())
        return fail(s, st.error());
    const auto number = TicketNumber::parse(s.args.words.at(1));
    if (!number)
        return fail(s, usage(Cli::tr("\"%1\" is not a ticket number like A-001").arg(s.args.words.at(1))));
    if (auto st = openSession(s); !st.ok())
        return fail(s, st.error());
    return printTicket(s, command == u"requeue" ? s.engine->requeue(*number) : s.engine->cancel(*number));
}

int cmdCounter(Session& s)
{
    const QString sub = s.args.words.value(1);
    const QSet<QString> known{u"open"_s, u"break"_s, u"resume"_s, u"close"_s};
    if (!known.contains(sub) || s.args.words.size() != 3)
        return fail(
            s,
            usage(Cli::tr("usage: antre counter open|break|resume|close COUNTER [--staff ID] [--reason R]")));
    if (auto st = openSession(s); !st.ok())
        return fail(s, st.error());
    const QString counter = s.args.words.at(2);
    Status result = Done{};
    if (sub == u"open")
        result = s.engine->openCounter(counter, s.args.options.value(u"staff"_s));
    else if (sub == u"break")
        result = s.engine->startBreak(counter, s.args.options.value(u"reason"_s, u"istirahat"_s));
    else if (sub == u"resume")
        result = s.engine->resumeCounter(counter);
    else
        result = s.engine->closeCounter(counter);
    if (!result.ok())
        return fail(s, result.error());
    auto status = s.engine->counterStatus(counter);
    if (!status.ok())
        return fail(s, status.error());
    if (s.args.json)
        printOut(jsonText({{u"counter"_s, counter}, {u"state"_s, toKey(status.value().state)}}));
    else
        printOut(counter + u' ' + toKey(status.value().state) + u'\n');
    return 0;
}

QJsonObject statusJson(const HallStatus& hall)
{
    QJsonArray services;
    for (const auto& s : hall.services) {
        QJsonObject o{{u"code"_s, s.code},
                      {u"name"_s, s.name},
                      {u"agency"_s, s.agencyCode},
                      {u"waiting"_s, s.waiting},
                      {u"waiting_priority"_s, s.waitingPriority},
                      {u"issued_today"_s, s.issuedToday},
                      {u"served_today"_s, s.servedToday},
                      {u"open"_s, s.availability.isOpen()}};
        if (s.quota)
            o.insert(u"quota"_s, *s.quota);
        if (!s.availability.isOpen())
            o.insert(u"reason"_s, s.availability.reason());
        if (s.oldestWaitingSince.isValid())
            o.insert(u"longest_wait_min"_s, s.oldestWaitingSince.secsTo(hall.at) / 60);
        services.append(o);
    }
    QJsonArray counters;
    for (const auto& c : hall.counters) {
        QJsonObject o{{u"code"_s, c.code},
                      {u"name"_s, c.name},
                      {u"state"_s, toKey(c.state)},
                      {u"should_be_staffed"_s, c.shouldBeStaffed}};
        if (!c.staffId.isEmpty())
            o.insert(u"staff"_s, c.staffId);
        if (!c.breakReason.isEmpty())
            o.insert(u"reason"_s, c.breakReason);
        if (c.current)
            o.insert(u"ticket"_s, QJsonObject{{u"number"_s, c.current->number.toString()},
                                              {u"status"_s, toKey(c.current->status)}});
        counters.append(o);
    }
    return {{u"site"_s, hall.siteName},
            {u"day"_s, hall.businessDay.toString(Qt::ISODate)},
            {u"services"_s, services},
            {u"counters"_s, counters}};
}

QString statusText(const HallStatus& hall, const QString& zone)
{
    QString out;
    QTextStream t(&out);
    t << hall.siteName << u" — "_s << hall.businessDay.toString(Qt::ISODate) << u' '
      << localTime(hall.at, zone) << u"\n\n"_s;
    t << Cli::tr("Services") << u'\n';
    for (const auto& s : hall.services) {
        t << u"  "_s << s.code.leftJustified(10) << s.name.left(36).leftJustified(37)
          << Cli::tr("waiting %1").arg(s.waiting)
          << (s.waitingPriority ? Cli::tr(" (%1 priority)").arg(s.waitingPriority) : QString()) << u"  "_s
          << Cli::tr("issued %1").arg(s.issuedToday) << u"  "_s
          << (s.availability.isOpen() ? Cli::tr("open") : s.availability.reason()) << u'\n';
    }
    t << u'\n' << Cli::tr("Counters") << u'\n';
    for (const auto& c : hall.counters) {
        t << u"  "_s << c.code.leftJustified(6) << c.name.leftJustified(12)
          << Labels::counterState(c.state).leftJustified(10);
        if (!c.staffName.isEmpty())
            t << u' ' << c.staffName;
        if (!c.breakReason.isEmpty())
            t << u" ("_s << c.breakReason << u')';
        if (c.current)
            t << u"  "_s << c.current->number.toString() << u' ' << Labels::status(c.current->status);
        if (c.shouldBeStaffed)
            t << u"  "_s << Cli::tr("! should be staffed now");
        t << u'\n';
    }
    return out;
}

int cmdStatus(Session& s)
{
    if (auto st = needWords(s.args, 1, u"status"_s); !st.ok())
        return fail(s, st.error());
    if (auto st = openSession(s); !st.ok())
        return fail(s, st.error());
    auto hall = s.engine->status();
    if (!hall.ok())
        return fail(s, hall.error());
    auto config = s.engine->config();
    printOut(s.args.json
                 ? jsonText(statusJson(hall.value()))
                 : statusText(hall.value(), config.ok() ? config.value().site.timezone : u"Asia/Jakarta"_s));
    return 0;
}

Result<QDate> dateOption(const Session& s, const QString& name, QDate fallback)
{
    if (!s.args.options.contains(name))
        return fallback;
    const QDate date = QDate::fromString(s.args.options.value(name), Qt::ISODate);
    if (!date.isValid())
        return usage(Cli::tr("--%1: \"%2\" is not a date YYYY-MM-DD").arg(name, s.args.options.value(name)));
    return date;
}

int cmdReport(Session& s)
{
    const QString kind = s.args.words.value(1);
    if ((kind != u"daily" && kind != u"range") || s.args.words.size() != 2)
        return fail(s, usage(Cli::tr(
                           "usage: antre report daily [--date YYYY-MM-DD] | report range --from D --to D")));
    const QString format = s.args.options.value(u"format"_s, s.args.json ? u"json"_s : u"text"_s);
    if (format != u"text" && format != u"csv" && format != u"json")
        return fail(s, usage(Cli::tr("--format: \"%1\" is not text, csv or json").arg(format)));
    if (auto st = openSession(s); !st.ok())
        return fail(s, st.error());
    auto hall = s.engine->config();
    const QDate today = Schedule::businessDay(s.clock->now(), Schedule::zone(hall.value().site.timezone));
    auto from = dateOption(s, kind == u"daily" ? u"date"_s : u"from"_s, today);
    auto to = dateOption(s, kind == u"daily" ? u"date"_s : u"to"_s, today);
    if (!from.ok())
        return fail(s, from.error());
    if (!to.ok())
        return fail(s, to.error());
    if (to.value() < from.value())
        return fail(s, usage(Cli::tr("--to is before --from")));
    // Expire leftovers of past days first so the report and the database agree.
    if (auto st = s.engine->rollOver(); !st.ok())
        return fail(s, st.error());
    auto report = ReportBuilder(*s.db).build(from.value(), to.value(), s.clock->now());
    if (!report.ok())
        return fail(s, report.error());
    if (format == u"csv") {
        const QByteArray csv = ReportBuilder::toCsv(report.value());
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    } else if (format == u"json") {
        printOut(QString::fromUtf8(
            QJsonDocument(ReportBuilder::toJson(report.value())).toJson(QJsonDocument::Indented)));
    } else {
        printOut(ReportBuilder::toText(report.value()));
    }
    return 0;
}

int cmdAudit(Session& s)
{
    if (s.args.words.value(1) != u"verify" || s.args.words.size() != 2)
        return fail(s, usage(Cli::tr("usage: antre audit verify")));
    if (auto st = openSession(s, Need::Database); !st.ok())
        return fail(s, st.error());
    auto verified = AuditLog::verify(s.db->sql());
    if (!verified.ok()) {
        printErr(Cli::tr("audit log damaged: %1").arg(verified.error().message));
        return 1;
    }
    printOut(s.args.json ? jsonText({{u"ok"_s, true}, {u"events"_s, verified.value()}})
                         : Cli::tr("ok: %1 events\n").arg(verified.value()));
    return 0;
}

int cmdStaff(Session& s)
{
    const QString sub = s.args.words.value(1);
    if ((sub != u"add" && sub != u"login") || s.args.words.size() != 3)
        return fail(s,
                    usage(Cli::tr(
                        "usage: antre staff add ID --name N --role R [--counters L1,L2] | staff login ID")));
    if (auto st = openSession(s); !st.ok())
        return fail(s, st.error());
    StaffDirectory staff(*s.db, *s.clock);
    const QString id = s.args.words.at(2);
    if (sub == u"login") {
        auto member = staff.login(id, readPin());
        if (!member.ok())
            return fail(s, member.error());
        printOut(s.args.json
                     ? jsonText({{u"id"_s, member.value().id},
                                 {u"name"_s, member.value().name},
                                 {u"role"_s, toKey(member.value().role)}})
                     : Cli::tr("ok: %1 (%2)\n").arg(member.value().name, Labels::role(member.value().role)));
        return 0;
    }
    StaffConfig member;
    member.id = id;
    member.name = s.args.options.value(u"name"_s).trimmed();
    if (member.name.isEmpty())
        return fail(s, usage(Cli::tr("staff add: --name is required")));
    const auto role = roleFromKey(s.args.options.value(u"role"_s));
    if (!role)
        return fail(s, usage(Cli::tr("--role: \"%1\" is not officer, supervisor or admin")
                                 .arg(s.args.options.value(u"role"_s))));
    member.role = *role;
    const QString counters = s.args.options.value(u"counters"_s);
    if (!counters.isEmpty())
        member.counters = counters.split(u',', Qt::SkipEmptyParts);
    // The rules of a configuration file for the ID (a code) and the name, so that what is saved here comes
    // back through config export and import.
    HallConfig probe;
    probe.staff = {member};
    const QString at = u"staff[0]."_s;
    for (const QString& problem : ConfigIo::validate(probe))
        if (problem.startsWith(at + u"id: "_s) || problem.startsWith(at + u"name: "_s))
            return fail(s, usage(Cli::tr("staff add: %1").arg(problem.mid(at.size()))));
    member.pin = readPin();
    if (!PinHasher::isWellFormedPin(member.pin))
        return fail(s, usage(Cli::tr("the PIN read from standard input must be 4 to 12 digits")));
    if (auto st = staff.save(member); !st.ok())
        return fail(s, st.error());
    printOut(Cli::tr("staff %1 saved\n").arg(id));
    return 0;
}

int cmdBackup(Session& s)
{
    if (auto st = needWords(s.args, 2, u"backup FILE"_s); !st.ok())
        return fail(s, st.error());
    if (s.args.words.at(1).isEmpty())
        return fail(s, usage(Cli::tr("backup: no backup file given")));
    if (auto st = openSession(s, Need::Database); !st.ok())
        return fail(s, st.error());
    if (auto st = s.db->backupTo(s.args.words.at(1)); !st.ok())
        return fail(s, st.error());
    printOut(Cli::tr("backup written to %1\n").arg(s.args.words.at(1)));
    return 0;
}

// One invariant of the queue: a query that returns the offending rows as text (none when healthy).
struct Invariant
{
    QString name;
    QString sql;
};

int cmdCheck(Session& s)
{
    if (auto st = needWords(s.args, 1, u"check"_s); !st.ok())
        return fail(s, st.error());
    if (auto st = openSession(s, Need::Database); !st.ok())
        return fail(s, st.error());
    QStringList problems;
    QJsonArray results;
    const auto report = [&](const QString& name, const QString& problem) {
        results.append(
            QJsonObject{{u"check"_s, name}, {u"ok"_s, problem.isEmpty()}, {u"problem"_s, problem}});
        if (!problem.isEmpty())
            problems << name + u": " + problem;
        else if (!s.args.json)
            printOut(Cli::tr("ok    %1\n").arg(name));
    };
    auto integrity = s.db->integrityCheck();
    report(Cli::tr("database integrity"), !integrity.ok()              ? integrity.error().message
                                          : integrity.value() == u"ok" ? QString()
                                                                       : integrity.value());
    auto audit = AuditLog::verify(s.db->sql());
    report(Cli::tr("audit chain"), audit.ok() ? QString() : audit.error().message);
    const QList<Invariant> invariants{
        {Cli::tr("ticket numbers gapless per prefix and day"),
         uR"(SELECT business_day || ' ' || prefix || ': ' || count(*) || ' tickets, last number ' || max(seq)
             FROM tickets GROUP BY business_day, prefix HAVING count(*) <> max(seq))"_s},
        {Cli::tr("at most one open ticket per counter"),
         uR"(SELECT c.code || ': ' || count(*) || ' open tickets' FROM tickets t JOIN counters c ON c.id = t.counter_id
             WHERE t.status IN ('called', 'serving') GROUP BY c.code HAVING count(*) > 1)"_s},
        {Cli::tr("called tickets belong to a counter"),
         uR"(SELECT prefix || '-' || seq || ' on ' || business_day FROM tickets
             WHERE status IN ('called', 'serving') AND counter_id IS NULL)"_s},
        {Cli::tr("at most one current state per counter"),
         uR"(SELECT c.code || ': ' || count(*) || ' open states' FROM counter_states cs
             JOIN counters c ON c.id = cs.counter_id WHERE cs.ended_at IS NULL GROUP BY c.code HAVING count(*) > 1)"_s},
        {Cli::tr("report summary triggers in place"), QString()}, // from the catalogue, see below
        {Cli::tr("every ticket has its issue event"),
         uR"(SELECT prefix || '-' || seq || ' on ' || business_day FROM tickets t WHERE NOT EXISTS
             (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.kind = 'ticket.issued'))"_s},
    };
    // A summary can only differ from its tickets if the database was changed with its triggers removed; it is
    // a copy, so removing it loses nothing, and reports would otherwise keep showing the old figures.
    ReportBuilder reports(*s.db);
    auto summaries = reports.mismatchedSummaries();
    QString summaryProblem = summaries.ok() ? QString() : summaries.error().message;
    if (summaries.ok() && !summaries.value().isEmpty()) {
        const QString days = summaries.value().join(u", "_s);
        const Status forgotten = reports.forgetSummaries(summaries.value());
        summaryProblem =
            forgotten.ok()
                ? Cli::tr("the summaries of %1 differed from their tickets and were removed; "
                          "reports make them again")
                      .arg(days)
                : Cli::tr("the summaries of %1 differ from their tickets and could not be removed: %2")
                      .arg(days, forgotten.error().message);
    }
    report(Cli::tr("report summaries match their days' tickets"), summaryProblem);
    for (const auto& invariant : invariants) {
        QStringList rows;
        if (invariant.sql.isEmpty()) {
            auto triggers = s.db->triggerNames();
            if (!triggers.ok())
                rows << triggers.error().message;
            else
                for (const auto* name : {u"tickets_insert_revises_day", u"tickets_update_revises_day",
                                         u"tickets_delete_revises_day"})
                    if (!triggers.value().contains(QString::fromUtf16(name)))
                        rows << u"trigger "_s + QString::fromUtf16(name) + u" is missing"_s;
            report(invariant.name, rows.join(u"; "_s));
            continue;
        }
        auto q = Database::run(s.db->sql(), invariant.sql);
        if (!q.ok())
            rows << q.error().message;
        else
            while (q.value().next() && rows.size() < 10)
                rows << q.value().value(0).toString();
        report(invariant.name, rows.join(u"; "_s));
    }
    if (s.args.json)
        printOut(jsonText({{u"ok"_s, problems.isEmpty()}, {u"checks"_s, results}}));
    for (const auto& problem : problems)
        printErr(Cli::tr("FAIL  %1").arg(problem));
    return problems.isEmpty() ? 0 : 1;
}

} // namespace

QString Cli::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/antre/hall.db"_s;
}

int Cli::run(const QStringList& arguments)
{
    auto parsed = parse(arguments);
    Session session;
    if (!parsed.ok()) {
        printErr(parsed.error().message);
        return static_cast<int>(parsed.error().kind);
    }
    session.args = parsed.value();

    I18n i18n({u"cli"_s});
    const QString lang = session.args.options.value(u"lang"_s, qEnvironmentVariable("ANTRE_LANG", u"en"_s));
    if (!I18n::isSupported(lang))
        return fail(session, usage(tr("--lang: \"%1\" is not en or id").arg(lang)));
    i18n.setLanguage(lang);

    if (session.args.flags.contains(u"help"_s) || session.args.words.isEmpty()) {
        printOut(usageText());
        return session.args.words.isEmpty() && !session.args.flags.contains(u"help"_s) ? 2 : 0;
    }
    using Handler = std::function<int(Session&)>;
    static const std::map<QString, Handler> handlers{
        {u"init"_s, cmdInit},
        {u"demo"_s, cmdDemo},
        {u"config"_s, cmdConfig},
        {u"issue"_s, cmdIssue},
        {u"counter"_s, cmdCounter},
        {u"call"_s, cmdCounterAction},
        {u"recall"_s, cmdCounterAction},
        {u"serve"_s, cmdCounterAction},
        {u"done"_s, cmdCounterAction},
        {u"no-show"_s, cmdCounterAction},
        {u"transfer"_s, cmdCounterAction},
        {u"requeue"_s, cmdTicketAction},
        {u"cancel"_s, cmdTicketAction},
        {u"status"_s, cmdStatus},
        {u"report"_s, cmdReport},
        {u"audit"_s, cmdAudit},
        {u"staff"_s, cmdStaff},
        {u"backup"_s, cmdBackup},
        {u"check"_s, cmdCheck},
    };
    const auto handler = handlers.find(session.args.words.constFirst());
    if (handler == handlers.end())
        return fail(
            session,
            usage(tr("unknown command \"%1\" (see antre --help)").arg(session.args.words.constFirst())));
    return handler->second(session);
}

} // namespace antre
