#pragma once

#include "core/Result.h"
#include "core/survey/SurveyTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace antre {

// The paper forms' CSV (antre survey import): UTF-8 with a header row; required columns date (YYYY-MM-DD),
// service (code) and the nine element codes, optional ticket, sex, age, education, occupation, saran, in
// any order. Every problem names the file, the line and the column: `survey.csv: line 14: biaya: "5" is not
// 1–4`. What needs the hall (the service exists, the ticket was served) is checked by SurveyService.
class SurveyCsv final
{
    Q_DECLARE_TR_FUNCTIONS(SurveyCsv)
public:
    static Result<QList<PaperResponse>> parse(const QByteArray& data, const QString& fileName);
    static Result<QList<PaperResponse>> readFile(const QString& path);
};

} // namespace antre
