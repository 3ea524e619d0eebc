#include "supervisor_ui/ReportCharts.h"

#include "supervisor_ui/ReportFormat.h"
#include "ui_common/Style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font(QString::fromLatin1(Style::kFontFamily));
    font.setPointSize(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // the same text in a PDF as on screen, no ligatures
    return font;
}

const QList<QColor>& palette()
{
    static const QList<QColor> colours{Style::primary(), Style::accent(), Style::ok(), Style::danger()};
    return colours;
}

qreal niceMaximum(qreal value)
{
    if (value <= 5)
        return 5;
    qreal step = 1;
    while (value / step > 10)
        step *= value / step > 50 ? 10 : 5;
    return std::ceil(value / step) * step;
}

} // namespace

std::unique_ptr<QChart> ReportCharts::bars(const QString& title, const QStringList& categories,
                                           const QList<BarSet>& sets, const QString& valueAxisTitle,
                                           const BarSet& line)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setTitleFont(chartFont(13, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(chartFont(10));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);

    auto* series = new QBarSeries;
    qreal maximum = 0;
    for (qsizetype i = 0; i < sets.size(); ++i) {
        auto* set = new QBarSet(sets[i].name);
        set->setColor(palette().at(i % palette().size()));
        set->setBorderColor(palette().at(i % palette().size()));
        for (const qreal value : sets[i].values) {
            *set << value;
            maximum = std::max(maximum, value);
        }
        series->append(set);
    }
    chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(chartFont(categories.size() > 16 ? 7 : 9));
    if (categories.size() > 16)
        categoryAxis->setLabelsAngle(-90);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);

    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, niceMaximum(maximum));
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->setTitleText(valueAxisTitle);
    valueAxis->setTitleFont(chartFont(9));
    valueAxis->setLabelsFont(chartFont(9));
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);

    if (!line.values.isEmpty()) {
        auto* lineSeries = new QLineSeries;
        lineSeries->setName(line.name);
        QPen pen(Style::danger());
        pen.setWidth(3);
        lineSeries->setPen(pen);
        qreal lineMax = 0;
        for (qsizetype i = 0; i < line.values.size(); ++i) {
            if (std::isnan(line.values[i]))
                continue; // nothing to average that day: no point rather than a false zero
            lineSeries->append(qreal(i), line.values[i]);
            lineMax = std::max(lineMax, line.values[i]);
        }
        chart->addSeries(lineSeries);
        lineSeries->attachAxis(categoryAxis);
        auto* minutesAxis = new QValueAxis;
        minutesAxis->setRange(0, niceMaximum(lineMax));
        minutesAxis->setLabelFormat(u"%d"_s);
        minutesAxis->setTitleText(tr("minutes"));
        minutesAxis->setTitleFont(chartFont(9));
        minutesAxis->setLabelsFont(chartFont(9));
        minutesAxis->setLabelsColor(Style::danger());
        minutesAxis->applyNiceNumbers();
        chart->addAxis(minutesAxis, Qt::AlignRight);
        lineSeries->attachAxis(minutesAxis);
    }
    return chart;
}

std::unique_ptr<QChart> ReportCharts::hourly(const Report& report)
{
    QList<qreal> issued(24, 0), served(24, 0);
    for (const auto& row : report.byHour) {
        const int hour = row.key.toInt();
        if (hour >= 0 && hour < 24)
            issued[hour] = row.stats.issued;
    }
    for (int hour = 0; hour < 24 && hour < report.servedByHour.size(); ++hour)
        served[hour] = report.servedByHour.at(hour);
    int first = 24, last = -1;
    for (int hour = 0; hour < 24; ++hour) {
        if (issued[hour] > 0 || served[hour] > 0) {
            first = std::min(first, hour);
            last = std::max(last, hour);
        }
    }
    if (last < 0) { // nothing yet: show a usual working day so the empty chart still reads as hours
        first = 8;
        last = 15;
    }
    QStringList categories;
    for (int hour = first; hour <= last; ++hour)
        categories << u"%1"_s.arg(hour, 2, 10, QChar(u'0'));
    return bars(tr("Arrivals and served per hour"), categories,
                {{tr("Tickets issued"), issued.mid(first, last - first + 1)},
                 {tr("Served (by hour of call)"), served.mid(first, last - first + 1)}},
                tr("tickets"));
}

std::unique_ptr<QChart> ReportCharts::waitDistribution(const Report& report)
{
    QList<qreal> values;
    for (const int count : report.waitHistogram)
        values << count;
    const QStringList categories = ReportBuilder::histogramLabels();
    while (values.size() < categories.size())
        values << 0;
    return bars(tr("Wait distribution (minutes)"), categories, {{tr("Called tickets"), values}},
                tr("tickets"));
}

std::unique_ptr<QChart> ReportCharts::trend(const Report& report)
{
    QStringList categories;
    QList<qreal> issued, served, meanWait;
    if (report.byDay.size() <= kMaxDailyPoints) {
        for (const auto& row : report.byDay) {
            categories << ReportFormat::shortDate(QDate::fromString(row.key, Qt::ISODate));
            issued << row.stats.issued;
            served << row.stats.served;
            meanWait << (row.stats.waitSamples > 0 ? row.stats.waitMean : qQNaN());
        }
    } else {
        // Counts add up exactly; the mean wait is weighted by each day's number of calls.
        struct Month
        {
            qreal issued = 0, served = 0, waitTotal = 0, samples = 0;
        };
        QMap<QDate, Month> months;
        for (const auto& row : report.byDay) {
            const QDate day = QDate::fromString(row.key, Qt::ISODate);
            Month& m = months[QDate(day.year(), day.month(), 1)];
            m.issued += row.stats.issued;
            m.served += row.stats.served;
            m.waitTotal += row.stats.waitMean * row.stats.waitSamples;
            m.samples += row.stats.waitSamples;
        }
        for (auto it = months.cbegin(); it != months.cend(); ++it) {
            categories << QLocale().toString(it.key(), u"MMM yy"_s);
            issued << it->issued;
            served << it->served;
            meanWait << (it->samples > 0 ? it->waitTotal / it->samples : qQNaN());
        }
    }
    return bars(report.byDay.size() <= kMaxDailyPoints ? tr("Trend per day") : tr("Trend per month"),
                categories, {{tr("Tickets issued"), issued}, {tr("Served"), served}}, tr("tickets"),
                {tr("Mean wait (min)"), meanWait});
}

} // namespace antre
