#pragma once

#include "search/SearchCandidate.h"
#include "search/SearchQuery.h"
#include "search/TierWalk.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <limits>
#include <optional>

namespace pathways::db {
class Connection;
} // namespace pathways::db

namespace pathways::search {

class CandidateReader;
struct WordMatch;

/// Finds the services of SearchEngine's tiers in FTS5, in the order the engine asks them: exact names, then
/// one tier query at a time (collectTier), or one TierWalk for all of them. Each adds the services it finds
/// to `found` (by ord) and `order` (found order), skipping those already there. Not thread-safe: one per
/// engine.
class TierCollector
{
public:
    TierCollector(db::Connection& connection, CandidateReader& reader);
    ~TierCollector();
    TierCollector(const TierCollector&) = delete;
    TierCollector& operator=(const TierCollector&) = delete;

    /// Services with ords from this one on are left out (SearchQuery::runningOnly); set per search.
    void setOrdEnd(qint64 ordEnd) { m_ordEnd = ordEnd; }
    /// SearchEngine::setTierWalk.
    void setTierWalk(bool enabled, qsizetype columnRows)
    {
        m_walkEnabled = enabled;
        m_walkColumnRows = columnRows;
    }

    /// The services whose name is exactly `folded`, that `filter` (an FTS5 expression, may be empty) and
    /// the post-filters let through.
    void collectExactNames(const QString& folded, const QString& filter, const SearchQuery& query,
                           QHash<qint64, SearchCandidate>& found, QList<qint64>& order);

    /// Up to `window` services (0: all) that `expression` matches (empty: every service), as `tier`.
    void collectTier(int tier, const QString& expression, const SearchQuery& query, int window,
                     QHash<qint64, SearchCandidate>& found, QList<qint64>& order);

    /// What became of a TierWalk.
    struct Walk
    {
        bool allTiers = false;  ///< every tier was answered: ask none
        /// The tiers from this one up (Name, or NameOrOrganisation: both name tiers) were answered: ask the
        /// others (0: none was)
        int answeredDownTo = 0;
        std::optional<qint64> matches; ///< the loosest tier's services, counted up to readAtMost
    };
    /// Fills the tiers from one TierWalk of the loosest tier's matches instead of asking FTS5 tier by tier:
    /// the same services in the same order. When the first rows it reads with their columns cannot tell,
    /// the name tiers come from TierWalk::pickNames and the others are left to collectTier. Nothing is
    /// walked (a Walk of all false) for filters checked service by service, or a short word the loose
    /// tiers leave out. `readAtMost` caps the count of matches (the total's cap + 1).
    Walk collectInOnePass(const QStringList& tokens, const QList<WordMatch>& words,
                          const QStringList& lastTerms, const QList<QStringList>& filterGroups,
                          const SearchQuery& query, int need, qsizetype readAtMost,
                          QHash<qint64, SearchCandidate>& found, QList<qint64>& order);

private:
    /// Adds the services a TierWalk picked, in its order, with the engine's tier of each.
    void addPicked(const QList<QPair<qint64, TierWalk::Tier>>& picked, const SearchQuery& query,
                   QHash<qint64, SearchCandidate>& found, QList<qint64>& order);

    db::Connection& m_db;
    CandidateReader& m_reader;
    TierWalk m_walk;
    qint64 m_ordEnd = std::numeric_limits<qint64>::max();
    bool m_walkEnabled = true;
    qsizetype m_walkColumnRows = std::numeric_limits<qsizetype>::max();
};

} // namespace pathways::search
