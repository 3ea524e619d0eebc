#include "core/config/ConfigProblem.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::configpath {

QString child(const QString& path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key.toString();
}

QString item(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool isWithin(const QString& path, const QString& outer)
{
    if (!path.startsWith(outer))
        return false;
    return path.size() == outer.size() || path.at(outer.size()) == u'.' || path.at(outer.size()) == u'[';
}

QStringList format(const ConfigProblems& problems, const QString& prefix)
{
    QStringList lines;
    for (const auto& problem : problems)
        lines.append(problem.path.isEmpty() ? QString(prefix + problem.text)
                                            : QString(prefix + problem.path + u": "_s + problem.text));
    return lines;
}

} // namespace antre::configpath
