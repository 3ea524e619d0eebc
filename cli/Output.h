#pragma once

#include <QJsonObject>
#include <QString>

namespace antre::cli {

// Standard output as UTF-8, flushed (a script reading a pipe sees each line at once).
void printOut(const QString& text);
// Standard error: "antre: text\n".
void printErr(const QString& text);
// One JSON object on one line.
QString jsonText(const QJsonObject& object);

} // namespace antre::cli
