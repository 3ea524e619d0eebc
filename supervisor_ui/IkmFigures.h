#pragma once

#include "core/Result.h"
#include "core/survey/SurveyTypes.h"
#include "supervisor_ui/TextTableModel.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QChart;

namespace antre {

class SurveyService;
struct HallConfig;

// The IKM of one calendar month (cut to the period at its ends).
struct IkmMonth
{
    QDate from;
    QDate to;
    IkmGroup total;
};

// Everything the IKM page shows for a period, read once from the core: the screen, the CSV and the PDF
// show the same figures.
struct IkmPage
{
    QDate from;
    QDate to;
    QString siteName;
    IkmReport byService; // its total is the hall's
    IkmReport byAgency;
    IkmReport byCounter;                  // the booth where the ticket was finished
    IkmReport byStaff;                    // the officer who finished it
    QList<IkmMonth> months;               // the trend, oldest first, from the first month with responses
    SuggestionPage suggestions;           // the newest kViewSuggestions, and the period's total
    QHash<QString, QString> serviceNames; // code → name

    const IkmGroup& total() const { return byService.total; }
};

// How the IKM page reads: the figures in the language's own style ("91,48"), its tables, charts and exports.
class IkmFigures final
{
    Q_DECLARE_TR_FUNCTIONS(IkmFigures)
public:
    // How many suggestions the view lists and the PDF prints, newest first: enough to read what citizens
    // say now, where a year's tens of thousands would be neither read nor printable. The CSV has them all.
    static constexpr int kViewSuggestions = 500;
    static constexpr int kPdfSuggestions = 100;

    static Result<IkmPage> load(SurveyService& survey, const HallConfig& config, QDate from, QDate to);
    // The trend's months: the twelve up to the period's last one, or every month of a longer period.
    static QList<std::pair<QDate, QDate>> trendMonths(QDate from, QDate to);

    static QString title();
    static QString decimal(qint64 hundredths);  // "91,48"
    static QString ikm(const IkmGroup& group);  // "91,48", "–" without responses
    static QString band(const IkmGroup& group); // "A Sangat Baik", "–" without responses
    // "91,48 — A Sangat Baik", or that there are no responses yet.
    static QString headline(const IkmGroup& group);
    static QString sample(const IkmGroup& group); // "312 dari 357 responden yang dibutuhkan"
    static QString noResponses();                 // "Belum ada tanggapan"

    // Tables: header and rows (a bold "whole hall" row last in the group tables).
    static QStringList groupHeader(const QString& groupTitle);
    static QList<TextTableModel::Row> groupRows(const IkmReport& report);
    static QStringList elementHeader();
    static QList<TextTableModel::Row> elementRows(const IkmGroup& group);
    static QStringList monthHeader();
    static QList<TextTableModel::Row> monthRows(const QList<IkmMonth>& months);
    static QStringList suggestionHeader();
    // The newest `limit` of the page's suggestions.
    static QList<TextTableModel::Row> suggestionRows(const IkmPage& page, int limit = kViewSuggestions);
    // "Menampilkan 500 saran terbaru dari 12.345." when `shown` is fewer than `total`, empty otherwise.
    static QString suggestionsShown(qint64 shown, qint64 total);

    // Per element NRR (1–4) as horizontal bars; the IKM per month.
    static std::unique_ptr<QChart> nrrChart(const IkmGroup& group);
    static std::unique_ptr<QChart> trendChart(const QList<IkmMonth>& months);

    // Sections separated by blank lines: per service and per agency (the columns of `antre report ikm
    // --format csv`), per month, and the suggestions: every one of the period (`allSuggestions`), not only
    // the page's newest.
    static QByteArray csv(const IkmPage& page, const QList<SurveySuggestion>& allSuggestions);
    static Status writeCsv(const IkmPage& page, const QList<SurveySuggestion>& allSuggestions,
                           const QString& path);
    static Status writePdf(const IkmPage& page, const QString& path);
};

} // namespace antre
