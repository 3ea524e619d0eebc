#pragma once

#include <QStringView>

#include <optional>
#include <span>

namespace antre {

// Reads the rows that SqlDialect::packedRowsQuery packs into one text value, one row at a time, without a
// QVariant per value.
class PackedRows final
{
public:
    explicit PackedRows(QStringView text) : m_text(text) {}

    // Reads the next row into `values` (one per column; nullopt for NULL). False at the end of the text, and
    // when a row is not `values.size()` integers (see failed()).
    bool next(std::span<std::optional<qint64>> values);
    // Whether reading stopped at a malformed row rather than at the end.
    bool failed() const { return m_failed; }

private:
    QStringView m_text;
    qsizetype m_at = 0;
    bool m_failed = false;
};

} // namespace antre
