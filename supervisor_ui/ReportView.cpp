#include "supervisor_ui/ReportView.h"

#include "core/Clock.h"
#include "core/ombudsman/OmbudsmanReport.h"
#include "core/services/ReportService.h"
#include "report_pdf/OmbudsmanPdf.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/ReportCharts.h"
#include "supervisor_ui/ReportExport.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportModels.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/ElidedLabel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
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

namespace {
QChartView* chartView(const QString& objectName, const QString& name, const QString& description,
                      QWidget* parent)
{
    auto* view = new QChartView(parent);
    ui::describe(view, objectName, name, description);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 180);
    return view;
}
} // namespace

ReportView::ReportView(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_kind(new QComboBox(this)), m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)), m_toLabel(new QLabel(tr("to"), this)),
      m_show(ui::button(tr("Show"), u"report.show"_s, tr("Build the report for the chosen dates"), this)),
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
      m_hourly(chartView(u"report.chart.hourly"_s, tr("Arrivals and served per hour"),
                         tr("Bar chart of tickets issued and served in each hour of the day"), this)),
      m_waits(chartView(u"report.chart.waits"_s, tr("Wait distribution"),
                        tr("Bar chart of how many citizens waited how long"), this)),
      m_trend(chartView(u"report.chart.trend"_s, tr("Trend"),
                        tr("Tickets issued and served per day or month, with the mean wait"), this))
{
    setObjectName(u"report"_s);
    for (auto kind : {ReportPeriod::Kind::Day, ReportPeriod::Kind::Week, ReportPeriod::Kind::Month,
                      ReportPeriod::Kind::Year, ReportPeriod::Kind::Range})
        m_kind->addItem(ReportPeriod::kindLabel(kind), QVariant::fromValue(int(kind)));
    ui::describe(m_kind, u"report.kind"_s, tr("Period"),
                 tr("Report a day, a week, a month, a year or a date range"));
    ui::describe(m_from, u"report.from"_s, tr("Date"),
                 tr("The day of the report, or the first day of the range"));
    ui::describe(m_to, u"report.to"_s, tr("Last date"), tr("The last day of the date range"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setMinimumHeight(40);
        edit->setMinimumWidth(150);
    }
    m_kind->setMinimumHeight(40);
    m_kind->setMinimumWidth(160);
    auto* previous = ui::button(u"◀"_s, u"report.previous"_s, tr("Previous period"), this);
    auto* next = ui::button(u"▶"_s, u"report.next"_s, tr("Next period"), this);
    previous->setAccessibleName(tr("Previous period"));
    next->setAccessibleName(tr("Next period"));
    for (QPushButton* b : {previous, next})
        b->setFixedWidth(48);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(m_kind);
    controls->addWidget(previous);
    controls->addWidget(m_from);
    controls->addWidget(m_toLabel);
    controls->addWidget(m_to);
    controls->addWidget(next);
    controls->addWidget(m_show);
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

    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
        (void)showPeriod(kind == ReportPeriod::Kind::Range ? ReportPeriod::range(m_period.from, m_period.to)
                                                           : ReportPeriod::around(kind, m_from->date()));
    });
    connect(m_show, &QPushButton::clicked, this, &ReportView::applyControls);
    connect(previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(next, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_ombudsman, &QPushButton::clicked, this, &ReportView::chooseOmbudsman);

    m_period = ReportPeriod::around(ReportPeriod::Kind::Day, m_hall.today());
    syncControls();
}

ReportView::~ReportView() = default;

QTableView* ReportView::addTable(const QString& objectName, const QString& title, QAbstractItemModel* model)
{
    auto* table = new QTableView(m_tabs);
    ui::describe(table, objectName, title, tr("Report table: %1").arg(title));
    table->setModel(model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(30);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Figures in equal narrow columns with wrapped titles; the name takes the rest.
    QHeaderView* header = table->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    QFont headerFont = header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() - 1.5);
    header->setFont(headerFont);
    header->setMinimumHeight(2 * QFontMetrics(headerFont).height() + 10);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(88);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setMinimumSectionSize(90);
    table->setWordWrap(false);
    m_tabs->addTab(table, title);
    return table;
}

void ReportView::syncControls()
{
    m_kind->setCurrentIndex(m_kind->findData(int(m_period.kind)));
    m_from->setDate(m_period.from);
    m_to->setDate(m_period.to);
    const bool range = m_period.kind == ReportPeriod::Kind::Range;
    m_to->setVisible(range);
    m_toLabel->setVisible(range);
}

void ReportView::applyControls()
{
    const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
    (void)showPeriod(kind == ReportPeriod::Kind::Range ? ReportPeriod::range(m_from->date(), m_to->date())
                                                       : ReportPeriod::around(kind, m_from->date()));
}

void ReportView::step(int steps)
{
    (void)showPeriod(m_period.shifted(steps)); // errors are shown in the view
}

Status ReportView::showPeriod(const ReportPeriod& period)
{
    m_period = period;
    syncControls();
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

    const auto replace = [](QChartView* view, std::unique_ptr<QChart> chart) {
        QChart* old = view->chart();
        view->setChart(chart.release());
        delete old;
    };
    replace(m_hourly, ReportCharts::hourly(r));
    replace(m_waits, ReportCharts::waitDistribution(r));
    replace(m_trend, ReportCharts::trend(r));
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

QString ReportView::suggestedFileName(const QString& extension) const
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString span = m_period.from == m_period.to
                             ? m_period.from.toString(Qt::ISODate)
                             : m_period.from.toString(Qt::ISODate) + u'_' + m_period.to.toString(Qt::ISODate);
    return QDir(folder).filePath(tr("wait-report") + u'-' + span + u'.' + extension);
}

void ReportView::chooseExport(bool pdf)
{
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export PDF") : tr("Export CSV"), suggestedFileName(pdf ? u"pdf"_s : u"csv"_s),
        pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status written = pdf ? exportPdf(path) : exportCsv(path);
    if (written.ok())
        ui::setNotice(m_message, tr("Saved %1").arg(QDir::toNativeSeparators(path)), true);
    else
        ui::setError(m_message, written.error().message);
}

} // namespace antre
