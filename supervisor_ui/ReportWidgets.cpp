#include "supervisor_ui/ReportWidgets.h"

#include "supervisor_ui/UiHelpers.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QStandardPaths>
#include <QTableView>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QChartView* ReportWidgets::chartView(const QString& objectName, const QString& name,
                                     const QString& description, QWidget* parent)
{
    auto* view = new QChartView(parent);
    ui::describe(view, objectName, name, description);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 180);
    return view;
}

void ReportWidgets::replaceChart(QChartView* view, std::unique_ptr<QChart> chart)
{
    QChart* old = view->chart();
    view->setChart(chart.release());
    delete old;
}

QTableView* ReportWidgets::table(const QString& objectName, const QString& title, QAbstractItemModel* model,
                                 QWidget* parent, int figureWidth)
{
    auto* table = new QTableView(parent);
    ui::describe(table, objectName, title, tr("Report table: %1").arg(title));
    table->setModel(model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    QFont headerFont = header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() - 1.5);
    header->setFont(headerFont);
    header->setMinimumHeight(2 * QFontMetrics(headerFont).height() + 10);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(figureWidth);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    table->setWordWrap(false);
    return table;
}

void ReportWidgets::saveAs(QWidget* parent, QLabel* message, bool pdf, const QString& baseName,
                           const std::function<Status(const QString&)>& write)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(parent, pdf ? tr("Export PDF") : tr("Export CSV"),
                                     QDir(folder).filePath(baseName + (pdf ? u".pdf"_s : u".csv"_s)),
                                     pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = write(path);
    if (written.ok())
        ui::setNotice(message, tr("Saved %1").arg(QDir::toNativeSeparators(path)), true);
    else
        ui::setError(message, written.error().message);
}

} // namespace antre
