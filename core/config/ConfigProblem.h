#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace antre {

// One problem of a configuration, where the JSON path says: "services[2].hours.fri[0]".
struct ConfigProblem
{
    QString path;
    QString text;
    friend bool operator==(const ConfigProblem&, const ConfigProblem&) = default;
};
using ConfigProblems = QList<ConfigProblem>;

namespace configpath {

QString child(const QString& path, QStringView key); // "services[2]" + "code" -> "services[2].code"
QString item(const QString& path, qsizetype index);  // "services" + 2 -> "services[2]"
// True when `path` is `outer` or lies inside it ("services[2]" contains "services[2].code").
bool isWithin(const QString& path, const QString& outer);
// "<prefix><path>: <text>" per problem; a problem of the whole document (empty path) is "<prefix><text>".
QStringList format(const ConfigProblems& problems, const QString& prefix);

} // namespace configpath

} // namespace antre
