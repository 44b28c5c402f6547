#pragma once

#include <QtGlobal>
#include <bit>
#include <vector>

namespace pathways::search {

/// A set of service ords 0..capacity-1 as one bit each: the facet counts intersect whole match lists, and
/// at 100,000 services a set is 1,563 machine words, so an intersection and its count take microseconds.
class OrdSet
{
public:
    OrdSet() = default;
    explicit OrdSet(qint64 capacity) : m_words(static_cast<size_t>((capacity + 63) / 64), 0) {}

    /// Ords 1..last (every service of a directory: ords have no gaps).
    static OrdSet oneTo(qint64 last);

    bool contains(qint64 ord) const
    {
        const auto o = static_cast<quint64>(ord);
        return o / 64 < m_words.size() && (m_words[o / 64] >> (o % 64) & 1U);
    }
    /// Ords beyond the capacity are ignored (a search_fts row without a search_facet entry).
    void insert(qint64 ord)
    {
        const auto o = static_cast<quint64>(ord);
        if (o / 64 < m_words.size())
            m_words[o / 64] |= quint64{1} << (o % 64);
    }
    void remove(qint64 ord)
    {
        const auto o = static_cast<quint64>(ord);
        if (o / 64 < m_words.size())
            m_words[o / 64] &= ~(quint64{1} << (o % 64));
    }

    /// Every word sequence passed in has this set's capacity (sets of one directory).
    void intersect(const std::vector<quint64>& other);
    void unite(const std::vector<quint64>& other);
    qint64 countCommon(const std::vector<quint64>& other) const;
    qint64 count() const;
    const std::vector<quint64>& words() const { return m_words; }

    template<typename F> void forEach(F&& visit) const
    {
        for (size_t w = 0; w < m_words.size(); ++w)
            for (quint64 word = m_words[w]; word != 0; word &= word - 1)
                visit(static_cast<qint64>(w * 64 + static_cast<size_t>(std::countr_zero(word))));
    }

private:
    std::vector<quint64> m_words;
};

} // namespace pathways::search
