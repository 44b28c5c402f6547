#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::db {
class Connection;
}
namespace pathways::search {
class SearchEngine;
}

namespace pathways::bench {

/// Judged queries (tests/bench/relevance.tsv) and what SearchEngine makes of them: recall@10 and mean
/// reciprocal rank over the queries that should find something, and how many of those that must find
/// nothing do find nothing. See docs/benchmarks.md, "Relevance".
///
/// A line is `corpus<TAB>language<TAB>query<TAB>judgement<TAB>note`; corpus is `embedded` (the default
/// directory) or `generated` (pathways-bench generate --services 10000 --seed 1). The judgement says which
/// services are relevant:
///   `-`                    none: the query must find nothing;
///   `id,id,...`            these service ids;
///   `category:CODE`        every service in that category (audience:CODE likewise);
///   `terms:WORD WORD ...`  every service whose indexed text holds all these words as they are written
///                          (folded, no word forms), read from the index with an exact FTS5 query;
///   `A|B`                  the services of judgement A and of judgement B.
class RelevanceSet
{
public:
    struct Judged
    {
        QString corpus;
        QString language;
        QString query;
        QString judgement;
    };

    struct Outcome
    {
        Judged judged;
        int relevant = 0;    ///< relevant services in the directory
        int found = 0;       ///< relevant services in the top 10
        int firstRank = 0;   ///< rank (1-based) of the first relevant result in the top 10, 0: none
        qint64 total = 0;    ///< what the search reports it matches
        double recall = 0;   ///< found / min(10, relevant)
        bool emptyAsJudged = false; ///< a must-find-nothing query found nothing
    };

    struct Summary
    {
        int judged = 0;        ///< queries that should find something
        double recallAt10 = 0; ///< mean over them
        double mrr = 0;        ///< mean reciprocal rank over them (first 10 results)
        int mustFindNothing = 0;
        int foundNothing = 0; ///< of those, how many did
        QList<Outcome> outcomes;
    };

    static constexpr int kDepth = 10;

    /// Throws std::runtime_error for a missing file or a malformed line.
    static QList<Judged> load(const QString& path);

    /// Runs the queries of `corpus` against `engine` on `connection` and adds them to `summary` (call
    /// finish() once all corpora are in).
    static void run(const QList<Judged>& judged, const QString& corpus, db::Connection& connection,
                    search::SearchEngine& engine, Summary& summary);
    static void finish(Summary& summary);

    /// The whole set: the embedded directory and a generated 10,000-service directory (seed 1) are imported
    /// under `workDir` unless already there, and every query of `judgedPath` is run. Throws
    /// std::runtime_error when a directory cannot be built.
    static Summary evaluate(const QString& judgedPath, const QString& embeddedHsds, const QString& workDir);

    /// The database of the generated 10,000-service directory evaluate() installs under `workDir`.
    static QString generatedDatabase(const QString& workDir);

    /// The values recorded in a file of `recallAt10 X`, `mrr Y`, `foundNothing N` lines.
    static Summary recorded(const QString& path);
};

} // namespace pathways::bench
