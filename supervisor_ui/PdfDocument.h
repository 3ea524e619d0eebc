#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
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
    // and the subtitle lines.
    PdfDocument(QString header, QString title, QStringList subtitle);
    ~PdfDocument();
    Q_DISABLE_COPY_MOVE(PdfDocument)

    void addHeading(const QString& text);
    void addParagraph(const QString& text);
    // The model's display text and horizontal headers, exactly as a view shows them (bold where the
    // model's font is bold).
    void addTable(const QAbstractItemModel& model, qreal firstColumnPercent = 24);
    // Rows listed in boldRows (e.g. a total) are set in bold.
    void addTable(const QStringList& header, const QList<QStringList>& rows, qreal firstColumnPercent = 24,
                  const QList<int>& boldRows = {});
    void addChart(std::unique_ptr<QChart> chart);
    void addPageBreak();

    Status write(const QString& path) const;
    int pageCount() const { return m_pages; }

private:
    struct Heading { QString text; };
    struct Paragraph { QString text; };
    struct Table { QStringList header; QList<QStringList> rows; qreal firstColumnPercent; QList<bool> bold; };
    struct Chart { int index; };
    struct PageBreak {};
    using Block = std::variant<Heading, Paragraph, Table, Chart, PageBreak>;

    QString m_header;
    QString m_title;
    QStringList m_subtitle;
    QList<Block> m_blocks;
    std::vector<std::unique_ptr<QChart>> m_charts;
    mutable int m_pages = 0;
};

} // namespace antre
