#pragma once

#include "core/Result.h"
#include "core/survey/SurveyTypes.h"

#include <QCoreApplication>
#include <QDate>

namespace antre {

class Database;

// Reads the IKM of a period: the responses' counts and score sums per group (one aggregate query, the
// database does the adding) and the served tickets of the same groups, the population of the sample.
class IkmReader final
{
    Q_DECLARE_TR_FUNCTIONS(IkmReader)
public:
    explicit IkmReader(Database& db);
    Q_DISABLE_COPY_MOVE(IkmReader)

    Result<IkmReport> read(QDate from, QDate to, IkmGrouping by);

private:
    Database& m_db;
};

} // namespace antre
