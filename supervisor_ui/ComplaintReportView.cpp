#include "supervisor_ui/ComplaintReportView.h"

#include "core/QueueService.h"
#include "core/hall/Hall.h"
#include "core/services/ComplaintService.h"
#include "supervisor_ui/ComplaintFigures.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/PeriodPicker.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportWidgets.h"
#include "supervisor_ui/TextTableModel.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/ElidedLabel.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

ComplaintReportView::ComplaintReportView(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall),
      m_picker(new PeriodPicker(u"complaintReport"_s, {ReportPeriod::Kind::Month}, this)),
      m_csv(ui::button(tr("Export CSV…"), u"complaintReport.exportCsv"_s,
                       tr("Save the complaint report as a CSV file for a spreadsheet"), this)),
      m_pdf(ui::button(tr("Export PDF…"), u"complaintReport.exportPdf"_s,
                       tr("Save the complaint report as an A4 PDF to print or send"), this)),
      m_heading(ui::title({}, u"complaintReport.heading"_s, this)), m_asOf(new QLabel(this)),
      m_message(ui::errorLabel(u"complaintReport.message"_s, this)), m_empty(new QLabel(this)),
      m_byCategory(new TextTableModel(this)), m_byChannel(new TextTableModel(this)),
      m_byAgency(new TextTableModel(this)), m_byStatus(new TextTableModel(this)),
      m_list(new TextTableModel(this))
{
    setObjectName(u"complaintReport.view"_s);
    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(m_picker);
    controls->addStretch();
    controls->addWidget(m_csv);
    controls->addWidget(m_pdf);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(8);
    for (const ComplaintFigure& f : ComplaintFigures::summary({})) {
        auto* tile = new FigureTile(u"complaintReport.total."_s + f.key, this);
        m_tiles << tile;
        figures->addWidget(tile, f.key == u"median_days" || f.key == u"within_sla" ? 3 : 2);
    }

    m_byCategory->setHeader(ComplaintFigures::countHeader(tr("Category")));
    m_byChannel->setHeader(ComplaintFigures::countHeader(tr("Channel")));
    m_byAgency->setHeader(ComplaintFigures::countHeader(tr("Agency")));
    m_byStatus->setHeader(ComplaintFigures::countHeader(tr("Status")));
    // Every column is text, dates too: a date right-aligned runs into the channel beside it.
    m_list->setHeader(ComplaintFigures::listHeader(), {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    auto* counts = new QWidget(this);
    auto* countLayout = new QHBoxLayout(counts);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->setSpacing(8);
    struct CountTable
    {
        QString key;
        QString title;
        TextTableModel* model;
    };
    const QList<CountTable> countTables{{u"category"_s, tr("By category"), m_byCategory},
                                        {u"channel"_s, tr("By channel"), m_byChannel},
                                        {u"agency"_s, tr("By agency"), m_byAgency},
                                        {u"status"_s, tr("By status"), m_byStatus}};
    for (const CountTable& c : countTables) {
        auto* table = ReportWidgets::table(u"complaintReport.table."_s + c.key, c.title, c.model, counts, 80);
        table->verticalHeader()->setDefaultSectionSize(24);
        countLayout->addWidget(table);
    }
    auto* list = ReportWidgets::table(u"complaintReport.table.list"_s, tr("Complaints"), m_list, this, 104);
    // Short fields as wide as their text; the complaint's own words take the rest.
    QHeaderView* header = list->horizontalHeader();
    for (int column = 0; column < m_list->columnCount() - 1; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(m_list->columnCount() - 1, QHeaderView::Stretch);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(counts);
    split->addWidget(list);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    m_asOf->setObjectName(u"complaintReport.asOf"_s);
    m_asOf->setStyleSheet(u"color: #555;"_s);
    m_empty->setObjectName(u"complaintReport.empty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSize(16);
    m_empty->setFont(emptyFont);
    m_empty->setStyleSheet(u"color: #555; padding: 24px;"_s);
    m_empty->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(m_asOf);
    layout->addWidget(m_message);
    layout->addLayout(figures);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_picker, &PeriodPicker::periodChosen, this,
            [this](const ReportPeriod& period) { (void)showMonth(period.from); }); // errors show in the view
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });

    m_month = ReportPeriod::around(ReportPeriod::Kind::Month, m_hall.today()).from;
    m_picker->setPeriod(ReportPeriod::around(ReportPeriod::Kind::Month, m_month));
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
}

ComplaintReportView::~ComplaintReportView() = default;

Status ComplaintReportView::showMonth(QDate day)
{
    const ReportPeriod period = ReportPeriod::around(ReportPeriod::Kind::Month, day);
    m_month = period.from;
    m_picker->setPeriod(period);
    auto config = m_hall.queue.config();
    if (!config.ok()) {
        ui::setError(m_message, config.error().message);
        return config.error();
    }
    m_siteName = config.value().site.name;
    m_agencyNames.clear();
    for (const AgencyConfig& a : config.value().agencies)
        m_agencyNames.insert(a.code, a.name);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = m_hall.all.complaints.report(period.from, period.to);
    QApplication::restoreOverrideCursor();
    if (!built.ok()) {
        ui::setError(m_message, built.error().message);
        return built.error();
    }
    ui::setError(m_message, {});
    m_report = std::move(built).value();
    const ComplaintReport& r = *m_report;

    ElidedLabel::setTextOf(m_heading,
                           tr("%1 — %2").arg(ComplaintFigures::title(), ReportFormat::month(r.from)));
    m_asOf->setText(ComplaintFigures::asOfLine(r));
    const QList<ComplaintFigure> figures = ComplaintFigures::summary(r);
    for (qsizetype i = 0; i < figures.size() && i < m_tiles.size(); ++i) {
        const ComplaintFigure& f = figures.at(i);
        QColor accent;
        if (f.key == u"overdue" && r.overdue > 0)
            accent = Style::danger();
        m_tiles.at(i)->set(f.label, f.text, f.description, accent);
    }
    m_empty->setText(tr("No complaints were received in %1.").arg(ReportFormat::month(r.from)));
    m_empty->setVisible(r.received == 0);
    m_byCategory->setRows(ComplaintFigures::countRows(r.byCategory), {int(r.byCategory.size())});
    m_byChannel->setRows(ComplaintFigures::countRows(r.byChannel), {int(r.byChannel.size())});
    m_byAgency->setRows(ComplaintFigures::countRows(r.byAgency, m_agencyNames), {int(r.byAgency.size())});
    m_byStatus->setRows(ComplaintFigures::countRows(r.byStatus), {int(r.byStatus.size())});
    m_list->setRows(ComplaintFigures::listRows(r));
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
    return Done{};
}

Status ComplaintReportView::exportCsv(const QString& path) const
{
    if (!m_report)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a month first."));
    return ComplaintFigures::writeCsv(*m_report, path);
}

Status ComplaintReportView::exportPdf(const QString& path) const
{
    if (!m_report)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a month first."));
    return ComplaintFigures::writePdf(*m_report, m_siteName, m_agencyNames, path);
}

void ComplaintReportView::chooseExport(bool pdf)
{
    ReportWidgets::saveAs(
        this, m_message, pdf, tr("complaint-report") + u'-' + m_month.toString(u"yyyy-MM"_s),
        [this, pdf](const QString& path) { return pdf ? exportPdf(path) : exportCsv(path); });
}

} // namespace antre
