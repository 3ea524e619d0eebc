// Database: the write transaction (BEGIN … COMMIT with the write lock and the change notification, its
// retries and what its failures mean for the person at the booth).
#include "core/storage/Database.h"
#include "core/storage/DriverProperties.h"
#include "core/storage/PostgresDialect.h"

#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace property = driver_property;

Result<QSqlQuery> Database::runEach(QSqlDatabase& db, const QString& sql)
{
    auto query = run(db, sql);
    if (!query.ok())
        return query;
    // exec() reports the first statement's answer; the others' come as further result sets, each read to
    // its end, so that a later statement's error (the lock after BEGIN, the COMMIT after NOTIFY) is seen.
    while (query.value().nextResult()) {
    }
    if (query.value().lastError().isValid())
        return statementError(sql, query.value());
    return query;
}

Status Database::write(const std::function<Status(QSqlDatabase&)>& body)
{
    // A damaged file found by any earlier statement: writing on would build on rows that cannot be read.
    if (auto refused = refuseWrite(); !refused.ok())
        return refused;
    if (m_writeRefusal)
        return *m_writeRefusal;
    if (m_readOnly)
        return makeError(ErrorKind::BadInput, ErrorCode::ReadOnly,
                         tr("%1: the database is read-only for this user; nothing was saved").arg(m_path));
    if (m_inBatch) {
        // Inside batch(): a savepoint gives the body the same all-or-nothing as its own transaction.
        if (auto begin = run(m_db, u"SAVEPOINT antre_write"_s); !begin.ok())
            return begin.error();
        Status result = body(m_db);
        if (!result.ok() || corruption())
            (void)run(m_db, u"ROLLBACK TO antre_write"_s);
        if (result.ok())
            if (auto corrupt = corruption())
                result = *corrupt;
        if (auto release = run(m_db, u"RELEASE antre_write"_s); !release.ok() && result.ok())
            return release.error();
        return result.ok() ? result : Status(storageError(result.error()));
    }
    // A connection lost since the last statement is opened again first: nothing of this write has run yet.
    if (auto connected = ensureConnected(); !connected.ok())
        return connected;
    // Sent together, one round trip each (see SqlDialect::sendsStatementsTogether).
    const bool together = m_dialect->sendsStatementsTogether();
    QStringList beginStatements{m_dialect->beginWriteStatement()};
    QStringList commitStatements{u"COMMIT"_s};
    if (together) {
        beginStatements += m_dialect->afterBeginWriteStatements();
        commitStatements = m_dialect->beforeCommitStatements() + commitStatements;
    }
    const QString beginText = beginStatements.join(u"; "_s);
    const QString commitText = commitStatements.join(u"; "_s);
    // Another writer held the lock past the busy timeout, or a server rolled this write back on every try.
    const auto lockedError = [this] {
        return makeError(ErrorKind::Internal, ErrorCode::Locked,
                         tr("%1: the database is locked by another program (waited %2 s); try again")
                             .arg(m_path)
                             .arg(kBusyTimeoutMs / 1000));
    };
    const auto once = [&]() -> Status {
        if (QSqlDriver* driver = m_db.driver())
            driver->setProperty(property::kState, QVariant());
        // The write lock up front, so two writers never deadlock half-way and "read max, insert max+1" is
        // safe across processes.
        if (auto begin = together ? runEach(m_db, beginText) : run(m_db, beginText); !begin.ok()) {
            // Together, BEGIN may have opened the transaction and the lock failed in it.
            if (together && begin.error().code != ErrorCode::Unreachable)
                (void)run(m_db, u"ROLLBACK"_s);
            if (m_dialect->classify(begin.error().message) == StorageFault::Busy)
                return lockedError();
            // A lost connection says so (unreachable), as it does for the statements after BEGIN.
            if (together || begin.error().code == ErrorCode::Unreachable ||
                m_dialect->classify(begin.error().message) == StorageFault::Unreachable)
                return storageError(begin.error());
            return begin.error();
        }
        for (const QString& statement : together ? QStringList() : m_dialect->afterBeginWriteStatements())
            if (auto locked = run(m_db, statement); !locked.ok()) {
                (void)run(m_db, u"ROLLBACK"_s);
                if (m_dialect->classify(locked.error().message) == StorageFault::Busy)
                    return lockedError();
                return storageError(locked.error());
            }
        Status result = body(m_db);
        // A body that met a damaged page but went on (a read it took for "no rows") commits nothing either.
        if (result.ok())
            if (auto corrupt = corruption())
                result = *corrupt;
        for (const QString& statement : together ? QStringList() : m_dialect->beforeCommitStatements())
            if (!result.ok())
                break;
            else if (auto sent = run(m_db, statement); !sent.ok())
                result = sent.error();
        if (!result.ok()) {
            (void)run(m_db, u"ROLLBACK"_s);
            return storageError(result.error());
        }
        // Together, a failed statement before COMMIT counts as a failed COMMIT: a connection lost while the
        // text was on its way leaves unknown whether the server committed it.
        if (auto commit = together ? runEach(m_db, commitText) : run(m_db, commitText); !commit.ok()) {
            (void)run(m_db, u"ROLLBACK"_s);
            const Error failed = storageError(commit.error());
            if (failed.code == ErrorCode::Unreachable)
                // The server may have committed before the connection went: only a retry that recognises its
                // own first attempt (a request key) is safe.
                return makeError(
                    ErrorKind::Internal, ErrorCode::ConnectionLost,
                    tr("%1: the connection to the database server was lost while saving; whether "
                       "it was saved is unknown: %2")
                        .arg(m_path, commit.error().message));
            return failed;
        }
        return result;
    };
    // PostgreSQL may roll a transaction back to resolve a deadlock or a serialization failure (not under
    // the one write lock every writer takes, but a write that meets another's row locks might): it is run
    // again, a few times, from the start; a body keeps nothing of a failed run but what it returns.
    constexpr int kWriteAttempts = 3;
    bool reconnected = false;
    for (int attempt = 1;; ++attempt) {
        m_inWrite = true;
        Status result = once();
        m_inWrite = false;
        const QSqlDriver* driver = m_db.driver();
        // A connection that had died while idle (the server restarted overnight) fails at BEGIN or inside the
        // body, before any COMMIT: nothing was saved, so the write runs again once on a new connection.
        if (!result.ok() && result.error().code == ErrorCode::Unreachable && !reconnected && driver &&
            driver->property(property::kLost).toBool()) {
            reconnected = true;
            if (ensureConnected().ok())
                continue;
        }
        const bool retry = driver && driver->dbmsType() == QSqlDriver::PostgreSQL &&
                           PostgresDialect::isRetryableState(driver->property(property::kState).toString());
        if (result.ok() || !retry)
            return result;
        if (attempt >= kWriteAttempts)
            return lockedError();
    }
}

Status Database::batch(const std::function<Status()>& body)
{
    if (m_inBatch)
        return body();
    auto status = write([&](QSqlDatabase&) -> Status {
        m_inBatch = true;
        Status result = body();
        m_inBatch = false;
        return result;
    });
    m_inBatch = false;
    return status;
}

Error Database::storageError(const Error& error) const
{
    // SQLite reports a full disk (or max_page_count) while the body inserts, not only at COMMIT, and a
    // file that cannot grow (quota, file size limit, failing disk) as an I/O error. Either way the
    // transaction was rolled back, which is what the person at the booth needs to know.
    if (error.kind != ErrorKind::Internal || error.code == ErrorCode::Corrupt)
        return error;
    const StorageFault fault =
        error.code == ErrorCode::Unreachable ? StorageFault::Unreachable : m_dialect->classify(error.message);
    switch (fault) {
    case StorageFault::DiskFull:
        return makeError(ErrorKind::Internal, ErrorCode::DiskFull,
                         tr("%1: the disk is full; nothing was saved").arg(m_path));
    case StorageFault::ReadOnly:
        return makeError(ErrorKind::BadInput, ErrorCode::ReadOnly,
                         tr("%1: the database is read-only for this user; nothing was saved").arg(m_path));
    case StorageFault::Denied:
        // The role this device logs in with (antre server init) does not allow it: a rule, not a failure.
        return makeError(ErrorKind::Refused, ErrorCode::ReadOnly,
                         tr("%1: this device's database role may not make this change (permission denied); "
                            "nothing was saved")
                             .arg(m_path));
    case StorageFault::Unreachable:
        // The outcome of a COMMIT whose answer was lost is unknown: no "nothing was saved" here.
        return makeError(
            ErrorKind::Internal, ErrorCode::Unreachable,
            tr("%1: the connection to the database server was lost: %2").arg(m_path, error.message));
    case StorageFault::Io:
        return makeError(ErrorKind::Internal, ErrorCode::Io,
                         tr("%1: cannot write to the disk (full or failing); nothing was saved").arg(m_path));
    default:
        return error;
    }
}

} // namespace antre
