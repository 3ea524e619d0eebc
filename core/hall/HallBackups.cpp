#include "core/hall/HallBackups.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/config/TextRules.h"
#include "core/storage/Database.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// The script passes what a failed command said: kept as the database returns it, and not without end.
QString storable(const QString& text)
{
    QString out;
    for (const char32_t c :
         TextRules::codePoints(text).mid(0, TextRules::maxLength(TextRules::Kind::Paragraph)))
        out += (c == 0 || TextRules::isSurrogate(c) || TextRules::isNoncharacter(c))
                   ? QString(QChar(0xFFFD))
                   : QString::fromUcs4(&c, 1);
    return out;
}

} // namespace

HallBackups::HallBackups(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

HallBackups::~HallBackups() = default;

Result<qint64> HallBackups::record(const BackupRun& run)
{
    const QJsonObject data{
        {u"ok"_s, run.ok}, {u"file"_s, storable(run.file)}, {u"reason"_s, storable(run.reason)}};
    qint64 id = 0;
    const Status written = m_db.write([&](QSqlDatabase& db) -> Status {
        auto appended = AuditLog::append(db, m_clock.now(), EventKind::BackupRecorded, data);
        if (!appended.ok())
            return appended.error();
        id = appended.value();
        return Done{};
    });
    if (!written.ok())
        return written.error();
    return id;
}

Result<std::optional<BackupRun>> HallBackups::latest(const QDateTime& sinceUtc)
{
    // A day past now: the script's machine may record with a clock a little ahead of this one's.
    auto events =
        AuditLog::range(m_db.sql(), sinceUtc, m_clock.now().addDays(1), {EventKind::BackupRecorded});
    if (!events.ok())
        return events.error();
    if (events.value().isEmpty())
        return std::optional<BackupRun>{};
    const AuditEvent& e = events.value().constLast();
    BackupRun run;
    run.at = e.at;
    run.ok = e.data.value(u"ok"_s).toBool();
    run.file = e.data.value(u"file"_s).toString();
    run.reason = e.data.value(u"reason"_s).toString();
    return std::optional<BackupRun>(run);
}

} // namespace antre
