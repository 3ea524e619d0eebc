#include "supervisor_ui/RecapView.h"

#include "core/Clock.h"
#include "core/services/ReportService.h"
#include "report_pdf/PdfDocument.h"
#include "supervisor_ui/RecapModels.h"
#include "supervisor_ui/ReportCharts.h"
#include "supervisor_ui/ReportExport.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/ElidedLabel.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QTableView* table(const QString& objectName, const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    ui::describe(view, objectName, name, name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(30);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap));
    header->setMinimumHeight(3 * header->fontMetrics().height() + 10); // "Rata-rata tunggu (menit)"
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(model->columnCount() > 10 ? 70 : 104);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

std::unique_ptr<QChart> monthlyChart(const YearRecap& recap)
{
    QStringList months;
    QList<qreal> issued, served;
    for (int month = 1; month <= 12; ++month) {
        months << QLocale().toString(QDate(recap.year, month, 1), u"MMM"_s);
        const auto& report = recap.months.value(month - 1);
        issued << (report ? report->total.issued : 0);
        served << (report ? report->total.served : 0);
    }
    return ReportCharts::bars(
        RecapView::tr("Visitors per month, %1").arg(recap.year), months,
        {{RecapView::tr("Visitors (tickets)"), issued}, {RecapView::tr("Served"), served}},
        RecapView::tr("tickets"));
}

} // namespace

RecapView::RecapView(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall), m_year(new QSpinBox(this)),
      m_heading(ui::title({}, u"recap.heading"_s, this)), m_message(ui::errorLabel(u"recap.message"_s, this)),
      m_tabs(new QTabWidget(this)), m_months(new RecapMonthsModel(this)),
      m_issued(new RecapServicesModel(RecapServicesModel::Figure::Issued, this)),
      m_served(new RecapServicesModel(RecapServicesModel::Figure::Served, this)),
      m_chart(new QChartView(this)),
      m_csv(ui::button(tr("Export CSV…"), u"recap.exportCsv"_s, tr("Save the recap as a CSV file"), this)),
      m_pdf(ui::button(tr("Export PDF…"), u"recap.exportPdf"_s, tr("Save the recap as an A4 PDF"), this))
{
    setObjectName(u"recap"_s);
    ui::describe(m_year, u"recap.year"_s, tr("Year"), tr("The year of the recap"));
    m_year->setRange(2000, 2100);
    m_year->setMinimumHeight(40);
    m_year->setMinimumWidth(110);
    auto* show = ui::button(tr("Show"), u"recap.show"_s, tr("Build the recap for the chosen year"), this);
    ui::describe(m_chart, u"recap.chart"_s, tr("Visitors per month"),
                 tr("Bar chart of visitors and served per month"));
    m_chart->setRenderHint(QPainter::Antialiasing);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Year"), this));
    controls->addWidget(m_year);
    controls->addWidget(show);
    controls->addStretch();
    controls->addWidget(m_csv);
    controls->addWidget(m_pdf);

    m_tabs->setObjectName(u"recap.tabs"_s);
    m_tabs->setAccessibleName(tr("Recap tables"));
    m_tabs->addTab(table(u"recap.table.months"_s, tr("Per month"), m_months, m_tabs), tr("Per month"));
    m_tabs->addTab(table(u"recap.table.issued"_s, tr("Visitors per service"), m_issued, m_tabs),
                   tr("Visitors per service"));
    m_tabs->addTab(table(u"recap.table.served"_s, tr("Served per service"), m_served, m_tabs),
                   tr("Served per service"));

    // Tables and chart share the width 3 : 2 whatever their size hints say.
    m_chart->setMinimumSize(320, 260);
    m_chart->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_tabs->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    auto* split = new QHBoxLayout;
    split->addWidget(m_tabs, 3);
    split->addWidget(m_chart, 2);

    auto* note =
        new QLabel(tr("Visitors are tickets taken; served are tickets finished at a booth. Every figure "
                      "comes from the same report as the daily and monthly reports."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: #555;"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addLayout(split, 1);

    connect(show, &QPushButton::clicked, this, [this] { (void)showYear(m_year->value()); });
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });
    m_year->setValue(m_hall.today().year());
}

QString RecapView::title() const
{
    return tr("Annual recap %1").arg(m_recap ? m_recap->year : m_year->value());
}

Status RecapView::showYear(int year)
{
    m_year->setValue(year);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = m_hall.reports.yearRecap(year, m_hall.clock.now(), m_hall.today());
    QApplication::restoreOverrideCursor();
    if (!built.ok()) {
        ui::setError(m_message, built.error().message);
        return built.error();
    }
    ui::setError(m_message, {});
    m_recap = std::move(built).value();
    ElidedLabel::setTextOf(m_heading, tr("%1 — %2").arg(title(), m_recap->wholeYear.siteName));
    m_months->setRecap(*m_recap);
    m_issued->setRecap(*m_recap);
    m_served->setRecap(*m_recap);
    QChart* old = m_chart->chart();
    m_chart->setChart(monthlyChart(*m_recap).release());
    delete old;
    return Done{};
}

Status RecapView::exportCsv(const QString& path) const
{
    if (!m_recap)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a recap first."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(YearRecap::toCsv(*m_recap)) < 0 || !file.commit())
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Status RecapView::exportPdf(const QString& path) const
{
    if (!m_recap)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a recap first."));
    const Report& year = m_recap->wholeYear;
    PdfDocument pdf(year.siteName, title(),
                    {year.siteName, ReportExport::periodLine(year), ReportExport::asOfLine(year),
                     tr("Visitors are tickets taken; served are tickets finished at a booth.")},
                    QPageLayout::Landscape);
    pdf.addHeading(tr("Per month"));
    pdf.addTable(*m_months, 20);
    pdf.addChart(monthlyChart(*m_recap), 0.3);
    pdf.addHeading(tr("Visitors per service"));
    pdf.addTable(*m_issued, 24);
    pdf.addHeading(tr("Served per service"));
    pdf.addTable(*m_served, 24);
    return pdf.write(path);
}

void RecapView::chooseExport(bool pdf)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        tr("annual-recap") + u'-' + QString::number(m_year->value()) + (pdf ? u".pdf"_s : u".csv"_s);
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export PDF") : tr("Export CSV"), QDir(folder).filePath(name),
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
