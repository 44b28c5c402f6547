#pragma once

#include "search/SearchCandidate.h"
#include "search/SearchQuery.h"

#include <QHash>
#include <QList>
#include <QTimeZone>
#include <limits>
#include <memory>
#include <optional>

namespace pathways::db {
class Connection;
class Statement;
} // namespace pathways::db

namespace pathways::search {

class CandidateReader;
class QueryExpansion;
class TierCollector;

/// Ranked search over one directory connection. Not thread-safe: one engine per thread (cancel() is the
/// exception and may be called from anywhere).
///
/// Ranking works in tiers, each asked of FTS5 with LIMIT-sized windows so that no query ever scores every
/// match: an exact name, all words in a name, all words in names/organisation/category, all words anywhere
/// (descriptions, places); then the same three again with every word loosened (word forms, prefixes, typos,
/// category names: QueryExpansion, docs/search.md). Inside a tier, candidates are ordered by a small score (whole-word name matches,
/// name starts with the query, shorter names) and then by the static order (active, recently verified,
/// name). A name match therefore always outranks a mention deep in a description.
class SearchEngine
{
public:
    explicit SearchEngine(db::Connection& connection, QTimeZone defaultZone = QTimeZone::systemTimeZone());
    ~SearchEngine();

    /// SearchResults::total is exact up to this many services, and then reported as this many with
    /// totalIsLowerBound ("1,000+"): counting a common word to 10,000 cost 4 ms of a 100k search, to 1,000
    /// 0.3 ms (docs/benchmarks.md, "True totals").
    static constexpr qint64 kCountCap = 1000;

    /// Throws db::DatabaseError only for a broken database; any query text is fine.
    SearchResults search(const SearchQuery& query);

    /// The centroid of a municipality or region of this directory (any case, diacritics, script).
    std::optional<GeoPoint> placeCentroid(const QString& name);

    /// Open state of a service at `moment` (cached per engine).
    schedule::OpenState openState(const QString& serviceId, const QDateTime& moment);
    /// The parsed opening hours of a service (cached; valid until the next call on this engine).
    const schedule::OpeningHours& openingHours(const QString& serviceId);
    /// Reads the opening hours of many services at once (OpenStateCache::prefetch), before openState is
    /// asked for each of them.
    void prefetchOpeningHours(const QStringList& serviceIds);

    /// Nearest location distance of a service from `origin`, or nullopt when it has no coordinates.
    std::optional<double> distanceFrom(qint64 ord, const GeoPoint& origin);

    /// For tests and benchmarks: false makes the engine ask FTS5 tier by tier and count apart, as it did
    /// before TierWalk. The answers are the same (test_relevance compares them); only the time differs.
    /// `columnRows` is how many matches the walk reads with their columns before it gives up on telling the
    /// tiers from them (tests make it small so that every query takes the path after that).
    void setTierWalk(bool enabled, qsizetype columnRows = kCountCap + 1);

    /// Asks a running search on another thread to stop; it then throws db::DatabaseError (interrupted).
    void cancel();

    using Candidate = SearchCandidate;

private:
    SearchResults rankByRelevance(const SearchQuery& query);
    SearchResults rankByDistance(const SearchQuery& query);
    SearchResults page(const QList<Candidate>& ranked, const SearchQuery& query);
    /// The candidates in `order`, each with its in-tier score.
    QList<Candidate> scored(const QList<qint64>& order, const QHash<qint64, Candidate>& found,
                            const QStringList& tokens);

    /// Sets results.total (and totalIsLowerBound) to the services `expression` matches. With a filter checked
    /// service by service (open at, exact radius, favourites) it is the `found` candidates the ranking
    /// checked instead, a lower bound unless `foundAll`: counting them all would check every service.
    /// `walked`, when known, is how many services the expression matches, counted up to kCountCap + 1 by a
    /// TierWalk: then nothing is counted again.
    void countMatches(const QString& expression, const SearchQuery& query, qsizetype found, bool foundAll,
                      SearchResults& results, std::optional<qint64> walked = std::nullopt);

    /// The ords a search may return end before this one (query.runningOnly: RunningServices.h); set by
    /// search() for the query it runs, the largest ord + 1 otherwise.
    qint64 m_ordEnd = std::numeric_limits<qint64>::max();
    /// firstNotRunningOrd() of this engine's directory, looked up on the first search that needs it: the
    /// order is fixed for as long as the connection reads the same file.
    std::optional<qint64> m_firstEndedOrd;

    db::Connection& m_db;
    std::unique_ptr<CandidateReader> m_reader;
    std::unique_ptr<QueryExpansion> m_expansion;
    std::unique_ptr<TierCollector> m_collector;
};

} // namespace pathways::search
