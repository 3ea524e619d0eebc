#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/Clock.h"
#include "core/QueueService.h"
#include "core/Report.h"
#include "core/complaint/ComplaintReport.h"
#include "core/hall/Hall.h"
#include "core/ombudsman/OmbudsmanReport.h"
#include "core/services/ComplaintService.h"
#include "core/services/ReportService.h"
#include "core/services/SurveyService.h"
#include "core/survey/IkmExport.h"

#include <QJsonDocument>

#ifdef ANTRE_HAVE_PDF
#include "report_pdf/OmbudsmanPdf.h"

#include <QGuiApplication>
#endif

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

// [--fromName, --toName] with their defaults; one option name for both gives a single day (--date).
Result<std::pair<QDate, QDate>> dateRange(const Context& c, const QString& fromName, const QString& toName,
                                          QDate fromDefault, QDate toDefault)
{
    auto from = dateOption(c, fromName, fromDefault);
    if (!from.ok())
        return from.error();
    auto to = dateOption(c, toName, toDefault);
    if (!to.ok())
        return to.error();
    if (to.value() < from.value())
        return usageError(Cli::tr("--to is before --from"));
    return std::pair{from.value(), to.value()};
}

// One report in the chosen --format, through its builder's toCsv/toJson/toText.
template <typename Builder, typename Report>
void printReport(const QString& format, const Report& report, QJsonDocument::JsonFormat json)
{
    if (format == u"csv") {
        const QByteArray csv = Builder::toCsv(report);
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    } else if (format == u"json") {
        const QString text = QString::fromUtf8(QJsonDocument(Builder::toJson(report)).toJson(json));
        printOut(json == QJsonDocument::Compact ? text + u'\n' : text);
    } else {
        printOut(Builder::toText(report));
    }
}

// report complaints: the complaints received in [--from, --to] (this month so far by default).
int complaintsReport(Context& c, const QString& format)
{
    if (auto st = c.open(); !st.ok())
        return c.fail(st.error());
    ComplaintService& complaints = c.services().complaints;
    auto today = complaints.today();
    if (!today.ok())
        return c.fail(today.error());
    auto range = dateRange(c, u"from"_s, u"to"_s, QDate(today.value().year(), today.value().month(), 1),
                           today.value());
    if (!range.ok())
        return c.fail(range.error());
    auto report = complaints.report(range.value().first, range.value().second);
    if (!report.ok())
        return c.fail(report.error());
    printReport<ComplaintReportBuilder>(format, report.value(), QJsonDocument::Indented);
    return 0;
}

// report ombudsman: the compliance report of [--from, --to] (this month so far by default) as FILE.pdf and
// its CSV files beside it. A build without the GUI has no PDF writer: it writes the CSV files and exits 3.
int ombudsmanReport(Context& c)
{
    const QString out = c.args().value(u"out"_s);
    if (out.isEmpty())
        return c.fail(usageError(Cli::tr("report ombudsman needs --out FILE.pdf")));
    if (auto st = c.open(); !st.ok())
        return c.fail(st.error());
    QueueService& queue = c.services().queue;
    auto hall = queue.config();
    if (!hall.ok())
        return c.fail(hall.error());
    const QDate today = Schedule::businessDay(c.clock().now(), Schedule::zone(hall.value().site.timezone));
    auto range = dateRange(c, u"from"_s, u"to"_s, QDate(today.year(), today.month(), 1), today);
    if (!range.ok())
        return c.fail(range.error());
    if (auto st = queue.rollOver(); !st.ok())
        return c.fail(st.error());
    auto report = OmbudsmanReportBuilder::build(c.services(), range.value().first, range.value().second,
                                                c.clock().now());
    if (!report.ok())
        return c.fail(report.error());
    auto written = OmbudsmanReportBuilder::writeCsvFiles(report.value(), out);
    if (!written.ok())
        return c.fail(written.error());
    printOut(OmbudsmanReportBuilder::toText(report.value()));
    for (const auto& path : written.value())
        printOut(Cli::tr("wrote %1").arg(path) + u'\n');
#ifdef ANTRE_HAVE_PDF
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (auto st = OmbudsmanPdf::write(report.value(), out); !st.ok())
            return c.fail(st.error());
        printOut(Cli::tr("wrote %1").arg(out) + u'\n');
        return 0;
    }
#endif
    return c.fail(makeError(ErrorKind::NothingToDo, ErrorCode::ExportFailed,
                            Cli::tr("%1 not written: the PDF needs the build with the GUI (the CSV files are "
                                    "written)")
                                .arg(out)));
}

class ReportCommand final : public Command
{
public:
    ReportCommand() : Command(u"report"_s) {}

    QStringList synopsis() const override
    {
        return {u"report daily [--date YYYY-MM-DD] [--format text|csv|json]"_s,
                u"report range --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv|json]"_s,
                u"report complaints [--from YYYY-MM-DD --to YYYY-MM-DD] [--format text|csv|json]"_s,
                u"report ikm [--date D | --from D --to D] [--by service|agency|counter|staff] "
                u"[--format text|csv|json]"_s,
                u"report ombudsman [--from YYYY-MM-DD --to YYYY-MM-DD] --out FILE.pdf"_s};
    }
    QString description() const override
    {
        return Cli::tr(
            "Prints the report of a day (today unless --date) or of a range of days: tickets, waits, "
            "service times and outcomes per service, counter and officer; the complaints, the satisfaction "
            "index (IKM), and the Ombudsman's compliance report (PDF and CSV files).");
    }
    QList<Option> options() const override
    {
        return {{u"date"_s, u"YYYY-MM-DD"_s, Cli::tr("daily: the day (today)")},
                {u"from"_s, u"YYYY-MM-DD"_s, Cli::tr("range: the first day (today)")},
                {u"to"_s, u"YYYY-MM-DD"_s, Cli::tr("range: the last day (today)")},
                {u"format"_s, u"text|csv|json"_s, Cli::tr("text (json with --json), csv or json")},
                {u"by"_s, u"service|agency|counter|staff"_s,
                 Cli::tr("ikm: per service, agency, counter or officer")},
                {u"out"_s, u"FILE.pdf"_s,
                 Cli::tr("ombudsman: the PDF to write; its CSV files go beside it (FILE-visitors.csv, …)")}};
    }
    bool isSubcommand(const QString& word) const override
    {
        return word == u"daily" || word == u"range" || word == u"complaints" || word == u"ikm" ||
               word == u"ombudsman";
    }
    QStringList optionsOf(const QString& subcommand) const override
    {
        if (subcommand == u"ikm")
            return {u"date"_s, u"from"_s, u"to"_s, u"by"_s, u"format"_s};
        if (subcommand == u"ombudsman")
            return {u"from"_s, u"to"_s, u"out"_s};
        if (subcommand == u"daily")
            return {u"date"_s, u"format"_s};
        return {u"from"_s, u"to"_s, u"format"_s};
    }

    int run(Context& c) override
    {
        const QString kind = c.words().value(0);
        if (kind == u"ikm" && c.words().size() == 1)
            return ikm(c);
        if (kind == u"ombudsman" && c.words().size() == 1)
            return ombudsmanReport(c);
        if (!isSubcommand(kind) || c.words().size() != 1)
            return c.fail(usageError(
                Cli::tr("usage: antre report daily [--date YYYY-MM-DD] | report range --from D --to D")));
        const QString format = c.args().value(u"format"_s, c.json() ? u"json"_s : u"text"_s);
        if (format != u"text" && format != u"csv" && format != u"json")
            return c.fail(usageError(Cli::tr("--format: \"%1\" is not text, csv or json").arg(format)));
        if (kind == u"complaints")
            return complaintsReport(c, format);
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        QueueService& queue = c.services().queue;
        auto hall = queue.config();
        if (!hall.ok())
            return c.fail(hall.error());
        const QDate today =
            Schedule::businessDay(c.clock().now(), Schedule::zone(hall.value().site.timezone));
        const bool daily = kind == u"daily";
        auto range = dateRange(c, daily ? u"date"_s : u"from"_s, daily ? u"date"_s : u"to"_s, today, today);
        if (!range.ok())
            return c.fail(range.error());
        const auto [from, to] = range.value();
        // Expire leftovers of past days first so the report and the database agree.
        if (auto st = queue.rollOver(); !st.ok())
            return c.fail(st.error());
        auto report = c.services().reports.build(from, to, c.clock().now());
        if (!report.ok())
            return c.fail(report.error());
        printReport<ReportBuilder>(format, report.value(), QJsonDocument::Indented);
        return 0;
    }

private:
    // The satisfaction index of a day (--date, today by default) or a period (--from … --to).
    static int ikm(Context& c)
    {
        const QString format = c.args().value(u"format"_s, c.json() ? u"json"_s : u"text"_s);
        if (format != u"text" && format != u"csv" && format != u"json")
            return c.fail(usageError(Cli::tr("--format: \"%1\" is not text, csv or json").arg(format)));
        if (c.args().has(u"date"_s) && (c.args().has(u"from"_s) || c.args().has(u"to"_s)))
            return c.fail(usageError(Cli::tr("report ikm takes --date or --from and --to, not both")));
        IkmGrouping by = IkmGrouping::None;
        if (c.args().has(u"by"_s)) {
            const auto grouping = ikmGroupingFromKey(c.args().value(u"by"_s));
            if (!grouping)
                return c.fail(usageError(Cli::tr("--by: \"%1\" is not service, agency, counter or staff")
                                             .arg(c.args().value(u"by"_s))));
            by = *grouping;
        }
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        auto hall = c.services().queue.config();
        if (!hall.ok())
            return c.fail(hall.error());
        const QDate today =
            Schedule::businessDay(c.clock().now(), Schedule::zone(hall.value().site.timezone));
        const bool single = c.args().has(u"date"_s);
        auto range = dateRange(c, single ? u"date"_s : u"from"_s, single ? u"date"_s : u"to"_s, today, today);
        if (!range.ok())
            return c.fail(range.error());
        auto report = c.services().survey.ikm(range.value().first, range.value().second, by);
        if (!report.ok())
            return c.fail(report.error());
        // One line of JSON, as scripts read the index (the other reports are indented).
        printReport<IkmExport>(format, report.value(), QJsonDocument::Compact);
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace antre::cli
