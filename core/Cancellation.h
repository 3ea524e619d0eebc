#pragma once

#include <atomic>
#include <memory>

namespace antre {

// A request to stop long work (the demo hall made on a window's thread), asked on one thread and read on
// another between the work's steps. Copies share one flag: the window keeps one, the work's options another.
class Cancellation final
{
public:
    Cancellation() : m_flag(std::make_shared<std::atomic_bool>(false)) {}

    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace antre
