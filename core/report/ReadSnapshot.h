#pragma once

#include <QSqlDatabase>
#include <QtGlobal>

namespace antre::report {

// Reads the whole report from one snapshot, so figures agree with each other while kiosks keep writing.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(QSqlDatabase& db) : m_db(db), m_open(db.transaction()) {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.commit();
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase& m_db;
    bool m_open;
};

} // namespace antre::report
