#pragma once

#include "search/FoldCache.h"
#include "search/FtsRow.h"
#include "search/IndexDocument.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <vector>

namespace pathways::search {

/// The FtsRow of every document, folded in batches by the building thread while one consumer
/// (FtsSideWriter's worker) inserts the rows folded so far. Folding and the FTS5 insert are the two longest
/// steps of an index build; which of them is longer depends on the data, so a consumer that catches up folds
/// the next unclaimed batches itself instead of waiting.
class FoldedRows
{
public:
    /// `order` must outlive this object.
    explicit FoldedRows(const std::vector<const IndexDocument*>& order);

    /// The building thread: folds batches until none is left to claim, then waits for those the consumer
    /// took. True when every row is folded, false when someone gave up (abandon()).
    bool foldAll();
    /// Someone gave up (an exception): wakes every waiting thread, which then sees fewer rows.
    void abandon();

    /// The consumer: how many rows from the first are folded, once row `index` is (folding batches itself
    /// while it waits), or fewer when someone gave up.
    size_t waitFor(size_t index);

    size_t size() const { return m_rows.size(); }
    /// A row inside the count waitFor() returned, or any row once foldAll() returned true.
    const FtsRow& operator[](size_t index) const { return m_rows[index]; }

private:
    /// Claims the next batch and folds it with `cache`; false when none was left.
    bool foldNextBatch(FoldCache& cache);

    const std::vector<const IndexDocument*>& m_order;
    std::vector<FtsRow> m_rows;
    std::atomic<size_t> m_nextBatch{0};
    FoldCache m_consumerCache;

    std::mutex m_mutex; // guards what follows
    std::condition_variable m_changed;
    std::vector<bool> m_batchDone;
    size_t m_foldedFromStart = 0; // rows
    bool m_abandoned = false;
};

} // namespace pathways::search
