#pragma once

#include "core/Result.h"

#include <QString>

#include <limits>

// What every part of the report code shares: its units and limits.
namespace antre::report {

constexpr qint64 kMsPerMin = 60'000;
constexpr int kHours = 24;
// Group numbers are kept in 16 bits so that a year of tickets fits in memory compactly; the ticket query
// packs two ids in one column (fewer columns read per row is most of the speed), so ids fit in 16 bits too.
constexpr qsizetype kMaxGroups = std::numeric_limits<quint16>::max();
constexpr qint64 kIdBase = 65536;
constexpr quint32 kNoValue = std::numeric_limits<quint32>::max();

inline double minutes(qint64 ms)
{
    return double(ms) / kMsPerMin;
}

// Staffing minutes are whole minutes, rounded to the nearest.
inline int wholeMinutes(qint64 ms)
{
    return int((ms + kMsPerMin / 2) / kMsPerMin);
}

inline Error internalError(const QString& message)
{
    return makeError(ErrorKind::Internal, ErrorCode::Report, message);
}

} // namespace antre::report
