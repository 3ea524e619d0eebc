#pragma once

#include <QString>

namespace antre {

// Which officer last used this booth PC and at which counter, kept in a small file beside the database
// so that after a crash or restart the login is prefilled and the booth resumes. No PIN is ever kept.
class BoothMemory final
{
public:
    explicit BoothMemory(QString filePath);
    Q_DISABLE_COPY_MOVE(BoothMemory)

    // "<folder>/<database name>.counter.ini" for an SQLite file; for a PostgreSQL location (a URI,
    // service=NAME, a conninfo) "<user config folder>/antre/<location made a file name>-<hash>.counter.ini".
    static QString defaultPath(const QString& databasePath);

    QString staffId() const;
    QString counterCode() const;
    void remember(const QString& staffId, const QString& counterCode);
    void forgetCounter();
    const QString& path() const { return m_path; }

private:
    QString m_path;
};

} // namespace antre
