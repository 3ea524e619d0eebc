#pragma once

#include <QList>
#include <QString>

namespace antre {

// One check of the hall's consistency and what it found.
struct IntegrityFinding
{
    QString check;   // what was checked, in the program's language ("audit chain")
    bool ok = true;  // false: problem says what is wrong (or, after a repair, what was changed)
    QString problem; // empty when ok
};

// The consistency of a hall's stored data: the storage's own integrity, the audit chain, the queue's
// invariants and the report summaries. Checking never changes anything; a repair changes only what can be
// made again from the tickets (the report summaries), and its finding says what it changed.
class IntegrityService
{
public:
    enum class Mode
    {
        ReadOnly,
        Repair
    };

    IntegrityService() = default;
    virtual ~IntegrityService();
    Q_DISABLE_COPY_MOVE(IntegrityService)

    // Every check, in a fixed order, each with its finding; a check that cannot run is a finding too.
    virtual QList<IntegrityFinding> check(Mode mode = Mode::ReadOnly) = 0;
};

} // namespace antre
