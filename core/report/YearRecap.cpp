#include "core/report/YearRecap.h"

#include "core/report/CsvWriter.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString decimal(double value)
{
    return QString::number(value, 'f', 1);
}

QString monthKey(int year, int month)
{
    return u"%1-%2"_s.arg(year).arg(month, 2, 10, QChar(u'0'));
}

int figureOf(const std::optional<Report>& month, const QString& serviceCode, bool served)
{
    if (!month)
        return 0;
    for (const auto& row : month->byService)
        if (row.key == serviceCode)
            return served ? row.stats.served : row.stats.issued;
    return 0;
}

} // namespace

Result<YearRecap> YearRecap::build(Database& db, int year, const QDateTime& nowUtc, QDate today)
{
    ReportBuilder builder(db);
    YearRecap recap;
    recap.year = year;
    for (int month = 1; month <= 12; ++month) {
        const QDate first(year, month, 1);
        if (first > today) {
            recap.months << std::nullopt;
            continue;
        }
        auto report = builder.build(first, first.addMonths(1).addDays(-1), nowUtc);
        if (!report.ok())
            return report.error();
        recap.months << std::move(report).value();
    }
    auto whole = builder.build(QDate(year, 1, 1), QDate(year, 12, 31), nowUtc);
    if (!whole.ok())
        return whole.error();
    recap.wholeYear = std::move(whole).value();
    return recap;
}

QByteArray YearRecap::toCsv(const YearRecap& recap)
{
    CsvWriter csv;
    csv.addRow({u"section"_s, u"month"_s, u"issued"_s, u"served"_s, u"completed"_s, u"no_show"_s,
                u"expired"_s, u"cancelled"_s, u"wait_mean_min"_s, u"within_target_pct"_s,
                u"service_mean_min"_s});
    const auto statsLine = [&](const QString& month, const ReportStats& s) {
        csv.addRow({u"months"_s, month, QString::number(s.issued), QString::number(s.served),
                    QString::number(s.completed), QString::number(s.noShow), QString::number(s.expired),
                    QString::number(s.cancelled), decimal(s.waitMean), decimal(s.withinTargetPct),
                    decimal(s.serviceMean)});
    };
    for (int month = 1; month <= 12; ++month)
        if (const auto& report = recap.months.value(month - 1))
            statsLine(monthKey(recap.year, month), report->total);
    statsLine(QString::number(recap.year), recap.wholeYear.total);

    for (const bool served : {false, true}) {
        csv.addBlankLine();
        QStringList header{u"section"_s, u"service"_s, u"name"_s};
        for (int month = 1; month <= 12; ++month)
            header << monthKey(recap.year, month);
        header << QString::number(recap.year);
        csv.addRow(header);
        for (const auto& row : recap.wholeYear.byService) {
            QStringList fields{served ? u"served_by_service"_s : u"issued_by_service"_s, row.key, row.label};
            for (int month = 1; month <= 12; ++month)
                fields << QString::number(figureOf(recap.months.value(month - 1), row.key, served));
            fields << QString::number(served ? row.stats.served : row.stats.issued);
            csv.addRow(fields);
        }
    }
    return csv.toUtf8();
}

} // namespace antre
