#include "core/ombudsman/OmbudsmanReport.h"

#include "core/QueueService.h"
#include "core/hall/Hall.h"
#include "core/report/CsvWriter.h"
#include "core/services/ComplaintService.h"
#include "core/services/ReportService.h"
#include "core/services/SurveyService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

using report::Kind;
using report::Section;

double percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? report::rounded(100.0 * double(part) / double(whole)) : 0.0;
}

// Which agencies a booth works for: those of its services, each once, in the configuration's order.
QStringList agenciesOf(const CounterConfig& counter, const HallConfig& config)
{
    QStringList agencies;
    for (const auto& agency : config.agencies) {
        for (const auto& code : counter.services) {
            const ServiceConfig* service = config.service(code);
            if (service && service->agency == agency.code) {
                agencies << agency.code;
                break;
            }
        }
    }
    return agencies;
}

QList<AgencyStaffing> emptyBoothsOf(const QList<CounterStaffing>& staffing, const HallConfig& config)
{
    QList<AgencyStaffing> result;
    for (const auto& agency : config.agencies) {
        AgencyStaffing row{agency.code, agency.name};
        for (const auto& booth : staffing) {
            const CounterConfig* counter = config.counter(booth.code);
            if (!counter || !agenciesOf(*counter, config).contains(agency.code))
                continue;
            ++row.booths;
            row.scheduledMin += booth.scheduledMin;
            row.unstaffedMin += booth.unstaffedMin;
        }
        row.unstaffedPct = percentOf(row.unstaffedMin, row.scheduledMin);
        if (row.booths > 0)
            result << row;
    }
    return result;
}

QByteArray csvOf(const QList<Section>& sections)
{
    CsvWriter csv;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (i > 0)
            csv.addBlankLine();
        report::addCsvSection(csv, sections[i]);
    }
    return csv.toUtf8();
}

Section pick(const QList<Section>& sections, const QString& key)
{
    for (const auto& section : sections)
        if (section.key == key)
            return section;
    return {};
}

} // namespace

Result<OmbudsmanReport> OmbudsmanReportBuilder::build(const HallServices& services, QDate from, QDate to,
                                                      const QDateTime& nowUtc)
{
    auto config = services.queue.config();
    if (!config.ok())
        return config.error();
    auto waits = services.reports.build(from, to, nowUtc);
    if (!waits.ok())
        return waits.error();
    auto byService = services.survey.ikm(from, to, IkmGrouping::Service);
    if (!byService.ok())
        return byService.error();
    auto byAgency = services.survey.ikm(from, to, IkmGrouping::Agency);
    if (!byAgency.ok())
        return byAgency.error();
    auto complaints = services.complaints.report(from, to);
    if (!complaints.ok())
        return complaints.error();

    OmbudsmanReport r;
    r.from = from;
    r.to = to;
    r.asOf = nowUtc;
    r.waits = std::move(waits).value();
    r.siteName = r.waits.siteName;
    for (const auto& row : r.waits.byService) {
        const ServiceConfig* service = config.value().service(row.key);
        r.targetWaitMin << (service ? service->targetWaitMin : 0);
    }
    r.emptyBooths = emptyBoothsOf(r.waits.staffing, config.value());
    r.ikmByService = std::move(byService).value();
    r.ikmByAgency = std::move(byAgency).value();
    r.complaints = std::move(complaints).value();
    return r;
}

Section OmbudsmanReportBuilder::servicesSection(const OmbudsmanReport& report)
{
    Section section{u"services"_s,
                    tr("Services and waiting times against their targets"),
                    {{u"code"_s, tr("Service"), Kind::Text},
                     {u"name"_s, tr("Name"), Kind::Text},
                     {u"issued"_s, tr("Issued")},
                     {u"served"_s, tr("Served")},
                     {u"target_wait_min"_s, tr("Target (min)")},
                     {u"wait_mean_min"_s, tr("Mean wait"), Kind::Decimal},
                     {u"wait_p90_min"_s, tr("P90 wait"), Kind::Decimal},
                     {u"within_target_pct"_s, tr("Within target %"), Kind::Decimal}},
                    {}};
    for (qsizetype i = 0; i < report.waits.byService.size(); ++i) {
        const ReportRow& row = report.waits.byService[i];
        const ReportStats& s = row.stats;
        // A service that served nobody (a booth without its officer) has no waits to show: empty, not 0.0,
        // which would read as "no one waited".
        const auto figure = [&](double value) {
            return s.served > 0 ? QJsonValue(report::rounded(value)) : QJsonValue(u""_s);
        };
        section.rows << QJsonArray{row.key,
                                   row.label,
                                   s.issued,
                                   s.served,
                                   report.targetWaitMin.value(i),
                                   figure(s.waitMean),
                                   figure(s.waitP90),
                                   figure(s.withinTargetPct)};
    }
    const ReportStats& t = report.waits.total;
    section.rows << QJsonArray{u""_s,
                               tr("All services"),
                               t.issued,
                               t.served,
                               u""_s,
                               report::rounded(t.waitMean),
                               report::rounded(t.waitP90),
                               report::rounded(t.withinTargetPct)};
    return section;
}

Section OmbudsmanReportBuilder::emptyBoothsSection(const OmbudsmanReport& report)
{
    Section section{u"empty_booths"_s,
                    tr("Empty booths during opening hours, per agency"),
                    {{u"agency"_s, tr("Agency"), Kind::Text},
                     {u"name"_s, tr("Name"), Kind::Text},
                     {u"booths"_s, tr("Booths")},
                     {u"scheduled_min"_s, tr("Scheduled (min)")},
                     {u"unstaffed_min"_s, tr("Empty (min)")},
                     {u"unstaffed_pct"_s, tr("Empty %"), Kind::Decimal}},
                    {}};
    for (const auto& a : report.emptyBooths)
        section.rows << QJsonArray{a.code, a.name, a.booths, a.scheduledMin, a.unstaffedMin, a.unstaffedPct};
    return section;
}

Section OmbudsmanReportBuilder::ikmSection(const IkmReport& ikm, const QString& key, const QString& title)
{
    Section section{key,
                    title,
                    {{u"code"_s, tr("Code"), Kind::Text},
                     {u"name"_s, tr("Name"), Kind::Text},
                     {u"responses"_s, tr("Responses")},
                     {u"sample_needed"_s, tr("Sample needed")},
                     {u"sample_adequate"_s, tr("Adequate"), Kind::Text},
                     {u"ikm"_s, tr("IKM"), Kind::Text},
                     {u"band"_s, tr("Band"), Kind::Text},
                     {u"band_name"_s, tr("Quality"), Kind::Text}},
                    {}};
    const auto add = [&](const IkmGroup& g, const QString& name) {
        const bool rated = g.responses() > 0;
        section.rows << QJsonArray{g.key,
                                   name,
                                   g.responses(),
                                   g.sampleNeeded(),
                                   g.responses() >= g.sampleNeeded() ? tr("yes") : tr("no"),
                                   rated ? Ikm::decimal(g.ikmHundredths()) : u"–"_s,
                                   rated ? Ikm::bandLetter(g.band()) : u""_s,
                                   rated ? Ikm::bandName(g.band()) : u""_s};
    };
    for (const auto& g : ikm.groups)
        add(g, g.name.isEmpty() ? tr("not recorded") : g.name);
    add(ikm.total, tr("Whole hall"));
    return section;
}

Section OmbudsmanReportBuilder::nrrSection(const OmbudsmanReport& report)
{
    Section section{u"ikm_elements"_s,
                    tr("Satisfaction per element (NRR, 1–4), whole hall"),
                    {{u"element"_s, tr("Element"), Kind::Text},
                     {u"name"_s, tr("Name"), Kind::Text},
                     {u"nrr"_s, tr("NRR"), Kind::Text}},
                    {}};
    for (const SurveyElement e : SurveyQuestionnaire::elements())
        section.rows << QJsonArray{SurveyQuestionnaire::code(e), SurveyQuestionnaire::name(e),
                                   Ikm::decimal(Ikm::nrrHundredths(report.ikmByService.total.tally, e))};
    return section;
}

QList<OmbudsmanCsv> OmbudsmanReportBuilder::toCsvFiles(const OmbudsmanReport& r)
{
    const Section meta = report::metaSection(r.waits);
    const QList<Section> body = report::bodySections(r.waits);
    return {
        {u"visitors"_s,
         csvOf({meta, pick(body, u"total"_s), pick(body, u"by_day"_s), pick(body, u"by_hour"_s)})},
        {u"services"_s, csvOf({meta, servicesSection(r), pick(body, u"by_agency"_s)})},
        {u"staffing"_s, csvOf({meta, emptyBoothsSection(r), pick(body, u"staffing"_s)})},
        {u"ikm"_s,
         csvOf({meta, ikmSection(r.ikmByService, u"ikm_by_service"_s, tr("IKM per service")),
                ikmSection(r.ikmByAgency, u"ikm_by_agency"_s, tr("IKM per agency")), nrrSection(r)})},
        {u"complaints"_s, ComplaintReportBuilder::toCsv(r.complaints)},
    };
}

QString OmbudsmanReportBuilder::csvPath(const QString& pdfPath, const QString& suffix)
{
    const QFileInfo info(pdfPath);
    QString base = info.filePath();
    if (info.suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0)
        base.chop(4);
    return u"%1-%2.csv"_s.arg(base, suffix);
}

Result<QStringList> OmbudsmanReportBuilder::writeCsvFiles(const OmbudsmanReport& report,
                                                          const QString& pdfPath)
{
    QStringList written;
    for (const auto& csv : toCsvFiles(report)) {
        const QString path = csvPath(pdfPath, csv.suffix);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv.data) != csv.data.size() || !file.commit())
            return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                             tr("Could not write %1: %2").arg(path, file.errorString()));
        written << path;
    }
    return written;
}

QString OmbudsmanReportBuilder::toText(const OmbudsmanReport& r)
{
    const IkmGroup& ikm = r.ikmByService.total;
    QString text = tr("Ombudsman report %1 – %2, %3")
                       .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), r.siteName) +
                   u'\n';
    text += tr("Tickets issued %1, served %2, within the wait target %3%")
                .arg(r.waits.total.issued)
                .arg(r.waits.total.served)
                .arg(report::cellText(report::rounded(r.waits.total.withinTargetPct), Kind::Decimal)) +
            u'\n';
    int scheduled = 0;
    int empty = 0;
    for (const auto& booth : r.waits.staffing) {
        scheduled += booth.scheduledMin;
        empty += booth.unstaffedMin;
    }
    text += tr("Booths empty during opening hours: %1 of %2 minutes").arg(empty).arg(scheduled) + u'\n';
    text += (ikm.responses() > 0 ? tr("IKM %1 (%2, %3) from %4 responses (%5 needed)")
                                       .arg(Ikm::decimal(ikm.ikmHundredths()), Ikm::bandLetter(ikm.band()),
                                            Ikm::bandName(ikm.band()))
                                       .arg(ikm.responses())
                                       .arg(ikm.sampleNeeded())
                                 : tr("IKM: no responses")) +
            u'\n';
    text += tr("Complaints received %1, answered %2, open %3, overdue %4, within SLA %5")
                .arg(r.complaints.received)
                .arg(r.complaints.answered)
                .arg(r.complaints.open)
                .arg(r.complaints.overdue)
                .arg(r.complaints.percentWithinSla
                         ? report::cellText(*r.complaints.percentWithinSla, Kind::Decimal) + u'%'
                         : u"–"_s) +
            u'\n';
    return text;
}

} // namespace antre
