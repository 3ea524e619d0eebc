#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

class QSqlDatabase;

namespace antre {

// Today's figures of one officer, read from the audit log: every ticket event carries the officer.
struct OfficerFigures
{
    int called = 0;
    int served = 0; // finished, any outcome
    int noShow = 0;
    int transferred = 0;
    qint64 medianServiceSecs = -1; // start of service to finish; -1 without a finished service

    // dayStartUtc..nowUtc is today in the hall's time zone.
    static Result<OfficerFigures> read(QSqlDatabase& db, const QString& staffId, const QDateTime& dayStartUtc,
                                       const QDateTime& nowUtc);
};

} // namespace antre
