#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace antre {

// Tells a process when any connection (another process, or another connection in this one) has
// committed to the database. It polls SQLite's PRAGMA data_version on a private connection: a read of
// the shared-memory WAL index, so idle cost is near zero and no file is re-read.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit ChangeWatcher(const QString& databasePath, int intervalMs = 25, QObject* parent = nullptr);
    ~ChangeWatcher() override;
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

    void start();
    void stop();
    bool isActive() const;

Q_SIGNALS:
    void databaseChanged();

private:
    void poll();

    QString m_connection;
    QTimer* m_timer;
    qint64 m_lastVersion = -1;
};

} // namespace antre
