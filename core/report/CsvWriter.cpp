#include "core/report/CsvWriter.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QString CsvWriter::field(const QString& text)
{
    static const QList<QChar> special{u',', u'"', u'\r', u'\n'};
    if (std::none_of(special.begin(), special.end(), [&](QChar c) { return text.contains(c); }))
        return text;
    return QString(u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"');
}

QString CsvWriter::line(const QStringList& fields)
{
    QStringList quoted;
    for (const auto& f : fields)
        quoted << field(f);
    return quoted.join(u',') + u"\r\n"_s;
}

void CsvWriter::addRow(const QStringList& fields)
{
    m_text += line(fields);
}

void CsvWriter::addBlankLine()
{
    m_text += u"\r\n"_s;
}

QByteArray CsvWriter::toUtf8() const
{
    return QByteArray("\xEF\xBB\xBF") + m_text.toUtf8();
}

} // namespace antre
