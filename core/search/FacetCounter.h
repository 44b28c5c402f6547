#pragma once

#include "search/GeoCells.h"
#include "search/OrdSet.h"
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

/// Computes FacetCounts. The services of every facet value are read once per counter (search_facet, one
/// row per value) and kept as a bit set over ords (values carried by at least 1/32 of the services) or as a
/// sorted ord list (the rarer ones, which take less room so). A count is then a few set operations per
/// filter and one AND + popcount (or a walk of the short list) per value: a listing of 100,000 services
/// without text costs about a millisecond instead of one visit per service (docs/benchmarks.md).
class FacetCounter
{
public:
    explicit FacetCounter(db::Connection& connection);
    ~FacetCounter();

    FacetCounts count(const SearchQuery& query, SearchEngine& engine);

    /// Services whose open state is checked for the open-now count at most.
    static constexpr int kMaxOpenChecks = 5000;

private:
    struct Posting
    {
        int kind = 0;  // index into m_kindIndex
        QString value;
        qint64 size = 0;
        std::vector<quint64> bits;  // dense values: a bit per ord
        std::vector<quint32> ords;  // sparse values: the ords, ascending
    };
    struct Filter;

    void load();
    void loadPoints();
    void loadScheduled();
    std::optional<double> distanceKm(qint64 ord, const GeoPoint& origin) const;
    OrdSet candidates(const SearchQuery& query);
    QList<Filter> filtersOf(const SearchQuery& query) const;
    OrdSet servicesOf(const Filter& filter) const;
    qint64 countIn(const Posting& posting, const OrdSet& set) const;

    db::Connection& m_db;
    qint64 m_maxOrd = 0;
    qint64 m_firstEndedOrd = 0; ///< firstNotRunningOrd(), read by load()
    std::vector<Posting> m_postings;
    QHash<QString, int> m_kindIndex;
    QHash<QPair<int, QString>, int> m_postingIndex; // (kind, value) -> index into m_postings
    std::vector<std::vector<int>> m_postingsOfKind; // kind -> indexes into m_postings
    bool m_loaded = false;
    OrdSet m_scheduled; // services with schedule rows: the others are never open
    bool m_scheduledLoaded = false;
    // The coordinates of service `ord` are m_points[m_pointOffsets[ord] .. m_pointOffsets[ord + 1]), read
    // on the first radius query: a lookup per candidate took seconds at 1M services.
    std::vector<quint32> m_pointOffsets;
    std::vector<GeoPoint> m_points;
};

} // namespace pathways::search
