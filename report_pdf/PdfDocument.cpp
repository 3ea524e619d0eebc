#include "report_pdf/PdfDocument.h"

#include "ui_common/Style.h"

#include <QAbstractItemModel>
#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QFont>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTextTable>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr int kResolution = 300;
constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kChartSize = QTextFormat::UserProperty + 2;
// Charts are laid out at screen size (96 dpi) for the space they get and then drawn onto the page, so that
// a chart's fonts print at the size they have on screen, whatever the chart's width.
constexpr qreal kChartDpi = 96;

// Device pixels of the PDF writer, for what this code paints itself (header, footer).
qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * kResolution;
}

// Lengths in text formats (margins, padding, borders): the document layout scales them from 96 dpi.
qreal layoutMm(qreal millimetres)
{
    return millimetres / 25.4 * 96;
}

QList<qreal> defaultWidths(qsizetype columns, qreal firstColumnPercent)
{
    QList<qreal> widths{firstColumnPercent};
    for (qsizetype c = 1; c < columns; ++c)
        widths << (100 - firstColumnPercent) / qreal(columns - 1);
    return widths;
}

QFont font(qreal pointSize, bool bold = false)
{
    QFont f(QString::fromLatin1(Style::kFontFamily));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // No ligatures: "Officer" must stay searchable and copyable as o-f-f-i, not as one "ffi" glyph.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QTextCharFormat charFormat(qreal pointSize, bool bold = false, const QColor& colour = Style::text())
{
    QTextCharFormat format;
    format.setFont(font(pointSize, bold));
    format.setForeground(colour);
    return format;
}

// Draws the document's charts where their placeholder characters sit.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit ChartObject(const std::vector<std::unique_ptr<QChart>>& charts) : m_charts(charts) {}

    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat& format) override
    {
        return format.property(kChartSize).toSizeF();
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override
    {
        QChart* chart = m_charts.at(std::size_t(format.property(kChartIndex).toInt())).get();
        const QSizeF size = format.property(kChartSize).toSizeF();
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), size * kChartDpi / kResolution));
        scene.setSceneRect(chart->geometry());
        scene.render(painter, rect, chart->geometry(), Qt::KeepAspectRatio);
        scene.removeItem(chart); // the document owns its charts, not this scene
    }

private:
    const std::vector<std::unique_ptr<QChart>>& m_charts;
};

// Empty space of a set width between charts in a row.
class Gap final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    explicit Gap(qreal width) : m_width(width) {}
    QSizeF intrinsicSize(QTextDocument*, int, const QTextFormat&) override { return {m_width, 1}; }
    void drawObject(QPainter*, const QRectF&, QTextDocument*, int, const QTextFormat&) override {}

private:
    qreal m_width;
};

} // namespace

PdfDocument::PdfDocument(QString header, QString title, QStringList subtitle,
                         QPageLayout::Orientation orientation)
    : m_header(std::move(header)), m_title(std::move(title)), m_subtitle(std::move(subtitle)),
      m_orientation(orientation)
{}

PdfDocument::~PdfDocument() = default;

void PdfDocument::addHeading(const QString& text)
{
    m_blocks.append(Heading{text});
}

void PdfDocument::addParagraph(const QString& text)
{
    m_blocks.append(Paragraph{text});
}

void PdfDocument::addTable(const QAbstractItemModel& model, qreal firstColumnPercent)
{
    Table table;
    for (int column = 0; column < model.columnCount(); ++column)
        table.header << model.headerData(column, Qt::Horizontal).toString();
    table.widths = defaultWidths(table.header.size(), firstColumnPercent);
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << model.index(row, column).data().toString();
        table.rows << cells;
        table.bold << model.index(row, 0).data(Qt::FontRole).value<QFont>().bold();
    }
    m_blocks.append(table);
}

void PdfDocument::addTable(const QStringList& header, const QList<QStringList>& rows,
                           const QList<qreal>& widths, const QList<int>& textColumns,
                           const QList<int>& boldRows)
{
    Table table{header, rows, widths.isEmpty() ? defaultWidths(header.size(), 24) : widths, textColumns, {}};
    for (qsizetype row = 0; row < rows.size(); ++row)
        table.bold << boldRows.contains(int(row));
    m_blocks.append(table);
}

void PdfDocument::addChart(std::unique_ptr<QChart> chart, qreal aspect)
{
    std::vector<std::unique_ptr<QChart>> row;
    row.push_back(std::move(chart));
    addChartRow(std::move(row), aspect);
}

void PdfDocument::addChartRow(std::vector<std::unique_ptr<QChart>> charts, qreal aspect)
{
    Chart block{{}, aspect};
    for (auto& chart : charts) {
        m_charts.push_back(std::move(chart));
        block.indices << int(m_charts.size()) - 1;
    }
    m_blocks.append(block);
}

void PdfDocument::addPageBreak()
{
    m_blocks.append(PageBreak{});
}

Status PdfDocument::write(const QString& path) const
{
    // Written beside the target and renamed at the end: a failed export never leaves half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(m_orientation);
    writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
    writer.setResolution(kResolution);
    writer.setTitle(m_title);
    writer.setCreator(u"Antre"_s);

    const QRectF paintRect = writer.pageLayout().paintRectPixels(kResolution);
    const qreal width = paintRect.width();
    const qreal headerHeight = mm(9);
    const qreal footerHeight = mm(9);
    const qreal bodyHeight = paintRect.height() - headerHeight - footerHeight;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(width, bodyHeight));
    doc.setDefaultFont(font(9));
    ChartObject charts(m_charts);
    doc.documentLayout()->registerHandler(kChartObject, &charts);
    Gap gap(mm(4));
    doc.documentLayout()->registerHandler(kChartObject + 1, &gap);

    QTextCursor cursor(&doc);
    // One edit block: the layout runs once at the end instead of after every cell.
    cursor.beginEditBlock();
    QTextBlockFormat plain;
    cursor.setBlockFormat(plain);
    cursor.insertText(m_title, charFormat(18, true, Style::primary()));
    for (const auto& line : m_subtitle) {
        QTextBlockFormat format;
        format.setTopMargin(layoutMm(1));
        cursor.insertBlock(format);
        cursor.insertText(line, charFormat(10));
    }

    for (qsizetype index = 0; index < m_blocks.size(); ++index) {
        const Block& block = m_blocks.at(index);
        // A heading right before a table becomes the table's first header row: it then never stays behind
        // alone at the bottom of a page, and it repeats on the pages the table continues on.
        const Heading* caption = index > 0 ? std::get_if<Heading>(&m_blocks.at(index - 1)) : nullptr;
        if (std::holds_alternative<Heading>(block) && index + 1 < m_blocks.size() &&
            std::holds_alternative<Table>(m_blocks.at(index + 1)))
            continue;
        if (const auto* heading = std::get_if<Heading>(&block)) {
            QTextBlockFormat format;
            format.setTopMargin(layoutMm(6));
            format.setBottomMargin(layoutMm(1.5));
            cursor.insertBlock(format);
            cursor.insertText(heading->text, charFormat(12, true, Style::primary()));
        } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            QTextBlockFormat format;
            format.setTopMargin(layoutMm(1.5));
            cursor.insertBlock(format);
            cursor.insertText(paragraph->text, charFormat(9));
        } else if (const auto* table = std::get_if<Table>(&block)) {
            const int columns = int(table->header.size());
            const int top = caption ? 1 : 0;
            QTextTableFormat format;
            format.setHeaderRowCount(top + 1);
            format.setCellPadding(layoutMm(0.6));
            format.setCellSpacing(0);
            format.setBorder(0.5);
            format.setBorderBrush(QColor(0xb8, 0xc0, 0xcc));
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            format.setTopMargin(layoutMm(caption ? 4 : 1));
            QList<QTextLength> widths;
            for (int c = 0; c < columns; ++c)
                widths << QTextLength(QTextLength::PercentageLength, table->widths.value(c));
            format.setColumnWidthConstraints(widths);
            QTextTable* t = cursor.insertTable(int(table->rows.size()) + 1 + top, columns, format);
            if (caption) {
                t->mergeCells(0, 0, 1, columns);
                QTextTableCellFormat plainCell;
                plainCell.setBottomPadding(layoutMm(1.5));
                plainCell.setLeftPadding(0);
                t->cellAt(0, 0).setFormat(plainCell);
                t->cellAt(0, 0).firstCursorPosition().insertText(caption->text,
                                                                 charFormat(12, true, Style::primary()));
            }
            const auto fill = [&](int row, const QStringList& cells, bool header, bool bold) {
                for (int c = 0; c < columns; ++c) {
                    QTextTableCell cell = t->cellAt(row, c);
                    QTextTableCellFormat cellFormat;
                    if (header)
                        cellFormat.setBackground(QColor(0xe3, 0xe9, 0xf4));
                    else if ((row - top) % 2 == 0)
                        cellFormat.setBackground(QColor(0xf6, 0xf8, 0xfb));
                    cell.setFormat(cellFormat);
                    QTextCursor at = cell.firstCursorPosition();
                    QTextBlockFormat align;
                    align.setAlignment(table->textColumns.contains(c) ? Qt::AlignLeft : Qt::AlignRight);
                    at.setBlockFormat(align);
                    at.insertText(cells.value(c), charFormat(header ? 6 : 7.5, header || bold));
                }
            };
            fill(top, table->header, true, true);
            for (int r = 0; r < table->rows.size(); ++r)
                fill(top + r + 1, table->rows.at(r), false, table->bold.value(r));
            cursor.movePosition(QTextCursor::End);
        } else if (const auto* chart = std::get_if<Chart>(&block)) {
            QTextBlockFormat format;
            format.setTopMargin(layoutMm(3));
            format.setAlignment(Qt::AlignHCenter);
            cursor.insertBlock(format);
            // Side by side with a small gap; slightly narrower than the page so the line never wraps.
            const qsizetype count = chart->indices.size();
            const qreal gap = mm(4);
            const qreal chartWidth = (width * 0.995 - gap * qreal(count - 1)) / qreal(count);
            for (qsizetype i = 0; i < count; ++i) {
                if (i > 0) {
                    QTextCharFormat spacer;
                    spacer.setObjectType(kChartObject + 1);
                    cursor.insertText(QString(QChar::ObjectReplacementCharacter), spacer);
                }
                QTextCharFormat object;
                object.setObjectType(kChartObject);
                object.setProperty(kChartIndex, chart->indices.at(i));
                object.setProperty(kChartSize, QSizeF(chartWidth, chartWidth * chart->aspect));
                cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
            }
        } else if (std::holds_alternative<PageBreak>(block)) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.insertBlock(format);
        }
    }

    cursor.endEditBlock();
    m_pages = doc.pageCount();
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed, tr("Could not write %1").arg(path));
    const QPen rule(QColor(0xb8, 0xc0, 0xcc), 2);
    for (int page = 0; page < m_pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        const QRectF body(0, page * bodyHeight, width, bodyHeight);
        painter.setClipRect(body); // charts draw themselves and would spill onto the page above
        doc.drawContents(&painter, body);
        painter.restore();

        painter.setPen(Style::muted());
        painter.setFont(font(8));
        const QRectF header(0, 0, width, headerHeight - mm(2));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, m_header);
        painter.drawText(header, Qt::AlignRight | Qt::AlignTop, m_title);
        painter.setPen(rule);
        painter.drawLine(QPointF(0, headerHeight - mm(2.5)), QPointF(width, headerHeight - mm(2.5)));
        const qreal footerTop = headerHeight + bodyHeight;
        painter.drawLine(QPointF(0, footerTop + mm(2)), QPointF(width, footerTop + mm(2)));
        painter.setPen(Style::text());
        painter.setFont(font(9));
        painter.drawText(QRectF(0, footerTop + mm(3), width, footerHeight - mm(3)),
                         Qt::AlignHCenter | Qt::AlignTop, tr("Page %1 of %2").arg(page + 1).arg(m_pages));
    }
    if (!painter.end() || !file.commit())
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

} // namespace antre

#include "PdfDocument.moc"
