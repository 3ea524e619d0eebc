#include "core/I18n.h"
#include "supervisor_ui/FigureTile.h"
#include "supervisor_ui/ReportExport.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportModels.h"
#include "supervisor_ui/ReportView.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

Report buildDirectly(SupervisorHall& s, QDate from, QDate to)
{
    auto report = ReportBuilder(*s.hall.db).build(from, to, s.hall.clock.now());
    REQUIRE(report.ok());
    return report.value();
}

// Every cell of a report table holds exactly the builder's figure for that row and column.
void checkTable(const QWidget& view, const QString& name, const QList<ReportRow>& rows,
                const std::optional<ReportStats>& total)
{
    auto* table = child<QTableView>(&view, name);
    const QAbstractItemModel* model = table->model();
    REQUIRE(model->rowCount() == rows.size() + (total ? 1 : 0));
    for (int row = 0; row < model->rowCount(); ++row) {
        const ReportStats& expected = row < rows.size() ? rows.at(row).stats : *total;
        if (row < rows.size())
            CHECK(model->index(row, 0).data(Qt::UserRole).toString() == rows.at(row).key);
        for (int column = 1; column < ReportRowsModel::ColumnCount; ++column) {
            INFO(name.toStdString() << " row " << row << " column " << column);
            CHECK(model->index(row, column).data(Qt::UserRole) == ReportRowsModel::figure(expected, column));
        }
        CHECK(model->index(row, ReportRowsModel::Issued).data().toString() ==
              QString::number(expected.issued));
        CHECK(model->index(row, ReportRowsModel::Served).data().toString() ==
              QString::number(expected.served));
        CHECK(model->index(row, ReportRowsModel::WaitMean).data().toString() ==
              (expected.waitSamples ? QLocale().toString(expected.waitMean, 'f', 1) : u"–"_s));
    }
}

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

TEST_CASE("report view shows the builder's numbers for a day", "[report]")
{
    SupervisorHall s;
    playKnownMonday(s.hall);
    s.hall.setLocal(TestHall::monday().addDays(1), QTime(8, 0)); // the Monday is over

    ReportView view(s.access);
    REQUIRE(view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Day, TestHall::monday())).ok());
    const Report expected = buildDirectly(s, TestHall::monday(), TestHall::monday());
    const Report& shown = *view.report();

    // The figures of the known Monday, counted by hand (see playKnownMonday).
    CHECK(shown.total.issued == 6);
    CHECK(shown.total.served == 3);
    CHECK(shown.total.noShow == 1);
    CHECK(shown.total.cancelled == 1);
    CHECK(shown.total.expired == 1);
    CHECK(shown.total.waitSamples == 4);

    CHECK(shown.total.issued == expected.total.issued);
    const QList<Figure> figures = ReportExport::summary(expected.total);
    for (const auto& figure : figures) {
        INFO(figure.key.toStdString());
        CHECK(child<FigureTile>(&view, u"report.total."_s + figure.key)->value() == figure.text);
    }
    CHECK(child<FigureTile>(&view, u"report.total.issued"_s)->value() == u"6");

    checkTable(view, u"report.table.service"_s, expected.byService, expected.total);
    checkTable(view, u"report.table.agency"_s, expected.byAgency, expected.total);
    checkTable(view, u"report.table.counter"_s, expected.byCounter, std::nullopt);
    checkTable(view, u"report.table.officer"_s, expected.byOfficer, std::nullopt);
    checkTable(view, u"report.table.hour"_s, expected.byHour, expected.total);
    checkTable(view, u"report.table.day"_s, expected.byDay, expected.total);

    auto* staffing = child<QTableView>(&view, u"report.table.staffing"_s)->model();
    REQUIRE(staffing->rowCount() == expected.staffing.size());
    for (int row = 0; row < staffing->rowCount(); ++row)
        for (int column = 1; column < StaffingModel::ColumnCount; ++column)
            CHECK(staffing->index(row, column).data(Qt::UserRole).toInt() ==
                  StaffingModel::figure(expected.staffing.at(row), column));
}

TEST_CASE("report of a week has a row for every day including days without tickets", "[report]")
{
    SupervisorHall s;
    playKnownMonday(s.hall);
    s.hall.setLocal(TestHall::monday().addDays(3), QTime(10, 0));
    ReportView view(s.access);
    REQUIRE(
        view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Week, TestHall::monday().addDays(2))).ok());
    CHECK(view.report()->from == TestHall::monday());
    CHECK(view.report()->to == TestHall::monday().addDays(6));
    const Report expected = buildDirectly(s, TestHall::monday(), TestHall::monday().addDays(6));
    checkTable(view, u"report.table.day"_s, expected.byDay, expected.total);
    CHECK(child<QTableView>(&view, u"report.table.day"_s)->model()->rowCount() == 8);

    // The arrows move by a whole week.
    child<QPushButton>(&view, u"report.next"_s)->click();
    CHECK(view.report()->from == TestHall::monday().addDays(7));
    CHECK(view.report()->total.issued == 0);
}

TEST_CASE("CSV export is the core's CSV of the report on screen byte for byte", "[report][export]")
{
    SupervisorHall s;
    playKnownMonday(s.hall);
    ReportView view(s.access);
    REQUIRE(view.showPeriod(ReportPeriod::range(TestHall::monday().addDays(-2), TestHall::monday())).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.csv"_s);
    REQUIRE(view.exportCsv(path).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes == ReportBuilder::toCsv(*view.report()));
    CHECK(bytes ==
          ReportBuilder::toCsv(buildDirectly(s, TestHall::monday().addDays(-2), TestHall::monday())));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("PDF export has the hall and period with tables and charts and page numbers", "[report][export]")
{
    SupervisorHall s;
    playKnownMonday(s.hall);
    s.hall.setLocal(TestHall::monday().addDays(1), QTime(8, 0));
    // In Indonesian, as the hall uses it.
    I18n i18n({u"supervisor"_s, u"report_pdf"_s});
    REQUIRE(i18n.setLanguage(u"id"_s));
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));

    ReportView view(s.access);
    REQUIRE(view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Month, TestHall::monday())).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"laporan.pdf"_s);
    REQUIRE(view.exportPdf(path).ok());
    REQUIRE(QFile(path).size() > 1000);
    const QString text = pdfText(path);
    const QString meanWait = ReportFormat::minutes(view.report()->total.waitMean); // in Indonesian: "9,3"
    QLocale::setDefault(previous);

    INFO(text.toStdString());
    CHECK(text.contains(u"Test Hall"_s));
    CHECK(text.contains(u"1 November 2026 – 30 November 2026"_s));
    CHECK(text.contains(u"Halaman 1 dari"_s));
    CHECK(text.contains(u"Service One"_s));
    CHECK(text.contains(u"Loket 1"_s));
    CHECK(text.contains(u"Officer One"_s));
    // The same figure text as on screen, e.g. the mean wait of the month.
    CHECK(text.contains(meanWait));
    CHECK(meanWait.contains(u','));
}

TEST_CASE("a failed export says where and leaves no file", "[report][export]")
{
    SupervisorHall s;
    ReportView view(s.access);
    REQUIRE(view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Day, TestHall::monday())).ok());
    const QString path = u"/nonexistent-folder/report.pdf"_s;
    const Status written = view.exportPdf(path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(path));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("the report view's Ombudsman report writes the PDF and its CSV files for the period shown",
          "[report][export][ombudsman]")
{
    SupervisorHall s;
    playKnownMonday(s.hall);
    s.hall.setLocal(TestHall::monday().addDays(1), QTime(8, 0));
    ReportView view(s.access);
    CHECK(child<QPushButton>(&view, u"report.exportOmbudsman"_s)->isEnabled());
    REQUIRE(view.showPeriod(ReportPeriod::around(ReportPeriod::Kind::Month, TestHall::monday())).ok());
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ombudsman.pdf"_s);
    const Status written = view.exportOmbudsman(path);
    INFO((written.ok() ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    for (const QString& suffix : {u"visitors"_s, u"services"_s, u"staffing"_s, u"ikm"_s, u"complaints"_s})
        CHECK(QFile::exists(dir.filePath(u"ombudsman-%1.csv"_s.arg(suffix))));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(u"Test Hall"_s));
    CHECK(text.contains(u"Service One"_s));
    CHECK(text.contains(QString::number(view.report()->total.issued)));
}
