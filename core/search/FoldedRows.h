#pragma once

#include "search/FtsRow.h"
#include "search/IndexDocument.h"

#include <condition_variable>
#include <mutex>
#include <vector>

namespace pathways::search {

/// The FtsRow of every document, folded on one thread while another (FtsSideWriter's worker) already
/// inserts the rows folded so far. Folding and the FTS5 insert are the two longest steps of an index build;
/// run one after the other, the second core sat idle during the insert.
class FoldedRows
{
public:
    explicit FoldedRows(size_t count);

    /// Folds `order` (as many documents as the count given) into rows 0, 1, ..., making each batch
    /// available to waitFor() as it is done. Call once, from the producing thread.
    void foldAll(const std::vector<const IndexDocument*>& order);
    /// The producer gave up (an exception): wakes every waiting reader, which then sees fewer rows.
    void abandon();

    /// Blocks until row `index` is folded, or the producer finished or gave up; returns how many rows are
    /// ready (more than `index` unless it gave up).
    size_t waitFor(size_t index);

    size_t size() const { return m_rows.size(); }
    /// A row already reported ready by waitFor(), or any row once foldAll() has returned.
    const FtsRow& operator[](size_t index) const { return m_rows[index]; }

private:
    void publish(size_t ready, bool finished);

    std::vector<FtsRow> m_rows;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    size_t m_ready = 0;
    bool m_finished = false;
};

} // namespace pathways::search
