#pragma once

#include <atomic>
#include <memory>

namespace pathways::api {

/// A stop request shared between the one who asks (the window's Cancel button) and long work on another
/// thread (a download). Copies share the same flag.
class CancelToken
{
public:
    CancelToken() : m_flag(std::make_shared<std::atomic<bool>>(false)) {}
    void cancel() const { m_flag->store(true); }
    bool isCancelled() const { return m_flag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> m_flag;
};

} // namespace pathways::api
