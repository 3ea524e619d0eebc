#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <optional>

class QSqlDatabase;

namespace antre {

// The audit log's head a report was made from, printed on it: whoever holds the paper can later check that
// the log still has that event with that hash (antre audit verify, or a seal taken since), so a report and
// the log it came from cannot drift apart unnoticed. The supervisor's daily report prints it; the Ombudsman
// report is to print the same (read it in the same read transaction as its figures).
struct ReportHead
{
    Q_DECLARE_TR_FUNCTIONS(ReportHead)
public:
    qint64 events = 0; // the newest event's number (0 for an empty log)
    QString hash;      // its stored hash (64 hex digits)
    // The newest seal in the hall's seal file (AuditSeals: beside an SQLite file, in the seal folder for
    // PostgreSQL), as recorded there; whether it holds is what `antre audit verify` checks. None if never
    // sealed.
    std::optional<QDateTime> sealedAt; // UTC
    qint64 sealedEvents = 0;

    // The head of the log on `db` now, and the newest seal of the hall at `databasePath` (Database::path).
    static Result<ReportHead> read(QSqlDatabase& db, const QString& databasePath);

    // The hash as printed: its first 16 hex digits, enough to compare by eye and to find the event.
    QString shortHash() const;
    // One line for a report, times local to `zone`: "Made from the audit log up to event 1234 (head
    // 3f2a9c1b0e4d5a6b…); newest seal 2026-11-23 17.00, up to event 1200."
    QString text(const QTimeZone& zone) const;
    // {"events", "hash", "sealed_at" (ISO 8601 UTC or null), "sealed_events" (or null)}.
    QJsonObject toJson() const;
};

} // namespace antre
