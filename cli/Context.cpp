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

int Context::fail(const Error& error) const
{
    printErr(error.message);
    if (json())
        printOut(jsonText(
            {{u"error"_s, QJsonObject{{u"code"_s, error.codeText()}, {u"message"_s, error.message}}}}));
    return static_cast<int>(error.kind);
}

} // namespace antre::cli
