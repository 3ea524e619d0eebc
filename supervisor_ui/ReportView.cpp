#include "supervisor_ui/ReportView.h"

#include "core/Clock.h"
#include "core/ombudsman/OmbudsmanReport.h"
#include "core/services/ReportService.h"
#include "report_pdf/OmbudsmanPdf.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/PeriodPicker.h"
#include "supervisor_ui/ReportCharts.h"
#include "supervisor_ui/ReportExport.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportModels.h"
#include "supervisor_ui/ReportWidgets.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/ElidedLabel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

ReportView::ReportView(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall),
      m_picker(new PeriodPicker(u"report"_s,
                                {ReportPeriod::Kind::Day, ReportPeriod::Kind::Week, ReportPeriod::Kind::Month,
                                 ReportPeriod::Kind::Year, ReportPeriod::Kind::Range},
                                this)),
      m_csv(ui::button(tr("Export CSV…"), u"report.exportCsv"_s,
                       tr("Save the report as a CSV file for a spreadsheet"), this)),
      m_pdf(ui::button(tr("Export PDF…"), u"report.exportPdf"_s,
                       tr("Save the report as an A4 PDF to print or send"), this)),
      m_ombudsman(ui::button(tr("Ombudsman report…"), u"report.exportOmbudsman"_s,
                             tr("Save the Ombudsman's compliance report of the period: an A4 PDF and its "
                                "CSV files"),
                             this)),
      m_heading(ui::title({}, u"report.heading"_s, this)), m_asOf(new QLabel(this)),
      m_message(ui::errorLabel(u"report.message"_s, this)), m_tabs(new QTabWidget(this)),
      m_byService(new ReportRowsModel(ReportRowsModel::Labels::Name, this)),
      m_byAgency(new ReportRowsModel(ReportRowsModel::Labels::Name, this)),
      m_byCounter(new ReportRowsModel(ReportRowsModel::Labels::Name, this)),
      m_byOfficer(new ReportRowsModel(ReportRowsModel::Labels::Name, this)),
      m_byHour(new ReportRowsModel(ReportRowsModel::Labels::Name, this)),
      m_byDay(new ReportRowsModel(ReportRowsModel::Labels::Day, this)), m_staffing(new StaffingModel(this)),
      m_hourly(ReportWidgets::chartView(u"report.chart.hourly"_s, tr("Arrivals and served per hour"),
                                        tr("Bar chart of tickets issued and served in each hour of the day"),
                                        this)),
      m_waits(ReportWidgets::chartView(u"report.chart.waits"_s, tr("Wait distribution"),
                                       tr("Bar chart of how many citizens waited how long"), this)),
      m_trend(ReportWidgets::chartView(u"report.chart.trend"_s, tr("Trend"),
                                       tr("Tickets issued and served per day or month, with the mean wait"),
                                       this))
{
    setObjectName(u"report"_s);
    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(m_picker);
    controls->addStretch();
    controls->addWidget(m_csv);
    controls->addWidget(m_pdf);
    controls->addWidget(m_ombudsman);

    auto* figures = new QGridLayout;
    figures->setSpacing(8);
    const QList<Figure> initial = ReportExport::summary({});
    // Two rows, so that the page still fits a 1366-pixel office screen.
    const int perRow = int(initial.size() + 1) / 2;
    for (qsizetype i = 0; i < initial.size(); ++i) {
        auto* tile = new FigureTile(u"report.total."_s + initial.at(i).key, this);
        m_tiles << tile;
        figures->addWidget(tile, int(i) / perRow, int(i) % perRow);
    }

    addTable(u"report.table.service"_s, tr("By service"), m_byService);
    addTable(u"report.table.agency"_s, tr("By agency"), m_byAgency);
    addTable(u"report.table.counter"_s, tr("By booth"), m_byCounter);
    addTable(u"report.table.officer"_s, tr("By officer"), m_byOfficer);
    addTable(u"report.table.hour"_s, tr("By hour"), m_byHour);
    addTable(u"report.table.day"_s, tr("By day"), m_byDay);
    addTable(u"report.table.staffing"_s, tr("Booth staffing"), m_staffing);
    m_tabs->setObjectName(u"report.tabs"_s);
    m_tabs->setAccessibleName(tr("Report tables"));
    m_tabs->setAccessibleDescription(
        tr("The report grouped by service, agency, booth, officer, hour and day"));

    // Tables above, the three charts side by side below: every table column keeps a readable width.
    auto* charts = new QWidget(this);
    auto* chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_hourly, 4);
    chartLayout->addWidget(m_waits, 3);
    chartLayout->addWidget(m_trend, 5);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    m_asOf->setObjectName(u"report.asOf"_s);
    m_asOf->setStyleSheet(u"color: #555;"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(m_asOf);
    layout->addWidget(m_message);
    layout->addLayout(figures);
    layout->addWidget(split, 1);

    connect(m_picker, &PeriodPicker::periodChosen, this,
            [this](const ReportPeriod& period) { (void)showPeriod(period); }); // errors show in the view
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_ombudsman, &QPushButton::clicked, this, &ReportView::chooseOmbudsman);

    m_period = ReportPeriod::around(ReportPeriod::Kind::Day, m_hall.today());
    m_picker->setPeriod(m_period);
}

ReportView::~ReportView() = default;

QTableView* ReportView::addTable(const QString& objectName, const QString& title, QAbstractItemModel* model)
{
    // Figures in equal narrow columns with wrapped titles; the name takes the rest.
    QTableView* table = ReportWidgets::table(objectName, title, model, m_tabs, 88);
    table->horizontalHeader()->setMinimumSectionSize(90);
    m_tabs->addTab(table, title);
    return table;
}

Status ReportView::showPeriod(const ReportPeriod& period)
{
    m_period = period;
    m_picker->setPeriod(period);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = m_hall.reports.build(period.from, period.to, m_hall.clock.now());
    QApplication::restoreOverrideCursor();
    if (!built.ok()) {
        ui::setError(m_message, built.error().message);
        return built.error();
    }
    ui::setError(m_message, {});
    m_report = std::move(built).value();
    const Report& r = *m_report;

    ElidedLabel::setTextOf(m_heading,
                           tr("%1 — %2").arg(ReportExport::title(), ReportFormat::period(r.from, r.to)));
    m_asOf->setText(ReportExport::asOfLine(r));
    const QList<Figure> figures = ReportExport::summary(r.total);
    for (qsizetype i = 0; i < figures.size() && i < m_tiles.size(); ++i)
        m_tiles.at(i)->set(figures.at(i).label, figures.at(i).text, figures.at(i).description);

    m_byService->setRows(r.byService, r.total);
    m_byAgency->setRows(r.byAgency, r.total);
    m_byCounter->setRows(r.byCounter, std::nullopt);
    m_byOfficer->setRows(r.byOfficer, std::nullopt);
    m_byHour->setRows(r.byHour, r.total);
    m_byDay->setRows(r.byDay, r.total);
    m_staffing->setRows(r.staffing);

    ReportWidgets::replaceChart(m_hourly, ReportCharts::hourly(r));
    ReportWidgets::replaceChart(m_waits, ReportCharts::waitDistribution(r));
    ReportWidgets::replaceChart(m_trend, ReportCharts::trend(r));
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
    return Done{};
}

Status ReportView::exportCsv(const QString& path) const
{
    if (!m_report)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a report first."));
    return ReportExport::writeCsv(*m_report, path);
}

Status ReportView::exportPdf(const QString& path) const
{
    if (!m_report)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a report first."));
    return ReportExport::writePdf(*m_report, path);
}

Status ReportView::exportOmbudsman(const QString& path) const
{
    auto report = OmbudsmanReportBuilder::build(m_hall.all, m_period.from, m_period.to, m_hall.clock.now());
    if (!report.ok())
        return report.error();
    if (auto csv = OmbudsmanReportBuilder::writeCsvFiles(report.value(), path); !csv.ok())
        return csv.error();
    return OmbudsmanPdf::write(report.value(), path);
}

void ReportView::chooseOmbudsman()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(folder).filePath(tr("ombudsman-report") + u'-' + m_period.from.toString(Qt::ISODate) + u'_' +
                              m_period.to.toString(Qt::ISODate) + u".pdf"_s);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Ombudsman report"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = exportOmbudsman(path);
    if (written.ok())
        ui::setNotice(m_message, tr("Saved %1 and its CSV files").arg(QDir::toNativeSeparators(path)), true);
    else
        ui::setError(m_message, written.error().message);
}

void ReportView::chooseExport(bool pdf)
{
    const QString span = m_period.from == m_period.to
                             ? m_period.from.toString(Qt::ISODate)
                             : m_period.from.toString(Qt::ISODate) + u'_' + m_period.to.toString(Qt::ISODate);
    ReportWidgets::saveAs(
        this, m_message, pdf, tr("wait-report") + u'-' + span,
        [this, pdf](const QString& path) { return pdf ? exportPdf(path) : exportCsv(path); });
}

} // namespace antre
