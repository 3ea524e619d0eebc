#pragma once

#include "core/Report.h"
#include "supervisor_ui/HallAccess.h"
#include "supervisor_ui/ReportPeriod.h"

#include <QWidget>

#include <optional>

class QAbstractItemModel;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace antre {

class FigureTile;
class ReportRowsModel;
class StaffingModel;

// Wait-time report for a day, week, month, year or any range: headline figures, tables by service,
// agency, booth, officer, hour and day, booth staffing, charts, and CSV/PDF export of the same Report.
class ReportView final : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(HallAccess& hall, QWidget* parent = nullptr);
    ~ReportView() override;
    Q_DISABLE_COPY_MOVE(ReportView)

    // Builds the report for the period and shows it; errors are shown in the view and returned.
    Status showPeriod(const ReportPeriod& period);
    const ReportPeriod& period() const { return m_period; }
    const std::optional<Report>& report() const { return m_report; }

    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path) const;
    // The Ombudsman report of the period shown: the PDF at `path` and its CSV files beside it.
    Status exportOmbudsman(const QString& path) const;

private:
    void applyControls();
    void syncControls();
    void step(int steps);
    void chooseExport(bool pdf);
    void chooseOmbudsman();
    QString suggestedFileName(const QString& extension) const;
    QTableView* addTable(const QString& objectName, const QString& title, QAbstractItemModel* model);

    HallAccess& m_hall;
    ReportPeriod m_period;
    std::optional<Report> m_report;
    QComboBox* m_kind;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_toLabel;
    QPushButton* m_show;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_ombudsman;
    QLabel* m_heading;
    QLabel* m_asOf;
    QLabel* m_message;
    QList<FigureTile*> m_tiles;
    QTabWidget* m_tabs;
    ReportRowsModel* m_byService;
    ReportRowsModel* m_byAgency;
    ReportRowsModel* m_byCounter;
    ReportRowsModel* m_byOfficer;
    ReportRowsModel* m_byHour;
    ReportRowsModel* m_byDay;
    StaffingModel* m_staffing;
    QChartView* m_hourly;
    QChartView* m_waits;
    QChartView* m_trend;
};

} // namespace antre
