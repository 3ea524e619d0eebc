#include "supervisor_ui/IkmFigures.h"

#include "core/HallConfig.h"
#include "core/report/CsvWriter.h"
#include "core/services/SurveyService.h"
#include "core/survey/IkmExport.h"
#include "report_pdf/PdfDocument.h"
#include "supervisor_ui/ReportFormat.h"
#include "ui_common/Style.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QSaveFile>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <ranges>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

using Cell = TextTableModel::Cell;
using Row = TextTableModel::Row;

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font(QString::fromLatin1(Style::kFontFamily));
    font.setPointSize(pointSize);
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferNoShaping); // the same text in a PDF as on screen
    return font;
}

std::unique_ptr<QChart> newChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setTitleFont(chartFont(12, true));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

QByteArray withoutBom(const QByteArray& bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

// The short name each element goes by in SKM reports (U1 Persyaratan … U9 Sarana), for the chart's axis.
QString shortName(SurveyElement element)
{
    switch (element) {
    case SurveyElement::Persyaratan:
        return IkmFigures::tr("Requirements", "short");
    case SurveyElement::Prosedur:
        return IkmFigures::tr("Procedure", "short");
    case SurveyElement::Waktu:
        return IkmFigures::tr("Time", "short");
    case SurveyElement::Biaya:
        return IkmFigures::tr("Cost", "short");
    case SurveyElement::Produk:
        return IkmFigures::tr("Product", "short");
    case SurveyElement::Kompetensi:
        return IkmFigures::tr("Competence", "short");
    case SurveyElement::Perilaku:
        return IkmFigures::tr("Behaviour", "short");
    case SurveyElement::Pengaduan:
        return IkmFigures::tr("Complaints", "short");
    case SurveyElement::Sarana:
        return IkmFigures::tr("Facilities", "short");
    }
    return {};
}

QString monthLabel(const IkmMonth& month)
{
    return ReportFormat::month(month.from);
}

} // namespace

QList<std::pair<QDate, QDate>> IkmFigures::trendMonths(QDate from, QDate to)
{
    const QDate lastMonth(to.year(), to.month(), 1);
    QDate first = lastMonth.addMonths(-11);
    const QDate periodFirst(from.year(), from.month(), 1);
    const bool longPeriod = periodFirst < first;
    if (longPeriod)
        first = periodFirst;
    QList<std::pair<QDate, QDate>> months;
    for (QDate m = first; m <= lastMonth; m = m.addMonths(1)) {
        const QDate start = longPeriod ? std::max(m, from) : m;
        months.append({start, std::min(m.addMonths(1).addDays(-1), to)});
    }
    return months;
}

Result<IkmPage> IkmFigures::load(SurveyService& survey, const HallConfig& config, QDate from, QDate to)
{
    IkmPage page;
    page.from = from;
    page.to = to;
    page.siteName = config.site.name;
    for (const ServiceConfig& s : config.services)
        page.serviceNames.insert(s.code, s.name);
    auto byService = survey.ikm(from, to, IkmGrouping::Service);
    if (!byService.ok())
        return byService.error();
    page.byService = std::move(byService).value();
    auto byAgency = survey.ikm(from, to, IkmGrouping::Agency);
    if (!byAgency.ok())
        return byAgency.error();
    page.byAgency = std::move(byAgency).value();
    auto byCounter = survey.ikm(from, to, IkmGrouping::Counter);
    if (!byCounter.ok())
        return byCounter.error();
    page.byCounter = std::move(byCounter).value();
    auto byStaff = survey.ikm(from, to, IkmGrouping::Staff);
    if (!byStaff.ok())
        return byStaff.error();
    page.byStaff = std::move(byStaff).value();
    for (const auto& [start, end] : trendMonths(from, to)) {
        auto month = survey.ikm(start, end, IkmGrouping::None);
        if (!month.ok())
            return month.error();
        // The trend starts with the first month that has responses (the survey's start, for a new hall).
        if (!page.months.isEmpty() || month.value().total.responses() > 0)
            page.months.append({start, end, month.value().total});
    }
    auto suggestions = survey.suggestions(from, to, kViewSuggestions);
    if (!suggestions.ok())
        return suggestions.error();
    page.suggestions = std::move(suggestions).value();
    return page;
}

QString IkmFigures::title()
{
    return tr("Community satisfaction index (IKM)");
}

QString IkmFigures::decimal(qint64 hundredths)
{
    const QLocale locale;
    return locale.toString(hundredths / 100) + locale.decimalPoint() +
           u"%1"_s.arg(hundredths % 100, 2, 10, QChar(u'0'));
}

QString IkmFigures::ikm(const IkmGroup& group)
{
    return group.responses() > 0 ? decimal(group.ikmHundredths()) : ReportFormat::dash();
}

QString IkmFigures::band(const IkmGroup& group)
{
    if (group.responses() == 0)
        return ReportFormat::dash();
    //: IKM quality band: its letter and name, "A Sangat Baik"
    return tr("%1 %2").arg(Ikm::bandLetter(group.band()), Ikm::bandName(group.band()));
}

QString IkmFigures::headline(const IkmGroup& group)
{
    if (group.responses() == 0)
        return noResponses();
    return tr("%1 — %2").arg(ikm(group), band(group));
}

QString IkmFigures::sample(const IkmGroup& group)
{
    // Paper forms without a booth or officer belong to no served ticket: there is no sample to reach.
    if (group.population <= 0)
        return tr("%1 responses (no served tickets)").arg(ReportFormat::count(group.responses()));
    return tr("%1 of %2 responses needed")
        .arg(ReportFormat::count(group.responses()), ReportFormat::count(group.sampleNeeded()));
}

QString IkmFigures::noResponses()
{
    return tr("No responses yet");
}

QStringList IkmFigures::groupHeader(const QString& groupTitle)
{
    return {groupTitle, tr("Responses"), tr("Served"), tr("Sample needed"), tr("IKM"), tr("Quality")};
}

QList<Row> IkmFigures::groupRows(const IkmReport& report)
{
    QList<Row> rows;
    const auto row = [](const QString& name, const QString& key, const IkmGroup& g) {
        return Row{{name, key},
                   {ReportFormat::count(g.responses()), g.responses()},
                   {ReportFormat::count(g.population), g.population},
                   {ReportFormat::count(g.sampleNeeded()), g.sampleNeeded()},
                   {ikm(g), g.responses() > 0 ? QVariant(g.ikmHundredths()) : QVariant()},
                   {band(g), g.responses() > 0 ? QVariant(Ikm::bandLetter(g.band())) : QVariant()}};
    };
    for (const IkmGroup& g : report.groups)
        rows << row(g.name.isEmpty() ? tr("(not recorded)") : g.name, g.key, g);
    rows << row(tr("Whole hall"), u"total"_s, report.total);
    return rows;
}

QStringList IkmFigures::elementHeader()
{
    return {tr("Element"), tr("NRR (1–4)"), tr("Converted (×25)"), tr("Quality")};
}

QList<Row> IkmFigures::elementRows(const IkmGroup& group)
{
    QList<Row> rows;
    const qint64 n = group.responses();
    for (const SurveyElement e : SurveyQuestionnaire::elements()) {
        if (n == 0) {
            rows << Row{{SurveyQuestionnaire::name(e), SurveyQuestionnaire::code(e)},
                        {ReportFormat::dash(), {}},
                        {ReportFormat::dash(), {}},
                        {ReportFormat::dash(), {}}};
            continue;
        }
        const qint64 nrr = Ikm::nrrHundredths(group.tally, e);
        // The element's own conversion (NRR × 25) at full precision, rounded half-up once.
        const qint64 sum = group.tally.sums.at(std::size_t(SurveyQuestionnaire::index(e)));
        const qint64 converted = (qint64(5000) * sum + n) / (2 * n);
        const IkmBand b = Ikm::band(converted);
        rows << Row{{SurveyQuestionnaire::name(e), SurveyQuestionnaire::code(e)},
                    {decimal(nrr), nrr},
                    {decimal(converted), converted},
                    {tr("%1 %2").arg(Ikm::bandLetter(b), Ikm::bandName(b)), Ikm::bandLetter(b)}};
    }
    return rows;
}

QStringList IkmFigures::monthHeader()
{
    return {tr("Month"), tr("Responses"), tr("IKM"), tr("Quality")};
}

QList<Row> IkmFigures::monthRows(const QList<IkmMonth>& months)
{
    QList<Row> rows;
    for (const IkmMonth& m : months)
        rows << Row{{monthLabel(m), m.from.toString(u"yyyy-MM"_s)},
                    {ReportFormat::count(m.total.responses()), m.total.responses()},
                    {ikm(m.total), m.total.responses() > 0 ? QVariant(m.total.ikmHundredths()) : QVariant()},
                    {band(m.total), {}}};
    return rows;
}

QStringList IkmFigures::suggestionHeader()
{
    return {tr("Date"), tr("Service"), tr("Suggestion")};
}

QList<Row> IkmFigures::suggestionRows(const IkmPage& page, int limit)
{
    QList<Row> rows;
    for (const SurveySuggestion& s :
         page.suggestions.newest.first(std::min(qsizetype(limit), page.suggestions.newest.size())))
        rows << Row{{ReportFormat::date(s.businessDay), s.businessDay},
                    {page.serviceNames.value(s.serviceCode, s.serviceCode), s.serviceCode},
                    {s.text, {}}};
    return rows;
}

QString IkmFigures::suggestionsShown(qint64 shown, qint64 total)
{
    if (shown >= total)
        return {};
    return tr("Showing the %1 newest of %2 suggestions.")
        .arg(ReportFormat::count(shown), ReportFormat::count(total));
}

std::unique_ptr<QChart> IkmFigures::nrrChart(const IkmGroup& group)
{
    auto chart = newChart(tr("NRR per element (1–4)"));
    auto* series = new QHorizontalBarSeries;
    auto* set = new QBarSet(tr("NRR"));
    set->setColor(Style::primary());
    set->setBorderColor(Style::primary());
    QStringList categories;
    // Bottom to top, so that the first element reads first.
    const auto& elements = SurveyQuestionnaire::elements();
    for (const SurveyElement element : std::views::reverse(elements)) {
        const qint64 nrr = group.responses() > 0 ? Ikm::nrrHundredths(group.tally, element) : 0;
        *set << double(nrr) / 100.0;
        categories << (group.responses() > 0 ? tr("%1 (%2)").arg(shortName(element), decimal(nrr))
                                             : shortName(element));
    }
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setLabelsFont(chartFont(9));
    names->setTruncateLabels(false); // the axis has room; Qt would elide "Persyaratan (3,15)" anyway
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* values = new QValueAxis;
    values->setRange(0, 4);
    values->setTickCount(5);
    values->setLabelFormat(u"%d"_s);
    values->setLabelsFont(chartFont(8));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    return chart;
}

std::unique_ptr<QChart> IkmFigures::trendChart(const QList<IkmMonth>& months)
{
    auto chart = newChart(tr("IKM per month"));
    auto* series = new QBarSeries;
    auto* set = new QBarSet(tr("IKM"));
    set->setColor(Style::accent());
    set->setBorderColor(Style::accent());
    QStringList categories;
    double lowest = 100;
    for (const IkmMonth& m : months) {
        const bool any = m.total.responses() > 0;
        const double value = any ? double(m.total.ikmHundredths()) / 100.0 : 0;
        if (any)
            lowest = std::min(lowest, value);
        *set << value;
        categories << QLocale().toString(m.from, u"MMM yy"_s);
    }
    series->append(set);
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(8));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    // Months differ by a few points: an axis from 0 would flatten them. The bottom stays a round ten at
    // least five points under the lowest month, and never under 25, the lowest possible IKM.
    auto* values = new QValueAxis;
    const double bottom = std::max(20.0, std::floor((lowest - 5) / 10) * 10);
    values->setRange(bottom, 100);
    values->setTickCount(int((100 - bottom) / 10) + 1);
    values->setLabelFormat(u"%d"_s);
    values->setLabelsFont(chartFont(8));
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    return chart;
}

QByteArray IkmFigures::csv(const IkmPage& page, const QList<SurveySuggestion>& allSuggestions)
{
    QByteArray out = IkmExport::toCsv(page.byService);
    CsvWriter blank;
    blank.addBlankLine();
    out += blank.text().toUtf8() + withoutBom(IkmExport::toCsv(page.byAgency));
    out += blank.text().toUtf8() + withoutBom(IkmExport::toCsv(page.byCounter));
    out += blank.text().toUtf8() + withoutBom(IkmExport::toCsv(page.byStaff));
    CsvWriter rest;
    rest.addBlankLine();
    rest.addRow({u"month"_s, u"from"_s, u"to"_s, u"responses"_s, u"ikm"_s, u"band"_s});
    for (const IkmMonth& m : page.months) {
        const bool any = m.total.responses() > 0;
        rest.addRow({m.from.toString(u"yyyy-MM"_s), m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate),
                     QString::number(m.total.responses()),
                     any ? Ikm::decimal(m.total.ikmHundredths()) : QString(),
                     any ? Ikm::bandLetter(m.total.band()) : QString()});
    }
    rest.addBlankLine();
    rest.addRow({u"date"_s, u"service"_s, u"suggestion"_s});
    for (const SurveySuggestion& s : allSuggestions)
        rest.addRow({s.businessDay.toString(Qt::ISODate), s.serviceCode, s.text});
    return out + rest.text().toUtf8();
}

Status IkmFigures::writeCsv(const IkmPage& page, const QList<SurveySuggestion>& allSuggestions,
                            const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(page, allSuggestions)) < 0 || !file.commit())
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Status IkmFigures::writePdf(const IkmPage& page, const QString& path)
{
    const IkmGroup& total = page.total();
    PdfDocument pdf(page.siteName, title(),
                    {page.siteName, tr("Period: %1").arg(ReportFormat::period(page.from, page.to)),
                     tr("IKM per PermenPANRB 14/2017: (Σ NRR / 9) × 25; quality A 88,31–100, B 76,61–88,30, "
                        "C 65,00–76,60, D 25,00–64,99.")});
    pdf.addHeading(tr("Summary"));
    pdf.addTable({tr("Figure"), tr("Value")},
                 {{tr("IKM"), headline(total)},
                  {tr("Responses"), sample(total)},
                  {tr("Served tickets"), ReportFormat::count(total.population)},
                  {tr("Suggestions"), ReportFormat::count(page.suggestions.total)}},
                 {35, 65}, {0, 1});
    if (total.responses() > 0)
        pdf.addChart(nrrChart(total), 0.42);
    const auto table = [&pdf](const QString& heading, const QStringList& header, const QList<Row>& rows,
                              const QList<qreal>& widths, const QList<int>& textColumns,
                              const QList<int>& bold = {}, const QString& note = {}) {
        QList<QStringList> texts;
        for (const Row& row : rows) {
            QStringList line;
            for (const Cell& cell : row)
                line << cell.text;
            texts << line;
        }
        pdf.addHeading(heading);
        if (!note.isEmpty())
            pdf.addParagraph(note);
        pdf.addTable(header, texts, widths, textColumns, bold);
    };
    table(tr("Per element"), elementHeader(), elementRows(total), {46, 18, 18, 18}, {0, 3});
    const QList<qreal> groupWidths{36, 11, 11, 12, 12, 18};
    const QList<Row> services = groupRows(page.byService);
    table(tr("Per service"), groupHeader(tr("Service")), services, groupWidths, {0, 5},
          {int(services.size()) - 1});
    const QList<Row> agencies = groupRows(page.byAgency);
    table(tr("Per agency"), groupHeader(tr("Agency")), agencies, groupWidths, {0, 5},
          {int(agencies.size()) - 1});
    const QList<Row> booths = groupRows(page.byCounter);
    table(tr("Per booth"), groupHeader(tr("Booth")), booths, groupWidths, {0, 5}, {int(booths.size()) - 1});
    const QList<Row> officers = groupRows(page.byStaff);
    table(tr("Per officer"), groupHeader(tr("Officer")), officers, groupWidths, {0, 5},
          {int(officers.size()) - 1});
    if (page.months.isEmpty()) {
        pdf.addHeading(tr("Trend by month"));
        pdf.addParagraph(noResponses());
    } else {
        pdf.addHeading(tr("Trend by month"));
        pdf.addChart(trendChart(page.months), 0.35);
        table(tr("Per month"), monthHeader(), monthRows(page.months), {40, 20, 20, 20}, {0, 3});
    }
    if (page.suggestions.newest.isEmpty()) {
        pdf.addHeading(tr("Suggestions"));
        pdf.addParagraph(tr("No suggestions in this period."));
    } else {
        const QList<Row> rows = suggestionRows(page, kPdfSuggestions);
        table(tr("Suggestions"), suggestionHeader(), rows, {18, 22, 60}, {0, 1, 2}, {},
              suggestionsShown(rows.size(), page.suggestions.total));
    }
    return pdf.write(path);
}

} // namespace antre
