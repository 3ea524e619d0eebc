#include "core/survey/SurveyCsv.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

struct Record
{
    int line = 0; // where it starts
    QStringList fields;
};

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks; CRLF or LF line ends).
// An unterminated quote is the error of the record that opened it.
Result<QList<Record>> records(const QString& text, const QString& fileName)
{
    QList<Record> out;
    Record current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    const auto endRecord = [&] {
        current.fields << field;
        field.clear();
        fieldWasQuoted = false;
        const bool blank = current.fields.size() == 1 && current.fields.front().isEmpty();
        if (!blank)
            out.append(current);
        current = Record{line + 1, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            current.fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            endRecord();
            ++line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return makeError(
            ErrorKind::BadInput, ErrorCode::BadSurvey,
            SurveyCsv::tr("%1: line %2: a quoted field is not closed").arg(fileName).arg(current.line));
    if (!field.isEmpty() || !current.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return out;
}

} // namespace

Result<QList<PaperResponse>> SurveyCsv::parse(const QByteArray& data, const QString& fileName)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(data);
    if (decode.hasError())
        return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey,
                         tr("%1: the file is not UTF-8 text").arg(fileName));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto read = records(text, fileName);
    if (!read.ok())
        return read.error();
    const QList<Record>& rows = read.value();
    const auto fail = [&](int line, const QString& message) {
        return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey,
                         tr("%1: line %2: %3").arg(fileName).arg(line).arg(message));
    };
    if (rows.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey,
                         tr("%1: the file is empty (it needs a header row)").arg(fileName));

    const QStringList elementCodes = SurveyQuestionnaire::codes();
    QStringList known{u"date"_s, u"service"_s};
    known << elementCodes << u"ticket"_s;
    for (const SurveyProfileField f : {SurveyProfileField::Sex, SurveyProfileField::Age,
                                       SurveyProfileField::Education, SurveyProfileField::Occupation})
        known << SurveyQuestionnaire::fieldCode(f);
    known << u"saran"_s;
    QHash<QString, int> column;
    const Record& header = rows.front();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!known.contains(name))
            return fail(header.line,
                        tr("\"%1\" is not a column of the survey (%2)").arg(name, known.join(u", "_s)));
        if (column.contains(name))
            return fail(header.line, tr("the column %1 appears twice").arg(name));
        column.insert(name, i);
    }
    QStringList required{u"date"_s, u"service"_s};
    required << elementCodes;
    for (const QString& name : required)
        if (!column.contains(name))
            return fail(header.line, tr("the required column %1 is missing").arg(name));

    QList<PaperResponse> out;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Record& rec = rows.at(r);
        if (rec.fields.size() != header.fields.size())
            return fail(
                rec.line,
                tr("%1 fields, but the header has %2").arg(rec.fields.size()).arg(header.fields.size()));
        const auto cell = [&](const QString& name) {
            return column.contains(name) ? rec.fields.at(column.value(name)).trimmed() : QString();
        };
        PaperResponse p;
        p.line = rec.line;
        p.date = QDate::fromString(cell(u"date"_s), Qt::ISODate);
        if (!p.date.isValid())
            return fail(rec.line, tr("date: \"%1\" is not a date YYYY-MM-DD").arg(cell(u"date"_s)));
        p.serviceCode = cell(u"service"_s);
        if (p.serviceCode.isEmpty())
            return fail(rec.line, tr("service: a service code is required"));
        for (const SurveyElement e : SurveyQuestionnaire::elements()) {
            const QString code = SurveyQuestionnaire::code(e);
            const QString value = cell(code);
            bool ok = false;
            const int score = value.toInt(&ok);
            if (!ok || score < kSurveyMinScore || score > kSurveyMaxScore || value.size() != 1)
                return fail(rec.line, tr("%1: \"%2\" is not 1–4").arg(code, value));
            p.answers.set(e, score);
        }
        if (const QString ticket = cell(u"ticket"_s); !ticket.isEmpty()) {
            p.ticket = TicketNumber::parse(ticket);
            if (!p.ticket)
                return fail(rec.line, tr("ticket: \"%1\" is not a ticket number like A-001").arg(ticket));
        }
        p.profile.sex = cell(u"sex"_s).toLower();
        p.profile.age = cell(u"age"_s).toLower();
        p.profile.education = cell(u"education"_s).toLower();
        p.profile.occupation = cell(u"occupation"_s).toLower();
        p.saran = column.contains(u"saran"_s) ? rec.fields.at(column.value(u"saran"_s)).trimmed() : QString();
        out.append(p);
    }
    return out;
}

Result<QList<PaperResponse>> SurveyCsv::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey,
                         tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    return parse(file.readAll(), QFileInfo(path).fileName());
}

} // namespace antre
