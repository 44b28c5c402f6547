#include "import/PreparedRows.h"

namespace pathways::import {

bool PreparedRowQueue::push(PreparedBatch batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_cancelled || m_batches.size() < kMaxBatches; });
    if (m_cancelled)
        return false;
    m_batches.push_back(std::move(batch));
    m_changed.notify_all();
    return true;
}

bool PreparedRowQueue::pop(PreparedBatch& batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_cancelled || m_closed || !m_batches.empty(); });
    if (m_cancelled || m_batches.empty())
        return false;
    batch = std::move(m_batches.front());
    m_batches.pop_front();
    m_changed.notify_all();
    return true;
}

void PreparedRowQueue::close()
{
    const std::lock_guard lock(m_mutex);
    m_closed = true;
    m_changed.notify_all();
}

void PreparedRowQueue::cancel()
{
    const std::lock_guard lock(m_mutex);
    m_cancelled = true;
    m_batches.clear();
    m_changed.notify_all();
}

bool PreparedRowQueue::cancelled() const
{
    const std::lock_guard lock(m_mutex);
    return m_cancelled;
}

} // namespace pathways::import
