#include "supervisor_ui/IkmView.h"

#include "core/QueueService.h"
#include "core/hall/Hall.h"
#include "core/services/SurveyService.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/PeriodPicker.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportWidgets.h"
#include "supervisor_ui/TextTableModel.h"
#include "supervisor_ui/UiHelpers.h"
#include "ui_common/ElidedLabel.h"
#include "ui_common/Style.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QColor bandColour(const IkmGroup& group)
{
    if (group.responses() == 0)
        return {};
    switch (group.band()) {
    case IkmBand::A:
    case IkmBand::B:
        return Style::ok();
    case IkmBand::C:
        return Style::accent();
    case IkmBand::D:
        return Style::danger();
    }
    return {};
}

} // namespace

IkmView::IkmView(HallAccess& hall, QWidget* parent)
    : QWidget(parent), m_hall(hall),
      m_picker(new PeriodPicker(
          u"ikm"_s, {ReportPeriod::Kind::Month, ReportPeriod::Kind::Year, ReportPeriod::Kind::Range}, this)),
      m_csv(ui::button(tr("Export CSV…"), u"ikm.exportCsv"_s,
                       tr("Save the satisfaction index as a CSV file for a spreadsheet"), this)),
      m_pdf(ui::button(tr("Export PDF…"), u"ikm.exportPdf"_s,
                       tr("Save the satisfaction index as an A4 PDF to print or send"), this)),
      m_heading(ui::title({}, u"ikm.heading"_s, this)), m_message(ui::errorLabel(u"ikm.message"_s, this)),
      m_empty(new QLabel(this)), m_ikm(new FigureTile(u"ikm.total.ikm"_s, this)),
      m_band(new FigureTile(u"ikm.total.band"_s, this)),
      m_responses(new FigureTile(u"ikm.total.responses"_s, this)),
      m_sample(new FigureTile(u"ikm.total.sample"_s, this)),
      m_served(new FigureTile(u"ikm.total.served"_s, this)), m_sampleLine(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_byService(new TextTableModel(this)),
      m_byAgency(new TextTableModel(this)), m_byCounter(new TextTableModel(this)),
      m_byStaff(new TextTableModel(this)), m_elements(new TextTableModel(this)),
      m_months(new TextTableModel(this)), m_suggestions(new TextTableModel(this)),
      m_suggestionsShown(new QLabel(this)),
      m_nrr(ReportWidgets::chartView(u"ikm.chart.nrr"_s, tr("NRR per element"),
                                     tr("Bar chart of the mean score (1–4) of each of the nine elements"),
                                     this)),
      m_trend(ReportWidgets::chartView(u"ikm.chart.trend"_s, tr("IKM per month"),
                                       tr("Bar chart of the satisfaction index of each month"), this))
{
    setObjectName(u"ikm.view"_s);
    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(m_picker);
    controls->addStretch();
    controls->addWidget(m_csv);
    controls->addWidget(m_pdf);

    m_empty->setObjectName(u"ikm.empty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont emptyFont = m_empty->font();
    emptyFont.setPointSize(16);
    m_empty->setFont(emptyFont);
    m_empty->setStyleSheet(u"color: #555; padding: 24px;"_s);
    m_empty->hide();
    m_sampleLine->setObjectName(u"ikm.sample"_s);
    m_sampleLine->setStyleSheet(u"color: #555;"_s);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(8);
    figures->addWidget(m_ikm, 3);
    figures->addWidget(m_band, 4);
    figures->addWidget(m_responses, 2);
    figures->addWidget(m_sample, 2);
    figures->addWidget(m_served, 2);

    m_byService->setHeader(IkmFigures::groupHeader(tr("Service")), {0, 5});
    m_byAgency->setHeader(IkmFigures::groupHeader(tr("Agency")), {0, 5});
    m_byCounter->setHeader(IkmFigures::groupHeader(tr("Booth")), {0, 5});
    m_byStaff->setHeader(IkmFigures::groupHeader(tr("Officer")), {0, 5});
    m_elements->setHeader(IkmFigures::elementHeader(), {0, 3});
    m_months->setHeader(IkmFigures::monthHeader(), {0, 3});
    m_suggestions->setHeader(IkmFigures::suggestionHeader(), {0, 1, 2});
    addTab(u"ikm.table.service"_s, tr("Per service"), m_byService, 84);
    addTab(u"ikm.table.agency"_s, tr("Per agency"), m_byAgency, 84);
    addTab(u"ikm.table.counter"_s, tr("Per booth"), m_byCounter, 84);
    addTab(u"ikm.table.staff"_s, tr("Per officer"), m_byStaff, 84);
    addTab(u"ikm.table.element"_s, tr("Per element"), m_elements, 130);
    addTab(u"ikm.table.month"_s, tr("Per month"), m_months, 120);
    {
        // The suggestions: above their table, when it lists only the newest, how many there are.
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(4);
        m_suggestionsShown->setObjectName(u"ikm.suggestions.shown"_s);
        m_suggestionsShown->setStyleSheet(u"color: #555; padding: 4px 4px 0 4px;"_s);
        m_suggestionsShown->setWordWrap(true);
        m_suggestionsShown->hide();
        layout->addWidget(m_suggestionsShown);
        m_suggestionsTable =
            ReportWidgets::table(u"ikm.table.suggestions"_s, tr("Suggestions"), m_suggestions, page, 150);
        layout->addWidget(m_suggestionsTable, 1);
        m_tabs->addTab(page, tr("Suggestions"));
    }
    m_tabs->setObjectName(u"ikm.tabs"_s);
    m_tabs->setAccessibleName(tr("IKM tables"));
    m_tabs->setAccessibleDescription(
        tr("The index per service, agency, element and month, and the suggestions"));
    for (int tab : {0, 1}) // the quality band ("C Kurang Baik") in full
        if (auto* table = qobject_cast<QTableView*>(m_tabs->widget(tab)))
            table->horizontalHeader()->resizeSection(5, 130);
    {
        // The text takes the room; date and service keep theirs.
        QHeaderView* header = m_suggestionsTable->horizontalHeader();
        header->setSectionResizeMode(0, QHeaderView::Fixed);
        header->resizeSection(0, 150);
        header->setSectionResizeMode(2, QHeaderView::Stretch);
    }

    auto* charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_nrr);
    charts->addWidget(m_trend);
    charts->setChildrenCollapsible(false);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(u"ikm.split"_s);
    split->addWidget(m_tabs);
    split->addWidget(charts);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addLayout(controls);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addLayout(figures);
    layout->addWidget(m_sampleLine);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_picker, &PeriodPicker::periodChosen, this,
            [this](const ReportPeriod& period) { (void)showPeriod(period); }); // errors show in the view
    connect(m_csv, &QPushButton::clicked, this, [this] { chooseExport(false); });
    connect(m_pdf, &QPushButton::clicked, this, [this] { chooseExport(true); });

    m_period = ReportPeriod::around(ReportPeriod::Kind::Month, m_hall.today());
    m_picker->setPeriod(m_period);
    m_csv->setEnabled(false);
    m_pdf->setEnabled(false);
}

IkmView::~IkmView() = default;

void IkmView::addTab(const QString& objectName, const QString& title, TextTableModel* model, int figureWidth)
{
    m_tabs->addTab(ReportWidgets::table(objectName, title, model, m_tabs, figureWidth), title);
}

Status IkmView::showPeriod(const ReportPeriod& period)
{
    m_period = period;
    m_picker->setPeriod(period);
    auto config = m_hall.queue.config();
    if (!config.ok()) {
        ui::setError(m_message, config.error().message);
        return config.error();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto loaded = IkmFigures::load(m_hall.all.survey, config.value(), period.from, period.to);
    QApplication::restoreOverrideCursor();
    if (!loaded.ok()) {
        ui::setError(m_message, loaded.error().message);
        return loaded.error();
    }
    ui::setError(m_message, {});
    m_page = std::move(loaded).value();
    const IkmPage& page = *m_page;
    const IkmGroup& total = page.total();
    const bool any = total.responses() > 0;

    ElidedLabel::setTextOf(m_heading,
                           tr("%1 — %2").arg(IkmFigures::title(), ReportFormat::period(page.from, page.to)));
    m_ikm->set(tr("IKM"), IkmFigures::ikm(total),
               tr("The community satisfaction index of the period, 25–100"), bandColour(total));
    m_band->set(tr("Service quality"), IkmFigures::band(total),
                tr("The quality band of the index: A Sangat Baik, B Baik, C Kurang Baik, D Tidak Baik"),
                bandColour(total));
    m_responses->set(tr("Responses"), ReportFormat::count(total.responses()),
                     tr("Survey responses given in the period"));
    m_sample->set(tr("Sample needed"), ReportFormat::count(total.sampleNeeded()),
                  tr("Responses the survey needs for the period's served tickets (Krejcie & Morgan)"));
    m_served->set(tr("Served tickets"), ReportFormat::count(total.population),
                  tr("Tickets served in the period: the population the sample is drawn from"));
    const bool enough = total.responses() >= total.sampleNeeded();
    m_sampleLine->setText(IkmFigures::sample(total) +
                          (any && !enough ? tr(" — the sample is not yet enough") : QString()));
    m_empty->setText(
        tr("%1 for %2.").arg(IkmFigures::noResponses(), ReportFormat::period(page.from, page.to)));
    m_empty->setVisible(!any);

    m_byService->setRows(IkmFigures::groupRows(page.byService), {int(page.byService.groups.size())});
    m_byAgency->setRows(IkmFigures::groupRows(page.byAgency), {int(page.byAgency.groups.size())});
    m_byCounter->setRows(IkmFigures::groupRows(page.byCounter), {int(page.byCounter.groups.size())});
    m_byStaff->setRows(IkmFigures::groupRows(page.byStaff), {int(page.byStaff.groups.size())});
    m_elements->setRows(IkmFigures::elementRows(total));
    m_months->setRows(IkmFigures::monthRows(page.months));
    m_suggestions->setRows(IkmFigures::suggestionRows(page));
    const QString shown = IkmFigures::suggestionsShown(m_suggestions->rowCount(), page.suggestions.total);
    m_suggestionsShown->setText(shown);
    m_suggestionsShown->setVisible(!shown.isEmpty());
    // The suggestions are the last tab.
    m_tabs->setTabText(m_tabs->count() - 1,
                       tr("Suggestions (%1)").arg(ReportFormat::count(page.suggestions.total)));
    ReportWidgets::replaceChart(m_nrr, IkmFigures::nrrChart(total));
    ReportWidgets::replaceChart(m_trend, IkmFigures::trendChart(page.months));
    m_csv->setEnabled(true);
    m_pdf->setEnabled(true);
    return Done{};
}

Status IkmView::exportCsv(const QString& path) const
{
    if (!m_page)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a period first."));
    // The CSV is for a spreadsheet: every suggestion of the period, not the newest the view lists.
    auto all = m_hall.all.survey.suggestions(m_page->from, m_page->to, std::nullopt);
    if (!all.ok())
        return all.error();
    return IkmFigures::writeCsv(*m_page, all.value().newest, path);
}

Status IkmView::exportPdf(const QString& path) const
{
    if (!m_page)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoReport, tr("Show a period first."));
    return IkmFigures::writePdf(*m_page, path);
}

void IkmView::chooseExport(bool pdf)
{
    const QString span = m_period.from.toString(Qt::ISODate) + u'_' + m_period.to.toString(Qt::ISODate);
    ReportWidgets::saveAs(this, m_message, pdf, tr("ikm") + u'-' + span, [this, pdf](const QString& path) {
        return pdf ? exportPdf(path) : exportCsv(path);
    });
}

} // namespace antre
