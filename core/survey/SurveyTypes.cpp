#include "core/survey/SurveyTypes.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QString toKey(SurveySource source)
{
    switch (source) {
    case SurveySource::Kiosk:
        return u"kiosk"_s;
    case SurveySource::Booth:
        return u"booth"_s;
    case SurveySource::Paper:
        return u"paper"_s;
    case SurveySource::Cli:
        return u"cli"_s;
    }
    return {};
}

QString toKey(IkmGrouping grouping)
{
    switch (grouping) {
    case IkmGrouping::None:
        return {};
    case IkmGrouping::Service:
        return u"service"_s;
    case IkmGrouping::Agency:
        return u"agency"_s;
    case IkmGrouping::Counter:
        return u"counter"_s;
    case IkmGrouping::Staff:
        return u"staff"_s;
    }
    return {};
}

std::optional<IkmGrouping> ikmGroupingFromKey(const QString& key)
{
    for (const IkmGrouping g :
         {IkmGrouping::Service, IkmGrouping::Agency, IkmGrouping::Counter, IkmGrouping::Staff})
        if (toKey(g) == key)
            return g;
    return std::nullopt;
}

void SurveyAnswers::set(SurveyElement element, int score)
{
    m_scores.at(static_cast<std::size_t>(SurveyQuestionnaire::index(element))) = score;
}

int SurveyAnswers::score(SurveyElement element) const
{
    return m_scores.at(static_cast<std::size_t>(SurveyQuestionnaire::index(element)));
}

QString SurveyAnswers::problem() const
{
    QStringList missing;
    for (const SurveyElement e : SurveyQuestionnaire::elements()) {
        const int s = score(e);
        if (s == 0)
            missing << SurveyQuestionnaire::code(e);
        else if (s < kSurveyMinScore || s > kSurveyMaxScore)
            return tr("%1: \"%2\" is not 1–4").arg(SurveyQuestionnaire::code(e)).arg(s);
    }
    if (!missing.isEmpty())
        return tr("every element must be answered; missing: %1").arg(missing.join(u", "_s));
    return {};
}

Result<SurveyAnswers> SurveyAnswers::parse(const QString& text)
{
    SurveyAnswers answers;
    QSet<QString> seen;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString code = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        const auto element = SurveyQuestionnaire::fromCode(code);
        if (!element)
            return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey,
                             tr("\"%1\" is not a survey element (%2)")
                                 .arg(code, SurveyQuestionnaire::codes().join(u", "_s)));
        if (seen.contains(code))
            return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey, tr("%1 is answered twice").arg(code));
        seen.insert(code);
        bool ok = false;
        const int score = value.toInt(&ok);
        // One digit, as the import reads a paper form's cell: "04" or "+4" is a typing slip, not a score.
        if (!ok || score < kSurveyMinScore || score > kSurveyMaxScore || value.size() != 1)
            return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey,
                             tr("%1: \"%2\" is not 1–4").arg(code, value));
        answers.set(*element, score);
    }
    if (const QString problem = answers.problem(); !problem.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::BadSurvey, problem);
    return answers;
}

} // namespace antre
