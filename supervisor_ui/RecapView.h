#pragma once

#include "core/report/YearRecap.h"
#include "supervisor_ui/HallAccess.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace antre {

class RecapMonthsModel;
class RecapServicesModel;

// Monthly and annual recap of visitors and services for one year, with CSV and PDF export.
class RecapView final : public QWidget
{
    Q_OBJECT
public:
    explicit RecapView(HallAccess& hall, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecapView)

    Status showYear(int year);
    const std::optional<YearRecap>& recap() const { return m_recap; }
    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path) const;

private:
    void chooseExport(bool pdf);
    QString title() const;

    HallAccess& m_hall;
    std::optional<YearRecap> m_recap;
    QSpinBox* m_year;
    QLabel* m_heading;
    QLabel* m_message;
    QTabWidget* m_tabs;
    RecapMonthsModel* m_months;
    RecapServicesModel* m_issued;
    RecapServicesModel* m_served;
    QChartView* m_chart;
    QPushButton* m_csv;
    QPushButton* m_pdf;
};

} // namespace antre
