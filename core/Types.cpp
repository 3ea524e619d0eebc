#include "core/Types.h"

#include "core/Result.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace antre {

TicketNumber::TicketNumber(QString prefix, int sequence) : m_prefix(std::move(prefix)), m_sequence(sequence)
{}

std::optional<TicketNumber> TicketNumber::parse(const QString& text)
{
    static const QRegularExpression pattern(u"^([A-Za-z]{1,3})-?(\\d{1,5})$"_s);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int sequence = match.captured(2).toInt();
    if (sequence <= 0)
        return std::nullopt;
    return TicketNumber(match.captured(1).toUpper(), sequence);
}

QString TicketNumber::digits() const
{
    return u"%1"_s.arg(m_sequence, 3, 10, QLatin1Char('0'));
}

QString TicketNumber::toString() const
{
    return m_prefix + u'-' + digits();
}

namespace {
template <typename E, std::size_t N>
std::optional<E> fromKey(const QString& key, const std::array<std::pair<E, const char16_t*>, N>& table)
{
    for (const auto& [value, name] : table)
        if (key == QStringView(name))
            return value;
    return std::nullopt;
}
template <typename E, std::size_t N>
QString toKeyIn(E value, const std::array<std::pair<E, const char16_t*>, N>& table)
{
    for (const auto& [v, name] : table)
        if (v == value)
            return QString::fromUtf16(name);
    return {};
}

constexpr std::array<std::pair<TicketStatus, const char16_t*>, 7> kStatus{{
    {TicketStatus::Waiting, u"waiting"},
    {TicketStatus::Called, u"called"},
    {TicketStatus::Serving, u"serving"},
    {TicketStatus::Done, u"done"},
    {TicketStatus::NoShow, u"no_show"},
    {TicketStatus::Cancelled, u"cancelled"},
    {TicketStatus::Expired, u"expired"},
}};
constexpr std::array<std::pair<Outcome, const char16_t*>, 3> kOutcome{{
    {Outcome::Completed, u"completed"},
    {Outcome::Incomplete, u"incomplete"},
    {Outcome::Referred, u"referred"},
}};
constexpr std::array<std::pair<CounterState, const char16_t*>, 3> kCounter{{
    {CounterState::Closed, u"closed"},
    {CounterState::Open, u"open"},
    {CounterState::Break, u"break"},
}};
constexpr std::array<std::pair<Role, const char16_t*>, 3> kRole{{
    {Role::Officer, u"officer"},
    {Role::Supervisor, u"supervisor"},
    {Role::Admin, u"admin"},
}};
} // namespace

QString toKey(TicketStatus status)
{
    return toKeyIn(status, kStatus);
}
QString toKey(Outcome outcome)
{
    return toKeyIn(outcome, kOutcome);
}
QString toKey(CounterState state)
{
    return toKeyIn(state, kCounter);
}
QString toKey(Role role)
{
    return toKeyIn(role, kRole);
}
std::optional<TicketStatus> ticketStatusFromKey(const QString& key)
{
    return fromKey(key, kStatus);
}
std::optional<Outcome> outcomeFromKey(const QString& key)
{
    return fromKey(key, kOutcome);
}
std::optional<CounterState> counterStateFromKey(const QString& key)
{
    return fromKey(key, kCounter);
}
std::optional<Role> roleFromKey(const QString& key)
{
    return fromKey(key, kRole);
}

QString Labels::status(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return tr("waiting");
    case TicketStatus::Called:
        return tr("called");
    case TicketStatus::Serving:
        return tr("being served");
    case TicketStatus::Done:
        return tr("done");
    case TicketStatus::NoShow:
        return tr("no-show");
    case TicketStatus::Cancelled:
        return tr("cancelled");
    case TicketStatus::Expired:
        return tr("expired");
    }
    return {};
}

QString Labels::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return tr("completed");
    case Outcome::Incomplete:
        return tr("incomplete");
    case Outcome::Referred:
        return tr("referred");
    }
    return {};
}

QString Labels::counterState(CounterState state)
{
    switch (state) {
    case CounterState::Closed:
        return tr("closed");
    case CounterState::Open:
        return tr("open");
    case CounterState::Break:
        return tr("on break");
    }
    return {};
}

QString Labels::role(Role role)
{
    switch (role) {
    case Role::Officer:
        return tr("officer");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Admin:
        return tr("administrator");
    }
    return {};
}

QString Labels::weekday(int isoWeekday)
{
    switch (isoWeekday) {
    case 1:
        return tr("Monday");
    case 2:
        return tr("Tuesday");
    case 3:
        return tr("Wednesday");
    case 4:
        return tr("Thursday");
    case 5:
        return tr("Friday");
    case 6:
        return tr("Saturday");
    case 7:
        return tr("Sunday");
    default:
        return {};
    }
}

QString Labels::weekdayShort(int isoWeekday)
{
    switch (isoWeekday) {
    case 1:
        return tr("Mon");
    case 2:
        return tr("Tue");
    case 3:
        return tr("Wed");
    case 4:
        return tr("Thu");
    case 5:
        return tr("Fri");
    case 6:
        return tr("Sat");
    case 7:
        return tr("Sun");
    default:
        return {};
    }
}

QStringList Labels::breakReasons()
{
    return {tr("rest"), tr("prayer"), tr("meeting"), tr("system failure"), tr("other")};
}

Error makeError(ErrorKind kind, ErrorCode code, const QString& message)
{
    return Error{kind, code, message};
}

} // namespace antre
