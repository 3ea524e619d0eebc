#include "core/I18n.h"
#include "core/QueueService.h"
#include "core/complaint/ComplaintReport.h"
#include "core/hall/Hall.h"
#include "core/services/ComplaintService.h"
#include "core/services/SurveyService.h"
#include "core/survey/IkmExport.h"
#include "supervisor_ui/ComplaintFigures.h"
#include "supervisor_ui/ComplaintReportView.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/IkmFigures.h"
#include "supervisor_ui/IkmView.h"
#include "supervisor_ui/SupervisorWindow.h"
#include "supervisor_ui/VoiceView.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

// The demo hall (MPP Kota Serang) with 40 days of simulated history before Tuesday 2026-11-24: survey
// responses and complaints in October and November, as a new user sees them after `antre demo`.
// The demo hall (MPP Kota Serang) with 40 days of simulated history before Tuesday 2026-11-24: survey
// responses and complaints in October and November, as a new user sees them after `antre demo`. The demo
// is simulated once per run; each test opens a copy of it.
class DemoHall final
{
public:
    DemoHall() : m_clock(QDateTime::fromString(kNow, Qt::ISODate))
    {
        const QString path = m_dir.filePath(u"demo.db"_s);
        REQUIRE(QFile::copy(templatePath(), path));
        auto opened = Hall::open(path, m_clock);
        REQUIRE(opened.ok());
        m_hall = std::move(opened).value();
        m_access = std::make_unique<HallAccess>(m_hall->services());
    }

    HallAccess& access() { return *m_access; }
    HallServices& services() { return m_hall->services(); }

    static inline const QString kNow = u"2026-11-24T10:00:00+07:00"_s;

private:
    static QString templatePath()
    {
        static QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.db"_s);
        if (!QFile::exists(path)) {
            const auto demo = ProcessRunner::antre(path, {u"demo"_s, u"--history-days"_s, u"40"_s}, kNow);
            INFO(demo.err.toStdString());
            REQUIRE(demo.exitCode == 0);
            // The program has ended, so its journal is folded into the file that is copied.
            REQUIRE_FALSE(QFile::exists(path + u"-wal"_s));
        }
        return path;
    }

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Hall> m_hall;
    std::unique_ptr<HallAccess> m_access;
};

// Indonesian for the test's lifetime, as the hall uses it.
class Indonesian final
{
public:
    Indonesian() : m_i18n({u"supervisor"_s, u"report_pdf"_s})
    {
        REQUIRE(m_i18n.setLanguage(u"id"_s));
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    }
    ~Indonesian() { QLocale::setDefault(m_previous); }
    Q_DISABLE_COPY_MOVE(Indonesian)

private:
    I18n m_i18n;
    QLocale m_previous;
};

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

QAbstractItemModel* tableModel(const QWidget& view, const QString& name)
{
    return child<QTableView>(&view, name)->model();
}

QVariant figure(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data(Qt::UserRole);
}

// Every group row holds the core's figures for that group, and the last row the whole hall's.
void checkGroups(const QWidget& view, const QString& name, const IkmReport& expected)
{
    const QAbstractItemModel* model = tableModel(view, name);
    REQUIRE(model->rowCount() == expected.groups.size() + 1);
    for (int row = 0; row < model->rowCount(); ++row) {
        const IkmGroup& g = row < expected.groups.size() ? expected.groups.at(row) : expected.total;
        INFO(name.toStdString() << " row " << row);
        CHECK(figure(model, row, 0).toString() == (row < expected.groups.size() ? g.key : u"total"_s));
        CHECK(figure(model, row, 1).toLongLong() == g.responses());
        CHECK(figure(model, row, 2).toLongLong() == g.population);
        CHECK(figure(model, row, 3).toInt() == g.sampleNeeded());
        if (g.responses() > 0) {
            CHECK(figure(model, row, 4).toLongLong() == g.ikmHundredths());
            CHECK(model->index(row, 4).data().toString() == IkmFigures::decimal(g.ikmHundredths()));
            CHECK(figure(model, row, 5).toString() == Ikm::bandLetter(g.band()));
        }
    }
}

const QDate kNovember(2026, 11, 1);
const QDate kOctober(2026, 10, 1);

} // namespace

TEST_CASE("IKM view shows the core's index, band, sample, elements and groups for a month", "[ikm]")
{
    DemoHall demo;
    Indonesian indonesian;
    IkmView view(demo.access());
    REQUIRE(view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Month, QDate(2026, 11, 10))).ok());
    const QDate to(2026, 11, 30);
    auto byService = demo.services().survey.ikm(kNovember, to, IkmGrouping::Service);
    auto byAgency = demo.services().survey.ikm(kNovember, to, IkmGrouping::Agency);
    REQUIRE(byService.ok());
    REQUIRE(byAgency.ok());
    const IkmGroup& total = byService.value().total;
    REQUIRE(total.responses() > 20); // the demo's history gives the view something to show
    REQUIRE(byService.value().groups.size() > 1);

    // "91,48", "A Sangat Baik", "312 dari 357 responden yang dibutuhkan" in the hall's own language.
    const QString ikm = child<FigureTile>(&view, u"ikm.total.ikm"_s)->value();
    CHECK(ikm == IkmFigures::decimal(total.ikmHundredths()));
    CHECK(ikm == Ikm::decimal(total.ikmHundredths()).replace(u'.', u','));
    CHECK(child<FigureTile>(&view, u"ikm.total.band"_s)->value() ==
          Ikm::bandLetter(total.band()) + u' ' + Ikm::bandName(total.band()));
    CHECK(child<FigureTile>(&view, u"ikm.total.responses"_s)->value() ==
          QLocale().toString(total.responses()));
    CHECK(child<FigureTile>(&view, u"ikm.total.served"_s)->value() == QLocale().toString(total.population));
    CHECK(child<QLabel>(&view, u"ikm.sample"_s)
              ->text()
              .startsWith(u"%1 dari %2 responden yang dibutuhkan"_s.arg(
                  QLocale().toString(total.responses()), QLocale().toString(total.sampleNeeded()))));
    CHECK_FALSE(child<QLabel>(&view, u"ikm.empty"_s)->isVisibleTo(&view));

    const QAbstractItemModel* elements = tableModel(view, u"ikm.table.element"_s);
    REQUIRE(elements->rowCount() == 9);
    for (int row = 0; row < 9; ++row) {
        const SurveyElement e = SurveyQuestionnaire::elements().at(std::size_t(row));
        CHECK(figure(elements, row, 0).toString() == SurveyQuestionnaire::code(e));
        CHECK(elements->index(row, 0).data().toString() == SurveyQuestionnaire::name(e));
        CHECK(figure(elements, row, 1).toLongLong() == Ikm::nrrHundredths(total.tally, e));
    }
    CHECK(elements->index(0, 0).data().toString() == u"Persyaratan"); // Indonesian labels

    checkGroups(view, u"ikm.table.service"_s, byService.value());
    checkGroups(view, u"ikm.table.agency"_s, byAgency.value());
    for (const auto& [table, grouping] : {std::pair{u"ikm.table.counter"_s, IkmGrouping::Counter},
                                          std::pair{u"ikm.table.staff"_s, IkmGrouping::Staff}}) {
        auto grouped = demo.services().survey.ikm(kNovember, to, grouping);
        REQUIRE(grouped.ok());
        REQUIRE_FALSE(grouped.value().groups.isEmpty());
        checkGroups(view, table, grouped.value());
    }

    // The trend: of the twelve months up to November those from the first with responses (the history
    // starts in mid-October), each the core's index of that month.
    const QAbstractItemModel* months = tableModel(view, u"ikm.table.month"_s);
    REQUIRE(months->rowCount() == 2);
    CHECK(figure(months, 0, 0).toString() == u"2026-10");
    CHECK(figure(months, 1, 0).toString() == u"2026-11");
    CHECK(figure(months, 1, 1).toLongLong() == total.responses());
    auto october = demo.services().survey.ikm(kOctober, QDate(2026, 10, 31), IkmGrouping::None);
    REQUIRE(october.ok());
    REQUIRE(october.value().total.responses() > 0);
    CHECK(figure(months, 0, 1).toLongLong() == october.value().total.responses());
    CHECK(figure(months, 0, 2).toLongLong() == october.value().total.ikmHundredths());
    CHECK(months->index(0, 0).data().toString() == u"Oktober 2026");

    auto suggestions = demo.services().survey.suggestions(kNovember, to, std::nullopt);
    REQUIRE(suggestions.ok());
    const QList<SurveySuggestion>& all = suggestions.value().newest;
    REQUIRE(all.size() < IkmFigures::kViewSuggestions); // the demo's month is listed whole
    const QAbstractItemModel* saran = tableModel(view, u"ikm.table.suggestions"_s);
    REQUIRE(saran->rowCount() == all.size());
    for (int row = 0; row < saran->rowCount(); ++row) {
        CHECK(figure(saran, row, 0).toDate() == all.at(row).businessDay);
        CHECK(saran->index(row, 2).data().toString() == all.at(row).text);
    }
    CHECK(child<QLabel>(&view, u"ikm.suggestions.shown"_s)->isHidden()); // on its tab, not the current one
}

TEST_CASE("IKM exports: the CSV starts with the command line's bytes, the PDF has the figures",
          "[ikm][export]")
{
    DemoHall demo;
    Indonesian indonesian;
    IkmView view(demo.access());
    CHECK_FALSE(view.exportCsv(u"/tmp/never.csv"_s).ok()); // nothing shown yet
    REQUIRE(view.showPeriod(ReportPeriod::range(kOctober, QDate(2026, 11, 23))).ok());
    const IkmPage& page = *view.page();
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"ikm.csv"_s);
    const QString pdf = dir.filePath(u"ikm.pdf"_s);
    REQUIRE(view.exportCsv(csv).ok());
    REQUIRE(view.exportPdf(pdf).ok());

    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(IkmExport::toCsv(page.byService)));
    CHECK(bytes.contains("month,from,to,responses,ikm,band"));
    CHECK(bytes.contains("2026-10,2026-10-01,2026-10-31,"));
    CHECK(bytes.contains((u"total,Seluruh tempat layanan,2026-10-01,2026-11-23,"_s +
                          QString::number(page.total().responses()) + u',' +
                          Ikm::decimal(page.total().ikmHundredths()))
                             .toUtf8()));

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"Indeks Kepuasan Masyarakat"_s));
    CHECK(text.contains(u"1 Oktober 2026 – 23 November 2026"_s));
    CHECK(text.contains(IkmFigures::headline(page.total())));
    CHECK(text.contains(IkmFigures::sample(page.total())));
    CHECK(text.contains(u"Halaman 1 dari"_s));
    for (const IkmGroup& g : page.byService.groups)
        if (g.responses() > 0)
            CHECK(text.contains(IkmFigures::decimal(g.ikmHundredths())));
    if (!page.suggestions.newest.isEmpty())
        CHECK(text.contains(page.suggestions.newest.first().text.left(20)));
    // The PDF lists the newest 100 and says so only when there are more.
    CHECK(text.contains(u"saran terbaru dari"_s) == (page.suggestions.total > IkmFigures::kPdfSuggestions));
}

TEST_CASE("IKM suggestions: the view lists the newest 500, the PDF the newest 100, the CSV all",
          "[ikm][export][saran]")
{
    DemoHall demo;
    Indonesian indonesian;
    // A busy month: 1,200 more paper forms of today with a suggestion each (the demo's end yesterday), the
    // last typed the newest.
    const QDate day(2026, 11, 24);
    auto parsed = SurveyAnswers::parse(u"persyaratan=3,prosedur=3,waktu=3,biaya=3,produk=3,kompetensi=3,"
                                       u"perilaku=3,pengaduan=3,sarana=3"_s);
    REQUIRE(parsed.ok());
    auto config = demo.access().queue.config();
    REQUIRE(config.ok());
    QList<PaperResponse> forms;
    for (int i = 1; i <= 1200; ++i) {
        PaperResponse form;
        form.line = i + 1;
        form.date = day;
        form.serviceCode = config.value().services.first().code;
        form.answers = parsed.value();
        form.saran = u"Saran kertas nomor %1"_s.arg(i, 4, 10, QChar(u'0'));
        forms << form;
    }
    REQUIRE(demo.services().survey.importPaper(forms, u"forms.csv"_s).ok());
    auto all = demo.services().survey.suggestions(kNovember, QDate(2026, 11, 30), std::nullopt);
    REQUIRE(all.ok());
    const qint64 total = all.value().total;
    REQUIRE(total > 1200);

    IkmView view(demo.access());
    REQUIRE(view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Month, QDate(2026, 11, 10))).ok());
    const QAbstractItemModel* saran = tableModel(view, u"ikm.table.suggestions"_s);
    REQUIRE(saran->rowCount() == 500);
    CHECK(saran->index(0, 2).data().toString() == u"Saran kertas nomor 1200"_s);
    CHECK(saran->index(499, 2).data().toString() == all.value().newest.at(499).text);
    auto* shown = child<QLabel>(&view, u"ikm.suggestions.shown"_s);
    CHECK_FALSE(shown->isHidden()); // on its tab, not the current one
    // "dari 1.234": the hall's locale groups thousands with a dot.
    CHECK(shown->text() == u"Menampilkan 500 saran terbaru dari %1."_s.arg(QLocale().toString(total)));
    CHECK(shown->text().contains(u'.' + QString::number(total % 1000).rightJustified(3, u'0') + u'.'));
    auto* tabs = child<QTabWidget>(&view, u"ikm.tabs"_s);
    CHECK(tabs->tabText(tabs->count() - 1) == u"Saran (%1)"_s.arg(QLocale().toString(total)));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"ikm.pdf"_s);
    REQUIRE(view.exportPdf(pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Menampilkan 100 saran terbaru dari %1."_s.arg(QLocale().toString(total))));
    CHECK(text.contains(all.value().newest.at(99).text));
    CHECK_FALSE(text.contains(all.value().newest.at(100).text));

    const QString csv = dir.filePath(u"ikm.csv"_s);
    REQUIRE(view.exportCsv(csv).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.count("Saran kertas nomor ") == 1200);
    CHECK(bytes.contains("Saran kertas nomor 0001"));
}

TEST_CASE("IKM view of a period without responses says so", "[ikm]")
{
    DemoHall demo;
    Indonesian indonesian;
    IkmView view(demo.access());
    REQUIRE(view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Month, QDate(2025, 3, 1))).ok());
    auto* empty = child<QLabel>(&view, u"ikm.empty"_s);
    CHECK(empty->isVisibleTo(&view));
    CHECK(empty->text().startsWith(u"Belum ada tanggapan"_s));
    CHECK(child<FigureTile>(&view, u"ikm.total.ikm"_s)->value() == u"–");
    CHECK(child<FigureTile>(&view, u"ikm.total.responses"_s)->value() == u"0");
    CHECK(tableModel(view, u"ikm.table.suggestions"_s)->rowCount() == 0);
    QTemporaryDir dir;
    REQUIRE(view.exportPdf(dir.filePath(u"empty.pdf"_s)).ok());
    CHECK(pdfText(dir.filePath(u"empty.pdf"_s)).contains(u"Belum ada tanggapan"_s));
}

TEST_CASE("complaint report view shows the core's monthly report", "[complaint-report]")
{
    DemoHall demo;
    Indonesian indonesian;
    ComplaintReportView view(demo.access());
    REQUIRE(view.showMonth(QDate(2026, 11, 5)).ok());
    auto expected = demo.services().complaints.report(kNovember, QDate(2026, 11, 30));
    REQUIRE(expected.ok());
    const ComplaintReport& r = expected.value();
    REQUIRE(r.received > 0);

    for (const ComplaintFigure& f : ComplaintFigures::summary(r)) {
        INFO(f.key.toStdString());
        CHECK(child<FigureTile>(&view, u"complaintReport.total."_s + f.key)->value() == f.text);
    }
    CHECK(child<FigureTile>(&view, u"complaintReport.total.received"_s)->value() ==
          QString::number(r.received));
    if (r.medianDaysToAnswer)
        CHECK(child<FigureTile>(&view, u"complaintReport.total.median_days"_s)->value() ==
              QLocale().toString(*r.medianDaysToAnswer, 'f', 1) + u" hari"_s);
    if (r.percentWithinSla)
        CHECK(child<FigureTile>(&view, u"complaintReport.total.within_sla"_s)
                  ->value()
                  .startsWith(QLocale().toString(*r.percentWithinSla, 'f', 1)));

    const std::pair<QString, const QList<ComplaintCount>*> groups[] = {{u"category"_s, &r.byCategory},
                                                                       {u"channel"_s, &r.byChannel},
                                                                       {u"agency"_s, &r.byAgency},
                                                                       {u"status"_s, &r.byStatus}};
    for (const auto& [key, counts] : groups) {
        const QAbstractItemModel* model = tableModel(view, u"complaintReport.table."_s + key);
        INFO(key.toStdString());
        REQUIRE(model->rowCount() == counts->size() + 1);
        int sum = 0;
        for (int row = 0; row < counts->size(); ++row) {
            CHECK(figure(model, row, 0).toString() == counts->at(row).key);
            CHECK(figure(model, row, 1).toInt() == counts->at(row).count);
            sum += counts->at(row).count;
        }
        CHECK(figure(model, int(counts->size()), 1).toInt() == r.received);
        CHECK(sum == r.received);
    }
    const QAbstractItemModel* list = tableModel(view, u"complaintReport.table.list"_s);
    REQUIRE(list->rowCount() == r.complaints.size());
    for (int row = 0; row < list->rowCount(); ++row)
        CHECK(list->index(row, 0).data().toString() == r.complaints.at(row).reference);
    CHECK(list->index(0, 0).data().toString().startsWith(u"ADU-2026-"_s));
}

TEST_CASE("complaint report exports: the core's CSV bytes, a PDF with the references",
          "[complaint-report][export]")
{
    DemoHall demo;
    Indonesian indonesian;
    ComplaintReportView view(demo.access());
    REQUIRE(view.showMonth(kOctober).ok());
    const ComplaintReport& r = *view.report();
    REQUIRE(r.received > 0);
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"aduan.csv"_s);
    const QString pdf = dir.filePath(u"aduan.pdf"_s);
    REQUIRE(view.exportCsv(csv).ok());
    REQUIRE(view.exportPdf(pdf).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == ComplaintReportBuilder::toCsv(r));

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(u"Laporan pengaduan bulanan"_s));
    CHECK(text.contains(u"1 Oktober 2026 – 31 Oktober 2026"_s));
    for (const Complaint& c : r.complaints)
        CHECK(text.contains(c.reference));
    for (const ComplaintFigure& f : ComplaintFigures::summary(r))
        CHECK(text.contains(QString(f.text).replace(QChar(0xa0), u' '))); // pdftotext: a plain space
}

TEST_CASE("complaint report of a month without complaints says so", "[complaint-report]")
{
    DemoHall demo;
    Indonesian indonesian;
    ComplaintReportView view(demo.access());
    REQUIRE(view.showMonth(QDate(2025, 3, 1)).ok());
    CHECK(child<QLabel>(&view, u"complaintReport.empty"_s)->isVisibleTo(&view));
    CHECK(child<FigureTile>(&view, u"complaintReport.total.received"_s)->value() == u"0");
    CHECK(child<FigureTile>(&view, u"complaintReport.total.median_days"_s)->value() == u"–");
    CHECK(tableModel(view, u"complaintReport.table.list"_s)->rowCount() == 0);
}

TEST_CASE("the supervisor's IKM & complaints page holds the IKM view and the complaint report",
          "[ikm][complaint-report]")
{
    DemoHall demo;
    SupervisorWindow window(demo.access());
    auto member = demo.services().staff.find(u"SPV001"_s); // the demo hall's supervisor
    REQUIRE(member.ok());
    REQUIRE(window.signIn(member.value()).ok());
    auto* views = child<QStackedWidget>(&window, u"views"_s);
    child<QPushButton>(&window, u"nav.voice"_s)->click();
    CHECK(views->currentWidget()->objectName() == u"voice.view");
    VoiceView* voice = window.voiceView();
    REQUIRE(voice->ikm()->page().has_value()); // the current month, at once
    CHECK(voice->ikm()->page()->from == kNovember);
    CHECK_FALSE(voice->complaints()->report().has_value()); // read when its tab is opened
    child<QTabWidget>(&window, u"voice.tabs"_s)->setCurrentIndex(1);
    REQUIRE(voice->complaints()->report().has_value());
    CHECK(voice->complaints()->report()->from == kNovember);
    // Back on the page after another one, the tab chosen before is still there.
    child<QPushButton>(&window, u"nav.report"_s)->click();
    child<QPushButton>(&window, u"nav.voice"_s)->click();
    CHECK(child<QTabWidget>(&window, u"voice.tabs"_s)->currentWidget() == voice->complaints());
    CHECK(SupervisorWindow::viewFromKey(u"voice"_s) == SupervisorWindow::View::Voice);
}

TEST_CASE("the IKM trend covers the twelve months up to the period's end, or a longer period's months",
          "[ikm]")
{
    const auto months = IkmFigures::trendMonths(QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(months.size() == 12);
    CHECK(months.first() == std::pair{QDate(2025, 12, 1), QDate(2025, 12, 31)});
    CHECK(months.last() == std::pair{QDate(2026, 11, 1), QDate(2026, 11, 30)});
    // A range ending mid-month stops on its last day.
    CHECK(IkmFigures::trendMonths(QDate(2026, 10, 1), QDate(2026, 11, 23)).last().second ==
          QDate(2026, 11, 23));
    // Fourteen months: every one of them, the first and last cut to the range.
    const auto longer = IkmFigures::trendMonths(QDate(2025, 9, 15), QDate(2026, 11, 10));
    REQUIRE(longer.size() == 15);
    CHECK(longer.first() == std::pair{QDate(2025, 9, 15), QDate(2025, 9, 30)});
    CHECK(longer.at(1) == std::pair{QDate(2025, 10, 1), QDate(2025, 10, 31)});
    CHECK(longer.last() == std::pair{QDate(2026, 11, 1), QDate(2026, 11, 10)});
}
