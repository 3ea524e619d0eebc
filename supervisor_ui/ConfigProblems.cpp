#include "supervisor_ui/ConfigProblems.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

ConfigProblems::ConfigProblems(const QStringList& messages)
{
    for (const auto& message : messages) {
        // Paths never contain ": ", so the first one ends the path.
        const qsizetype split = message.indexOf(u": "_s);
        if (split < 0)
            m_problems.append({QString(), message});
        else
            m_problems.append({message.left(split), message.mid(split + 2)});
    }
}

bool ConfigProblems::isWithin(const QString& path, const QString& outer)
{
    if (!path.startsWith(outer))
        return false;
    return path.size() == outer.size() || path.at(outer.size()) == u'.' || path.at(outer.size()) == u'[';
}

QString ConfigProblems::relative(const QString& path, const QString& outer)
{
    if (!isWithin(path, outer) || path.size() == outer.size())
        return {};
    return path.mid(outer.size() + (path.at(outer.size()) == u'.' ? 1 : 0));
}

QList<ConfigProblem> ConfigProblems::within(const QString& outer) const
{
    QList<ConfigProblem> found;
    for (const auto& problem : m_problems)
        if (isWithin(problem.path, outer))
            found.append(problem);
    return found;
}

} // namespace antre
