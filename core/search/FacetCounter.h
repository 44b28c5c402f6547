#pragma once

#include "search/GeoCells.h"
#include "search/SearchQuery.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace pathways::db {
class Connection;
}

namespace pathways::search {

class SearchEngine;

struct FacetValue
{
    QString value; ///< code, place key, language code, or "free"
    qint64 count = 0;
};

/// Counts per facet for the current query. Each kind is counted with every filter applied except its own,
/// so the counts show what choosing another value of that kind would give (the usual faceted-search rule).
/// The open-at filter is not applied to these per-kind counts (it needs every schedule); it is applied to
/// `total` and `openNow`. A restriction to given services (SearchQuery::onlyServices) applies to everything.
struct FacetCounts
{
    QHash<QString, QList<FacetValue>> byKind; ///< kind -> values by count, then value
    qint64 total = 0;                         ///< services matching the query with all filters
    std::optional<qint64> openNow; ///< of those, open at openAt (or now); absent when too many to check
    /// Services meeting every filter that no longer run (RunningServices.h), hidden or not by runningOnly:
    /// the count on "Include services no longer running (N)". The open-at filter does not apply to it.
    qint64 notRunning = 0;
};

/// Computes FacetCounts. The facet values of every service are read once per counter (search_facet, a few
/// thousand rows) and kept in memory as one compact list per service.
class FacetCounter
{
public:
    explicit FacetCounter(db::Connection& connection);
    ~FacetCounter();

    FacetCounts count(const SearchQuery& query, SearchEngine& engine);

    /// Services whose open state is checked for the open-now count at most.
    static constexpr int kMaxOpenChecks = 5000;

private:
    struct Entry
    {
        int kind;  // index into m_kinds
        int value; // index into m_values
    };
    struct Filter;

    void load();
    void loadPoints();
    std::optional<double> distanceKm(qint64 ord, const GeoPoint& origin) const;
    QList<qint64> candidates(const SearchQuery& query);
    QList<Filter> filtersOf(const SearchQuery& query) const;

    db::Connection& m_db;
    // The entries of service `ord` are m_entries[m_offsets[ord] .. m_offsets[ord + 1]).
    std::vector<quint32> m_offsets;
    std::vector<Entry> m_entries;
    QStringList m_values;
    QHash<QString, int> m_valueIndex;
    QHash<QString, int> m_kindIndex;
    bool m_loaded = false;
    // The coordinates of service `ord` are m_points[m_pointOffsets[ord] .. m_pointOffsets[ord + 1]), read
    // on the first radius query: a lookup per candidate took seconds at 1M services.
    std::vector<quint32> m_pointOffsets;
    std::vector<GeoPoint> m_points;
};

} // namespace pathways::search
