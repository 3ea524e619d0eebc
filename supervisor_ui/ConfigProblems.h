#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace antre {

struct ConfigProblem
{
    QString path;    // e.g. "services[2].hours.fri[0]"
    QString message; // e.g. "\"8:00-11.30\" is not HH:MM-HH:MM"
};

// The validator's findings ("<json.path>: <problem>", as ConfigIo::validate returns them), split so that
// each can be shown next to the field it is about.
class ConfigProblems final
{
public:
    ConfigProblems() = default;
    explicit ConfigProblems(const QStringList& messages);

    bool isEmpty() const { return m_problems.isEmpty(); }
    qsizetype size() const { return m_problems.size(); }
    const QList<ConfigProblem>& all() const { return m_problems; }
    // Problems at or inside `outer` ("services[2]" holds "services[2].prefix" but not "services[20]").
    QList<ConfigProblem> within(const QString& outer) const;
    static bool isWithin(const QString& path, const QString& outer);
    // The part of `path` below `outer`: "prefix" for ("services[2].prefix", "services[2]").
    static QString relative(const QString& path, const QString& outer);

private:
    QList<ConfigProblem> m_problems;
};

} // namespace antre
