#pragma once

#include "core/Result.h"
#include "supervisor_ui/HallAccess.h"
#include "supervisor_ui/IkmFigures.h"
#include "supervisor_ui/ReportPeriod.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace antre {

class FigureTile;
class PeriodPicker;
class TextTableModel;

// The community satisfaction index (IKM) of a month, a year or any range: the hall's index with its
// quality band and sample, NRR per element, tables per service and per agency, the trend by month and the
// citizens' suggestions; exported as CSV and as an A4 PDF.
class IkmView final : public QWidget
{
    Q_OBJECT
public:
    explicit IkmView(HallAccess& hall, QWidget* parent = nullptr);
    ~IkmView() override;
    Q_DISABLE_COPY_MOVE(IkmView)

    // Reads the period's figures and shows them; errors are shown in the view and returned.
    Status showPeriod(const ReportPeriod& period);
    const ReportPeriod& period() const { return m_period; }
    const std::optional<IkmPage>& page() const { return m_page; }

    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path) const;

private:
    void addTab(const QString& objectName, const QString& title, TextTableModel* model, int figureWidth = 96);
    void chooseExport(bool pdf);

    HallAccess& m_hall;
    ReportPeriod m_period;
    std::optional<IkmPage> m_page;
    PeriodPicker* m_picker;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QLabel* m_heading;
    QLabel* m_message;
    QLabel* m_empty;
    FigureTile* m_ikm;
    FigureTile* m_band;
    FigureTile* m_responses;
    FigureTile* m_sample;
    FigureTile* m_served;
    QLabel* m_sampleLine;
    QTabWidget* m_tabs;
    TextTableModel* m_byService;
    TextTableModel* m_byAgency;
    TextTableModel* m_byCounter;
    TextTableModel* m_byStaff;
    TextTableModel* m_elements;
    TextTableModel* m_months;
    TextTableModel* m_suggestions;
    QLabel* m_suggestionsShown; // how many the table lists of how many, when not all
    QTableView* m_suggestionsTable = nullptr;
    QChartView* m_nrr;
    QChartView* m_trend;
};

} // namespace antre
