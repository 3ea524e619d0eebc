#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace antre::test {

// A set of antre-worker processes running at once, with their output lines collected.
class Workers final
{
public:
    Workers() = default;
    ~Workers();
    Q_DISABLE_COPY_MOVE(Workers)

    QProcess* start(const QStringList& args, const QString& now);
    // Event-loop wait with a deadline until every process has finished.
    bool waitAll(int deadlineMs);
    // Waits until the processes together printed at least `lines` lines (or all finished).
    bool waitForLines(int lines, int deadlineMs);
    void killAll();
    QStringList lines(const QProcess* process) const;
    QStringList allLines() const;
    const std::vector<std::unique_ptr<QProcess>>& processes() const { return m_processes; }

private:
    void collect() const;
    std::vector<std::unique_ptr<QProcess>> m_processes;
    mutable std::vector<QString> m_output;
};

} // namespace antre::test
