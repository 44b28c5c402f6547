#include "search/OrdSet.h"

#include <algorithm>

namespace pathways::search {

OrdSet OrdSet::oneTo(qint64 last)
{
    OrdSet set(last + 1);
    std::fill(set.m_words.begin(), set.m_words.end(), ~quint64{0});
    set.remove(0);
    // Clear the bits past `last` in the final word.
    const auto used = static_cast<quint64>(last + 1) % 64;
    if (used != 0 && !set.m_words.empty())
        set.m_words.back() &= (quint64{1} << used) - 1;
    return set;
}

void OrdSet::intersect(const std::vector<quint64>& other)
{
    const size_t n = std::min(m_words.size(), other.size());
    for (size_t w = 0; w < n; ++w)
        m_words[w] &= other[w];
    std::fill(m_words.begin() + static_cast<std::ptrdiff_t>(n), m_words.end(), 0);
}

void OrdSet::unite(const std::vector<quint64>& other)
{
    const size_t n = std::min(m_words.size(), other.size());
    for (size_t w = 0; w < n; ++w)
        m_words[w] |= other[w];
}

// The x86-64 baseline has no popcount instruction: std::popcount became a call into libgcc per word (3 % of
// a facet count's time at 100k). The popcnt clone is picked at load time on processors that have it.
#if defined(__GNUC__) && defined(__x86_64__)
#define PATHWAYS_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define PATHWAYS_POPCNT_CLONES
#endif

PATHWAYS_POPCNT_CLONES qint64 OrdSet::countCommon(const std::vector<quint64>& other) const
{
    const size_t n = std::min(m_words.size(), other.size());
    qint64 total = 0;
    for (size_t w = 0; w < n; ++w)
        total += std::popcount(m_words[w] & other[w]);
    return total;
}

PATHWAYS_POPCNT_CLONES qint64 OrdSet::count() const
{
    qint64 total = 0;
    for (const quint64 word : m_words)
        total += std::popcount(word);
    return total;
}

} // namespace pathways::search
