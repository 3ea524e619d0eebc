#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {

const QString kMonday = u"2026-11-23T09:00:00+07:00"_s;
const QStringList kWeek{u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-22"_s};

QJsonObject jsonOf(const QString& db, const QStringList& args)
{
    const auto r = ProcessRunner::antre(db, args + kWeek + QStringList{u"--format"_s, u"json"_s}, kMonday);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

#ifdef ANTRE_HAVE_PDF
// Only a build with the GUI writes the PDF (ANTRE_HAVE_PDF); a headless build has nothing to read.
QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}
#endif

} // namespace

TEST_CASE("cli: report ombudsman writes its PDF and CSV files with the figures of the separate reports",
          "[cli][ombudsman]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    const auto demo = ProcessRunner::antre(db, {u"demo"_s, u"--history-days"_s, u"7"_s}, kMonday);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    const QJsonObject range = jsonOf(db, {u"report"_s, u"range"_s});
    const QJsonObject ikm = jsonOf(db, {u"report"_s, u"ikm"_s});
    const QJsonObject complaints = jsonOf(db, {u"report"_s, u"complaints"_s});
    const int issued = range.value(u"total"_s).toObject().value(u"issued"_s).toInt();
    const int served = range.value(u"total"_s).toObject().value(u"served"_s).toInt();
    REQUIRE(issued > 0);
    REQUIRE(ikm.value(u"responses"_s).toInt() > 0);

    const QString pdf = dir.filePath(u"ombudsman.pdf"_s);
    const auto run = ProcessRunner::antre(db,
                                          QStringList{u"--lang"_s, u"id"_s, u"report"_s, u"ombudsman"_s} +
                                              kWeek + QStringList{u"--out"_s, pdf},
                                          kMonday);
    INFO(run.out.toStdString() << run.err.toStdString());
    for (const QString& suffix : {u"visitors"_s, u"services"_s, u"staffing"_s, u"ikm"_s, u"complaints"_s})
        CHECK(QFile::exists(dir.filePath(u"ombudsman-%1.csv"_s.arg(suffix))));
    CHECK(run.out.contains(u"Tiket diterbitkan %1, dilayani %2"_s.arg(issued).arg(served)));

#ifdef ANTRE_HAVE_PDF
    REQUIRE(run.exitCode == 0);
    REQUIRE(QFile::exists(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Laporan kepatuhan pelayanan publik (Ombudsman)"_s));
    CHECK(text.contains(u"Halaman 1 dari"_s));
    // The key figures: tickets, served, the hall's IKM and its sample, the complaints received.
    const QString ikmText = QString::number(ikm.value(u"ikm"_s).toDouble(), 'f', 2);
    CHECK(text.contains(u"Tiket diterbitkan"_s));
    CHECK(text.contains(QString::number(issued)));
    CHECK(text.contains(QString::number(served)));
    CHECK(text.contains(ikmText));
    CHECK(text.contains(u"%1 dari %2 responden yang dibutuhkan"_s.arg(ikm.value(u"responses"_s).toInt())
                            .arg(ikm.value(u"sample_needed"_s).toInt())));
    CHECK(text.contains(u"Diterima %1,"_s.arg(complaints.value(u"received"_s).toInt())));
#else
    // A headless build has no PDF writer: the CSV files only, and "nothing to do" for the PDF.
    CHECK(run.exitCode == 3);
    CHECK(!QFile::exists(pdf));
    CHECK(run.err.contains(u"GUI"_s));
#endif
}

TEST_CASE("cli: report ombudsman without --out is a usage error", "[cli][ombudsman]")
{
    QTemporaryDir dir;
    const auto run = ProcessRunner::antre(dir.filePath(u"none.db"_s), {u"report"_s, u"ombudsman"_s}, kMonday);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"--out"_s));
}
