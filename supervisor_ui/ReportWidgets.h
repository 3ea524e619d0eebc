#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QTableView;
class QWidget;

namespace antre {

// The pieces report pages share: chart views, read-only tables and the save-as flow of an export.
class ReportWidgets final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWidgets)
public:
    static QChartView* chartView(const QString& objectName, const QString& name, const QString& description,
                                 QWidget* parent);
    // Puts a new chart into the view and deletes the one it had.
    static void replaceChart(QChartView* view, std::unique_ptr<QChart> chart);
    // A read-only table of figures: the first column stretches, the others `figureWidth` wide.
    static QTableView* table(const QString& objectName, const QString& title, QAbstractItemModel* model,
                             QWidget* parent, int figureWidth = 96);
    // Asks where to save (a file named `baseName` in the documents folder by default), writes it with
    // `write` and says on `message` what happened.
    static void saveAs(QWidget* parent, QLabel* message, bool pdf, const QString& baseName,
                       const std::function<Status(const QString&)>& write);
};

} // namespace antre
