#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QString>
#include <QStringList>

#include <memory>
#include <variant>

class QAbstractItemModel;
class QChart;

namespace antre {

// An A4 document of headings, tables and charts, written as PDF with the hall's name in the header and
// "Page X of Y" in the footer. Charts are drawn as vectors, tables repeat their header row on each page.
class PdfDocument final
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
public:
    // `header` is printed at the top of every page (the hall name); the first page starts with the title
    // and the subtitle lines. Wide tables read best on A4 landscape.
    PdfDocument(QString header, QString title, QStringList subtitle,
                QPageLayout::Orientation orientation = QPageLayout::Portrait);
    ~PdfDocument();
    Q_DISABLE_COPY_MOVE(PdfDocument)

    void addHeading(const QString& text);
    void addParagraph(const QString& text);
    // The model's display text and horizontal headers, exactly as a view shows them (bold where the
    // model's font is bold).
    void addTable(const QAbstractItemModel& model, qreal firstColumnPercent = 24);
    // Column widths in percent of the page (empty: the first column firstColumnPercent, the rest equal);
    // textColumns are aligned left, the others hold figures (aligned right). Rows listed in boldRows
    // (e.g. a total) are set in bold.
    void addTable(const QStringList& header, const QList<QStringList>& rows, const QList<qreal>& widths,
                  const QList<int>& textColumns = {0}, const QList<int>& boldRows = {});
    // A chart across the page; height = width × aspect.
    void addChart(std::unique_ptr<QChart> chart, qreal aspect = 0.43);
    // Charts side by side, sharing the page width.
    void addChartRow(std::vector<std::unique_ptr<QChart>> charts, qreal aspect = 0.43);
    void addPageBreak();

    Status write(const QString& path) const;
    int pageCount() const { return m_pages; }

private:
    struct Heading
    {
        QString text;
    };
    struct Paragraph
    {
        QString text;
    };
    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<qreal> widths;
        QList<int> textColumns{0};
        QList<bool> bold;
    };
    struct Chart
    {
        QList<int> indices;
        qreal aspect;
    };
    struct PageBreak
    {};
    using Block = std::variant<Heading, Paragraph, Table, Chart, PageBreak>;

    QString m_header;
    QString m_title;
    QStringList m_subtitle;
    QPageLayout::Orientation m_orientation;
    QList<Block> m_blocks;
    std::vector<std::unique_ptr<QChart>> m_charts;
    mutable int m_pages = 0;
};

} // namespace antre
