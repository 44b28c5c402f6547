#include "search/FoldedRows.h"

#include "text/TextFolding.h"

namespace pathways::search {

namespace {

// Rows folded and handed over at a time: small enough that the consumer starts at once, large enough that
// the lock is taken rarely.
constexpr size_t kBatch = 1024;

// The search form of several fields: each folded, joined by spaces, empty ones left out.
QByteArray foldFields(FoldCache& cache, const QStringList& fields)
{
    QStringList folded;
    for (const QString& field : fields) {
        QString text = cache.fold(field);
        if (!text.isEmpty())
            folded << std::move(text);
    }
    return folded.join(QLatin1Char(' ')).toUtf8();
}

FtsRow foldDocument(FoldCache& cache, const IndexDocument& document)
{
    FtsRow row;
    for (const QString& name : document.names) {
        QString key = text::foldForSearch(name);
        if (!key.isEmpty())
            row.nameKeys << std::move(key);
    }
    row.name = row.nameKeys.join(QLatin1Char(' ')).toUtf8();
    row.alt = foldFields(cache, document.alt);
    row.place = foldFields(cache, document.places);
    row.body = foldFields(cache, document.body);
    QStringList tokens = document.facets.values();
    tokens.sort();
    row.facets = tokens.join(QLatin1Char(' ')).toUtf8();
    return row;
}

} // namespace

FoldedRows::FoldedRows(const std::vector<const IndexDocument*>& order)
    : m_order(order), m_rows(order.size()), m_batchDone((order.size() + kBatch - 1) / kBatch, false)
{
}

bool FoldedRows::foldNextBatch(FoldCache& cache)
{
    const size_t batch = m_nextBatch.fetch_add(1);
    const size_t begin = batch * kBatch;
    if (begin >= m_rows.size())
        return false;
    const size_t end = std::min(begin + kBatch, m_rows.size());
    // Each batch is written by the one thread that claimed it, and read only after the mutex below has
    // published it.
    for (size_t i = begin; i < end; ++i)
        m_rows[i] = foldDocument(cache, *m_order[i]);
    const std::lock_guard lock(m_mutex);
    m_batchDone[batch] = true;
    while (m_foldedFromStart < m_rows.size() && m_batchDone[m_foldedFromStart / kBatch])
        m_foldedFromStart = std::min(m_foldedFromStart + kBatch, m_rows.size());
    m_changed.notify_all();
    return true;
}

bool FoldedRows::foldAll()
{
    FoldCache cache;
    while (foldNextBatch(cache)) {
    }
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_abandoned || m_foldedFromStart == m_rows.size(); });
    return !m_abandoned;
}

void FoldedRows::abandon()
{
    const std::lock_guard lock(m_mutex);
    m_abandoned = true;
    m_changed.notify_all();
}

size_t FoldedRows::waitFor(size_t index)
{
    for (;;) {
        {
            const std::lock_guard lock(m_mutex);
            if (m_abandoned || m_foldedFromStart > index)
                return m_foldedFromStart;
        }
        bool folded = false;
        try {
            folded = foldNextBatch(m_consumerCache);
        } catch (...) {
            abandon(); // the building thread would otherwise wait for this batch for ever
            throw;
        }
        if (!folded) {
            // Every batch is claimed; the one needed is still being folded by the building thread.
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_abandoned || m_foldedFromStart > index; });
            return m_foldedFromStart;
        }
    }
}

} // namespace pathways::search
