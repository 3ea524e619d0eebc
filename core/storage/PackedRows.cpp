#include "core/storage/PackedRows.h"

#include <limits>

namespace antre {

bool PackedRows::next(std::span<std::optional<qint64>> values)
{
    if (m_failed || m_at >= m_text.size())
        return false;
    const QChar* p = m_text.data() + m_at;
    const QChar* const end = m_text.data() + m_text.size();
    constexpr quint64 kLimit = quint64(std::numeric_limits<qint64>::max());
    for (size_t i = 0; i < values.size(); ++i) {
        const char16_t separator = i + 1 < values.size() ? u',' : u'\n';
        if (p < end && p->unicode() == separator) {
            values[i].reset();
            ++p;
            continue;
        }
        const bool negative = p < end && p->unicode() == u'-';
        if (negative)
            ++p;
        quint64 magnitude = 0;
        const QChar* const digits = p;
        while (p < end && p->unicode() >= u'0' && p->unicode() <= u'9') {
            // 19 digits cannot overflow 64 bits unsigned; a 20th is too many for any qint64.
            if (p - digits == 19) {
                m_failed = true;
                return false;
            }
            magnitude = magnitude * 10 + (p->unicode() - u'0');
            if (magnitude > kLimit + (negative ? 1 : 0)) {
                m_failed = true;
                return false;
            }
            ++p;
        }
        if (p == digits || p == end || p->unicode() != separator) {
            m_failed = true;
            return false;
        }
        ++p;
        values[i] = negative ? qint64(0 - magnitude) : qint64(magnitude);
    }
    m_at = p - m_text.data();
    return true;
}

} // namespace antre
