#pragma once

#include "core/survey/SurveyTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace antre {

// An IKM report as text, CSV (through report/CsvWriter) or JSON: one place, for the CLI now and the
// supervisor's export later.
class IkmExport final
{
    Q_DECLARE_TR_FUNCTIONS(IkmExport)
public:
    // "312 of 357 responses needed"
    static QString sampleText(const IkmGroup& group);
    static QString toText(const IkmReport& report);
    static QByteArray toCsv(const IkmReport& report);
    // {"from","to","responses","ikm","band","nrr":{…},"population","sample_needed"[,"by","groups":[…]]};
    // "ikm" and "band" are null without responses.
    static QJsonObject toJson(const IkmReport& report);
    static QJsonObject groupJson(const IkmGroup& group);
};

} // namespace antre
