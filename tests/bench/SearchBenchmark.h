#pragma once

#include "LatencyStats.h"
#include "QueryFile.h"

#include <QList>
#include <QString>

namespace pathways::bench {

/// Runs a query file against an installed directory: SearchEngine (the product), the naive FTS5 form
/// (`ORDER BY rank LIMIT 50`) on the same connection, and FacetCounter, each timed per query.
class SearchBenchmark
{
public:
    struct Options
    {
        QString dataDir;
        QString queriesPath;
        int repeat = 20;      ///< timed runs of each query (after one untimed warm-up run)
        int facetRepeat = -1; ///< timed FacetCounter runs; -1: max(1, repeat / 4)
        bool naive = true;
        bool facets = true;
        bool cpuTime = false; ///< time with the thread's CPU clock instead of the wall clock
        bool tierWalk = true; ///< false: SearchEngine::setTierWalk(false), the engine before TierWalk
    };

    struct QueryResult
    {
        BenchQuery query;
        QString naiveExpression; ///< the MATCH string of the baseline; empty when it cannot run
        int hits = 0;            ///< results on the first page
        bool more = false;
        int naiveRows = 0;
        qint64 facetTotal = 0;
        double coldMs = 0; ///< the untimed warm-up run: first query after open, caches empty
        LatencyStats engine;
        LatencyStats naive;
        LatencyStats facets;
    };

    struct Result
    {
        QString databasePath;
        qint64 databaseBytes = 0;
        qint64 services = 0;
        int repeat = 0;
        int facetRepeat = 0;
        bool cpuTime = false; ///< the figures are CPU time of the searching thread, not wall time
        double openMs = 0;
        double facetLoadMs = 0; ///< FacetCounter's first call (reads every facet row once)
        long long rssAfterOpenKiB = 0;
        long long rssAfterSearchKiB = 0;
        long long rssAfterFacetsKiB = 0;
        long long peakKiB = 0;
        double loadBefore = 0; ///< 1-minute load average when the run started and ended
        double loadAfter = 0;
        QList<QueryResult> queries;
    };

    explicit SearchBenchmark(Options options);

    /// Throws std::runtime_error for a bad query file, a missing directory or an unknown place.
    Result run();

private:
    Options m_options;
};

} // namespace pathways::bench
