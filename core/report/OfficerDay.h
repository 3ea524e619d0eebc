#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QString>

namespace antre {

class Database;

// One officer's figures of the day so far, read from the audit log: every ticket event carries the officer.
// (What the booth shows; the hall's reports count tickets instead, see ReportBuilder.)
struct OfficerDay
{
    int called = 0;
    int served = 0; // finished, any outcome
    int noShow = 0;
    int transferred = 0;
    qint64 medianServiceSecs = -1; // start of service to finish; -1 without a finished service

    // The events of dayStartUtc..nowUtc (both included), that is today in the hall's time zone.
    static Result<OfficerDay> read(Database& db, const QString& staffId, const QDateTime& dayStartUtc,
                                   const QDateTime& nowUtc);
};

} // namespace antre
