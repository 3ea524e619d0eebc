// Not a test: writes the supervisor's report PDF and CSV (or the annual recap) from a database without the
// GUI, to look at them with pdftoppm while working on the layout (see docs/SUPERVISOR.md):
//   supervisor_export DB FROM TO OUT.pdf [OUT.csv]        report for the dates FROM..TO
//   supervisor_export DB --recap YEAR OUT.pdf [OUT.csv]   annual recap
// Indonesian unless ANTRE_LANG=en; ANTRE_NOW sets "now".
#include "core/Clock.h"
#include "core/I18n.h"
#include "core/hall/Hall.h"
#include "core/services/ReportService.h"
#include "supervisor_ui/HallAccess.h"
#include "supervisor_ui/RecapView.h"
#include "supervisor_ui/ReportExport.h"

#include <QApplication>
#include <QLocale>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(
            stderr,
            "usage: supervisor_export DB FROM TO OUT.pdf [OUT.csv] | DB --recap YEAR OUT.pdf [OUT.csv]\n");
        return 2;
    }
    I18n i18n({u"supervisor"_s, u"report_pdf"_s});
    const QString lang = qEnvironmentVariable("ANTRE_LANG", u"id"_s);
    i18n.setLanguage(lang);
    if (lang == u"id")
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    const auto clock = clockFromEnvironment(false);
    auto opened = Hall::open(args.at(1), *clock);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(opened.error().message));
        return 1;
    }
    HallAccess hall(opened.value()->services());
    Status written = Done{};
    if (args.at(2) == u"--recap") {
        RecapView view(hall);
        written = view.showYear(args.at(3).toInt());
        if (written.ok())
            written = view.exportPdf(args.at(4));
        if (written.ok() && args.size() > 5)
            written = view.exportCsv(args.at(5));
    } else {
        auto report = hall.reports.build(QDate::fromString(args.at(2), Qt::ISODate),
                                         QDate::fromString(args.at(3), Qt::ISODate), clock->now());
        if (!report.ok()) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(report.error().message));
            return 1;
        }
        written = ReportExport::writePdf(report.value(), args.at(4));
        if (written.ok() && args.size() > 5)
            written = ReportExport::writeCsv(report.value(), args.at(5));
    }
    if (!written.ok()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(written.error().message));
        return 1;
    }
    return 0;
}
