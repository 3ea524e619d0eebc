#pragma once

#include "core/Result.h"
#include "core/complaint/ComplaintReport.h"
#include "supervisor_ui/HallAccess.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace antre {

class FigureTile;
class PeriodPicker;
class TextTableModel;

// The monthly complaint report: counts by category, channel, agency and status, the median time to
// answer, the share answered within the SLA and the list with references; exported as CSV and A4 PDF.
class ComplaintReportView final : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintReportView(HallAccess& hall, QWidget* parent = nullptr);
    ~ComplaintReportView() override;
    Q_DISABLE_COPY_MOVE(ComplaintReportView)

    // Shows the calendar month of `day`; errors are shown in the view and returned.
    Status showMonth(QDate day);
    QDate month() const { return m_month; }
    const std::optional<ComplaintReport>& report() const { return m_report; }

    Status exportCsv(const QString& path) const;
    Status exportPdf(const QString& path) const;

private:
    void chooseExport(bool pdf);

    HallAccess& m_hall;
    QDate m_month;
    std::optional<ComplaintReport> m_report;
    QString m_siteName;
    QHash<QString, QString> m_agencyNames;
    PeriodPicker* m_picker;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QLabel* m_heading;
    QLabel* m_asOf;
    QLabel* m_message;
    QLabel* m_empty;
    QList<FigureTile*> m_tiles;
    TextTableModel* m_byCategory;
    TextTableModel* m_byChannel;
    TextTableModel* m_byAgency;
    TextTableModel* m_byStatus;
    TextTableModel* m_list;
};

} // namespace antre
