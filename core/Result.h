#pragma once

#include "core/ErrorCode.h"

#include <QString>

#include <utility>
#include <variant>

namespace antre {

// Exit-code-shaped error kinds: the CLI maps them 1:1 to its exit codes.
enum class ErrorKind
{
    Internal = 1,    // database failure, I/O, anything unexpected
    BadInput = 2,    // unknown code, malformed argument or file
    NothingToDo = 3, // e.g. call with an empty queue
    Refused = 4,     // a rule says no: closed, quota full, illegal transition, wrong PIN
};

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    ErrorCode code = ErrorCode::Database; // the reason, for code; codeText() is its stable wire form
    QString message;                      // translated, human-readable

    // "quota_full": what the CLI's --json output and the logs show.
    QString codeText() const { return toString(code); }
};

Error makeError(ErrorKind kind, ErrorCode code, const QString& message);

// Errors are values in core; UIs show Error::message, the CLI maps Error::kind to an exit code.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<T>(m_value); }
    T& value() & { return std::get<T>(m_value); }
    T&& value() && { return std::get<T>(std::move(m_value)); }
    const T* operator->() const { return &std::get<T>(m_value); }
    const Error& error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

struct Done
{};
using Status = Result<Done>;

} // namespace antre
