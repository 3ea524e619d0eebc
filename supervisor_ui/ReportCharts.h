#pragma once

#include "core/Report.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QChart;

namespace antre {

struct BarSet
{
    QString name;
    QList<qreal> values;
};

// The report's charts, built from the same Report the tables show; used on screen and in the PDF.
class ReportCharts final
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
public:
    // Tickets issued per hour of issue next to tickets served per hour of first call.
    static std::unique_ptr<QChart> hourly(const Report& report);
    // Called tickets per wait bucket (0–5, 5–10, … minutes).
    static std::unique_ptr<QChart> waitDistribution(const Report& report);
    // Issued and served per day (per month over long ranges) with the mean wait as a line.
    static std::unique_ptr<QChart> trend(const Report& report);

    // A grouped bar chart; an optional line on a second axis (minutes), where NaN leaves a value out.
    static std::unique_ptr<QChart> bars(const QString& title, const QStringList& categories,
                                        const QList<BarSet>& sets, const QString& valueAxisTitle,
                                        const BarSet& line = {});
    // Ranges longer than this are charted per month.
    static constexpr int kMaxDailyPoints = 62;
};

} // namespace antre
