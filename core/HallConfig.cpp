#include "core/HallConfig.h"

namespace antre {

namespace {
template <typename T> const T* findByCode(const QList<T>& list, const QString& code)
{
    for (const auto& item : list)
        if (item.code == code)
            return &item;
    return nullptr;
}
} // namespace

const ServiceConfig* HallConfig::service(const QString& code) const
{
    return findByCode(services, code);
}

const AgencyConfig* HallConfig::agency(const QString& code) const
{
    return findByCode(agencies, code);
}

const CounterConfig* HallConfig::counter(const QString& code) const
{
    return findByCode(counters, code);
}

} // namespace antre
