#include "cli/Context.h"

#include "cli/Cli.h"
#include "cli/Output.h"
#include "core/Clock.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

Context::Context(const CommandLine& line) : m_line(line) {}

Context::~Context() = default;

Status Context::open(Need need)
{
    QString clockError;
    m_clock = clockFromEnvironment(false, &clockError);
    if (!m_clock)
        return usageError(clockError);
    auto hall = Hall::open(dbPath(), *m_clock,
                           need == Need::NewDatabase ? Hall::IfMissing::Create : Hall::IfMissing::Fail);
    if (!hall.ok())
        return hall.error();
    m_hall = std::move(hall).value();
    if (need == Need::Hall)
        if (auto config = m_hall->services().queue.config(); !config.ok())
            return config.error();
    return Done{};
}

Hall& Context::hall()
{
    Q_ASSERT(m_hall);
    return *m_hall;
}

HallServices& Context::services()
{
    return hall().services();
}

const Clock& Context::clock() const
{
    Q_ASSERT(m_clock);
    return *m_clock;
}

Status Context::expectWords(qsizetype count, const QString& synopsis) const
{
    if (words().size() != count)
        return usageError(Cli::tr("usage: antre %1").arg(synopsis));
    return Done{};
}

int Context::fail(const Error& failure) const
{
    const std::optional<Error> corrupt = m_hall ? m_hall->corruption() : std::nullopt;
    const Error& error = corrupt && failure.code != ErrorCode::Corrupt ? *corrupt : failure;
    m_toldCorruption = m_toldCorruption || error.code == ErrorCode::Corrupt;
    printErr(error.message);
    if (json())
        printOut(jsonText(
            {{u"error"_s, QJsonObject{{u"code"_s, error.codeText()}, {u"message"_s, error.message}}}}));
    return static_cast<int>(error.kind);
}

int Context::finish(int exitCode) const
{
    if (m_toldCorruption || !m_hall)
        return exitCode;
    const std::optional<Error> corrupt = m_hall->corruption();
    if (!corrupt)
        return exitCode;
    if (exitCode == 0)
        return fail(*corrupt);
    // The command printed its own failure (check's findings, say): the advice only, no second JSON answer.
    m_toldCorruption = true;
    printErr(corrupt->message);
    return static_cast<int>(corrupt->kind);
}

Result<QDate> dateOption(const Context& c, const QString& name, QDate fallback)
{
    if (!c.args().has(name))
        return fallback;
    const QDate date = QDate::fromString(c.args().value(name), Qt::ISODate);
    if (!date.isValid())
        return usageError(Cli::tr("--%1: \"%2\" is not a date YYYY-MM-DD").arg(name, c.args().value(name)));
    return date;
}

} // namespace antre::cli
