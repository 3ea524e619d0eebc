#pragma once

#include <QFrame>

class QLabel;

namespace antre {

struct HallAccess;

// The nightly backup on the dashboard: when the last one was made and checked, or in red why it failed or
// that there has been none for two days. Read from the hall (BackupService), where the backup script
// records each run, so it shows on the supervisor's PC whichever machine ran the backup.
class BackupTile final : public QFrame
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown, // not read yet, or the hall could not be read
        Ok,
        Failed,
        Missing, // no backup recorded in the last kMissingAfterDays days
    };
    static constexpr int kMissingAfterDays = 2;

    explicit BackupTile(HallAccess& hall, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BackupTile)

    void refresh();
    State state() const { return m_state; }
    QString text() const;

private:
    void show(State state, const QString& text, const QString& description);
    QString when(const QDateTime& atUtc) const;

    HallAccess& m_hall;
    QLabel* m_text;
    State m_state = State::Unknown;
};

} // namespace antre
