#include "search/FoldedRows.h"

#include "text/TextFolding.h"

#include <QHash>

namespace pathways::search {

namespace {

// Rows handed to the reader at a time: small enough that it starts at once, large enough that the lock
// is taken rarely.
constexpr size_t kBatch = 1024;

// Taxonomy names, place names, organisation and language names recur across thousands of services; they
// are folded once. Long texts (descriptions) seldom repeat and are not kept.
class FoldCache
{
public:
    QString fold(const QString& text)
    {
        if (text.size() > kMaxCachedLength)
            return text::foldForSearch(text);
        const auto it = m_folded.constFind(text);
        if (it != m_folded.constEnd())
            return *it;
        if (m_folded.size() >= kMaxEntries)
            m_folded.clear();
        return *m_folded.insert(text, text::foldForSearch(text));
    }

private:
    static constexpr qsizetype kMaxCachedLength = 64;
    static constexpr qsizetype kMaxEntries = 200000;
    QHash<QString, QString> m_folded;
};

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

FoldedRows::FoldedRows(size_t count) : m_rows(count) {}

void FoldedRows::foldAll(const std::vector<const IndexDocument*>& order)
{
    FoldCache cache;
    const size_t count = std::min(order.size(), m_rows.size());
    for (size_t i = 0; i < count; ++i) {
        // Written before it is published, read only after: the mutex in publish() orders the two.
        m_rows[i] = foldDocument(cache, *order[i]);
        if ((i + 1) % kBatch == 0)
            publish(i + 1, false);
    }
    publish(count, true);
}

void FoldedRows::abandon()
{
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

size_t FoldedRows::waitFor(size_t index)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_ready > index || m_finished; });
    return m_ready;
}

void FoldedRows::publish(size_t ready, bool finished)
{
    std::lock_guard lock(m_mutex);
    m_ready = ready;
    m_finished = finished;
    m_changed.notify_all();
}

} // namespace pathways::search
