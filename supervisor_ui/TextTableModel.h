#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVariant>

namespace antre {

// A table of ready-made cells for report pages whose figures come formatted from the core's reports: the
// display text is what the screen and the PDF show, Qt::UserRole the figure as the report has it (tests
// compare it), and bold rows (a total) are bold on screen and in the PDF.
class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Cell
    {
        QString text;
        QVariant value;
    };
    using Row = QList<Cell>;

    explicit TextTableModel(QObject* parent = nullptr);
    ~TextTableModel() override = default;
    Q_DISABLE_COPY_MOVE(TextTableModel)

    // Columns listed in textColumns are aligned left, the others hold figures (aligned right).
    void setHeader(const QStringList& titles, const QList<int>& textColumns = {0});
    void setRows(const QList<Row>& rows, const QSet<int>& boldRows = {});
    const QStringList& header() const { return m_header; }
    QList<QStringList> texts() const;
    const QList<int>& textColumns() const { return m_textColumns; }
    const QSet<int>& boldRows() const { return m_bold; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<int> m_textColumns{0};
    QList<Row> m_rows;
    QSet<int> m_bold;
};

} // namespace antre
