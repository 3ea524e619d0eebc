#include "display_ui/DisplayFilter.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

DisplayFilter::DisplayFilter(QStringList agencies, QStringList counters)
    : m_agencies(std::move(agencies)), m_counters(std::move(counters))
{}

Status DisplayFilter::apply(const HallConfig& config)
{
    QStringList unknownAgencies;
    for (const QString& code : m_agencies)
        if (!config.agency(code))
            unknownAgencies << code;
    if (!unknownAgencies.isEmpty()) {
        QStringList known;
        for (const auto& a : config.agencies)
            known << a.code;
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownAgency,
                         tr("--agencies: no agency %1 in this hall (agencies: %2)")
                             .arg(unknownAgencies.join(u", "_s), known.join(u", "_s)));
    }
    QStringList unknownCounters;
    for (const QString& code : m_counters)
        if (!config.counter(code))
            unknownCounters << code;
    if (!unknownCounters.isEmpty()) {
        QStringList known;
        for (const auto& c : config.counters)
            known << c.code;
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter,
                         tr("--counters: no counter %1 in this hall (counters: %2)")
                             .arg(unknownCounters.join(u", "_s), known.join(u", "_s)));
    }

    m_services.clear();
    m_counterSet.clear();
    for (const auto& s : config.services)
        if (m_agencies.isEmpty() || m_agencies.contains(s.agency))
            m_services.insert(s.code);
    for (const auto& c : config.counters) {
        if (!m_counters.isEmpty() && !m_counters.contains(c.code))
            continue;
        const bool servesShown = std::any_of(c.services.cbegin(), c.services.cend(),
                                             [this](const QString& s) { return m_services.contains(s); });
        if (servesShown || (m_agencies.isEmpty() && c.services.isEmpty()))
            m_counterSet.insert(c.code);
    }
    if (!m_counters.isEmpty()) {
        QSet<QString> served;
        for (const auto& c : config.counters)
            if (m_counterSet.contains(c.code))
                for (const QString& s : c.services)
                    served.insert(s);
        m_services.intersect(served);
    }
    return Done{};
}

bool DisplayFilter::acceptsService(const QString& serviceCode) const
{
    return m_services.contains(serviceCode);
}

bool DisplayFilter::acceptsCounter(const QString& counterCode) const
{
    return m_counterSet.contains(counterCode);
}

bool DisplayFilter::acceptsCall(const CallInfo& call) const
{
    return acceptsCounter(call.counterCode) && acceptsService(call.serviceCode);
}

} // namespace antre
