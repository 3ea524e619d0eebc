#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace antre {

// A ticket's public number: service prefix and a per-day sequence, shown as "A-001".
class TicketNumber final
{
public:
    TicketNumber() = default;
    TicketNumber(QString prefix, int sequence);

    static std::optional<TicketNumber> parse(const QString& text);

    const QString& prefix() const { return m_prefix; }
    int sequence() const { return m_sequence; }
    bool isValid() const { return !m_prefix.isEmpty() && m_sequence > 0; }
    // "A-001"; four digits after 999 ("A-1000").
    QString toString() const;
    // The digits as printed, e.g. "001" or "1000".
    QString digits() const;

    friend bool operator==(const TicketNumber&, const TicketNumber&) = default;

private:
    QString m_prefix;
    int m_sequence = 0;
};

enum class TicketStatus
{
    Waiting,
    Called,
    Serving,
    Done,
    NoShow,
    Cancelled,
    Expired
};
enum class Outcome
{
    Completed,
    Incomplete,
    Referred
};
enum class CounterState
{
    Closed,
    Open,
    Break
};
enum class Role
{
    Officer,
    Supervisor,
    Admin
};

// Stable, untranslated identifiers used in the database, JSON and CSV.
QString toKey(TicketStatus status);
QString toKey(Outcome outcome);
QString toKey(CounterState state);
QString toKey(Role role);
std::optional<TicketStatus> ticketStatusFromKey(const QString& key);
std::optional<Outcome> outcomeFromKey(const QString& key);
std::optional<CounterState> counterStateFromKey(const QString& key);
std::optional<Role> roleFromKey(const QString& key);

// Translated labels for people.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString status(TicketStatus status);
    static QString outcome(Outcome outcome);
    static QString counterState(CounterState state);
    static QString role(Role role);
    static QString weekday(int isoWeekday);      // 1 = Monday
    static QString weekdayShort(int isoWeekday); // 1 = Monday
    static QStringList breakReasons();           // suggested reasons, translated
};

} // namespace antre
