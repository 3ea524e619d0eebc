#include "supervisor_ui/TextTableModel.h"

#include <QFont>

namespace antre {

TextTableModel::TextTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TextTableModel::setHeader(const QStringList& titles, const QList<int>& textColumns)
{
    beginResetModel();
    m_header = titles;
    m_textColumns = textColumns;
    endResetModel();
}

void TextTableModel::setRows(const QList<Row>& rows, const QSet<int>& boldRows)
{
    beginResetModel();
    m_rows = rows;
    m_bold = boldRows;
    endResetModel();
}

QList<QStringList> TextTableModel::texts() const
{
    QList<QStringList> out;
    for (const Row& row : m_rows) {
        QStringList line;
        for (const Cell& cell : row)
            line << cell.text;
        out << line;
    }
    return out;
}

int TextTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TextTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant TextTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const Cell& cell = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return cell.text;
    case Qt::UserRole:
        return cell.value.isValid() ? cell.value : QVariant(cell.text);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignVCenter |
                                   (m_textColumns.contains(index.column()) ? Qt::AlignLeft : Qt::AlignRight));
    case Qt::FontRole:
        if (m_bold.contains(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant TextTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_header.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return m_header.at(section);
    return {};
}

} // namespace antre
