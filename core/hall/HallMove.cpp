#include "core/hall/HallMove.h"

#include "core/hall/Hall.h"
#include "core/services/AuditService.h"
#include "core/services/IntegrityService.h"
#include "core/storage/Database.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// The failed findings of antre check and the chain's length from audit verify, or why they failed.
struct Checked
{
    QStringList problems;
    qint64 events = 0;
};

Checked checkHall(Hall& hall)
{
    Checked checked;
    for (const IntegrityFinding& finding : hall.services().integrity.check(IntegrityService::Mode::ReadOnly))
        if (!finding.ok)
            checked.problems << finding.check + u": "_s + finding.problem;
    auto verified = hall.services().audit.verify();
    if (verified.ok())
        checked.events = verified.value();
    else
        checked.problems << verified.error().message;
    return checked;
}

} // namespace

Result<HallMoveResult> HallMove::run(const QString& from, const QString& to, IfNotEmpty ifNotEmpty,
                                     const Clock& clock)
{
    if (from.isEmpty() || to.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::Usage, tr("migrate needs both --from and --to"));
    if (from == to)
        return makeError(ErrorKind::BadInput, ErrorCode::Usage,
                         tr("%1: the source and the target are the same database").arg(from));
    HallMoveResult result;
    {
        auto source = Hall::open(from, clock, Hall::IfMissing::Fail);
        if (!source.ok())
            return source.error();
        const Checked checked = checkHall(*source.value());
        if (!checked.problems.isEmpty())
            return makeError(
                ErrorKind::Refused, ErrorCode::Corrupt,
                tr("%1 fails its checks, so it is not moved (repair it, or restore a good backup "
                   "first): %2")
                    .arg(from, checked.problems.join(u"; "_s)));
        result.auditEvents = checked.events;
    }
    auto source =
        Database::open(from, Database::Mode::ReadOnly, Database::Durability::Full, Database::IfMissing::Fail);
    if (!source.ok())
        return source.error();
    {
        auto target = Database::open(to, Database::Mode::ReadWrite, Database::Durability::Full,
                                     Database::IfMissing::Create);
        if (!target.ok())
            return target.error();
        auto copied = TableCopy::copy(*source.value(), *target.value(),
                                      ifNotEmpty == IfNotEmpty::Replace ? TableCopy::IfNotEmpty::Replace
                                                                        : TableCopy::IfNotEmpty::Refuse);
        if (!copied.ok())
            return copied.error();
        result.tables = copied.value();
    }
    const auto undo = [&](const QString& why) -> Error {
        auto target = Database::open(to, Database::Mode::ReadWrite, Database::Durability::Full,
                                     Database::IfMissing::Fail);
        const bool emptied = target.ok() && TableCopy::clear(*target.value()).ok();
        return makeError(ErrorKind::Internal, ErrorCode::Database,
                         emptied
                             ? tr("the copy in %1 failed its checks and was emptied again: %2").arg(to, why)
                             : tr("the copy in %1 failed its checks and could not be emptied; empty it "
                                  "before using it: %2")
                                   .arg(to, why));
    };
    auto target = Hall::open(to, clock, Hall::IfMissing::Fail);
    if (!target.ok())
        return undo(target.error().message);
    const Checked checked = checkHall(*target.value());
    target.value().reset();
    if (!checked.problems.isEmpty())
        return undo(checked.problems.join(u"; "_s));
    if (checked.events != result.auditEvents)
        return undo(tr("the audit chain holds %1 events in the source and %2 in the copy")
                        .arg(result.auditEvents)
                        .arg(checked.events));
    return result;
}

} // namespace antre
