#include "search/TierCollector.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/CandidateReader.h"
#include "search/MatchExpression.h"

#include <QSet>

namespace pathways::search {

TierCollector::TierCollector(db::Connection& connection, CandidateReader& reader)
    : m_db(connection), m_reader(reader), m_walk(connection)
{
}

TierCollector::~TierCollector() = default;

void TierCollector::collectExactNames(const QString& folded, const QString& filter, const SearchQuery& query,
                                      QHash<qint64, SearchCandidate>& found, QList<qint64>& order)
{
    QList<qint64> ords;
    auto names =
        m_db.prepare(QStringLiteral("SELECT ord FROM search_name_key WHERE name_key = ? ORDER BY ord"));
    names.bind(1, folded);
    while (names.step())
        if (names.columnInt64(0) < m_ordEnd)
            ords << names.columnInt64(0);
    if (!filter.isEmpty() && !ords.isEmpty()) {
        QList<qint64> passing;
        auto check = m_db.prepare(
            QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid = ?"));
        for (const qint64 ord : std::as_const(ords)) {
            check.bind(1, filter);
            check.bind(2, ord);
            if (check.step())
                passing << ord;
            check.reset();
        }
        ords = passing;
    }
    for (const qint64 ord : std::as_const(ords)) {
        SearchCandidate candidate;
        candidate.ord = ord;
        candidate.tier = SearchCandidate::ExactName;
        candidate.serviceId = m_reader.serviceIdOf(ord);
        if (m_reader.passesPostFilters(ord, candidate.serviceId, query, candidate)) {
            found.insert(ord, candidate);
            order << ord;
        }
    }
}

void TierCollector::collectTier(int tier, const QString& expression, const SearchQuery& query, int window,
                                QHash<qint64, SearchCandidate>& found, QList<qint64>& order)
{
    // One statement read only as far as needed: FTS5 yields rowids in order and stops when we stop
    // (re-running it per chunk would rebuild a long prefix's match list each time).
    auto statement =
        expression.isEmpty()
            ? m_db.prepare(QStringLiteral("SELECT ord FROM search_doc WHERE ord < ?2 ORDER BY ord"))
            : m_db.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 "
                                          "AND rowid < ?2 ORDER BY rowid"));
    if (!expression.isEmpty())
        statement.bind(1, expression);
    statement.bind(2, m_ordEnd);
    int added = 0;
    while (statement.step()) {
        const qint64 ord = statement.columnInt64(0);
        if (found.contains(ord))
            continue;
        SearchCandidate candidate;
        candidate.ord = ord;
        candidate.tier = tier;
        candidate.serviceId = m_reader.serviceIdOf(ord);
        if (!m_reader.passesPostFilters(ord, candidate.serviceId, query, candidate))
            continue;
        found.insert(ord, candidate);
        order << ord;
        if (window > 0 && ++added >= window)
            return;
    }
}

TierCollector::Walk TierCollector::collectInOnePass(const QStringList& tokens, const QList<WordMatch>& words,
                                                    const QStringList& lastTerms,
                                                    const QList<QStringList>& filterGroups,
                                                    const SearchQuery& query, int need, qsizetype readAtMost,
                                                    QHash<qint64, SearchCandidate>& found,
                                                    QList<qint64>& order)
{
    Walk walk;
    // Filters checked service by service would make a tier's window depend on each check.
    if (!m_walkEnabled || !query.onlyServices.isEmpty() || query.openAt || (query.origin && query.withinKm))
        return walk;
    const auto tiered = MatchExpression::tiered(tokens, words, lastTerms, filterGroups);
    if (!tiered || !m_walk.available())
        return walk;
    QList<QPair<qint64, TierWalk::Tier>> picked;
    const qsizetype read = m_walk.pick(*tiered, m_ordEnd, need, readAtMost, m_walkColumnRows,
                                       QSet<qint64>(order.cbegin(), order.cend()), picked);
    walk.matches = read < 0 ? -read : read;
    if (read < 0) {
        // The walk could not tell: it still answers the two name tiers in one more walk.
        // The filters as the tier queries have them (no radius: a walk never runs with one).
        const QString nameOnly =
            MatchExpression::both(MatchExpression::text(tokens, QStringLiteral("name"), lastTerms),
                                  MatchExpression::filters(query, {}));
        const TierWalk::Tier last = m_walk.pickNames(
            MatchExpression::namesTiered(tokens, lastTerms, filterGroups), nameOnly, m_ordEnd, need,
            m_walkColumnRows, QSet<qint64>(order.cbegin(), order.cend()), picked);
        walk.answeredDownTo =
            last == TierWalk::Name ? SearchCandidate::Name : SearchCandidate::NameOrOrganisation;
    } else {
        walk.allTiers = true;
    }
    addPicked(picked, query, found, order);
    return walk;
}

void TierCollector::addPicked(const QList<QPair<qint64, TierWalk::Tier>>& picked, const SearchQuery& query,
                              QHash<qint64, SearchCandidate>& found, QList<qint64>& order)
{
    using C = SearchCandidate;
    static const QHash<unsigned, C::Tier> kTierOf = {
        {TierWalk::Name, C::Name},
        {TierWalk::NameOrOrganisation, C::NameOrOrganisation},
        {TierWalk::Anywhere, C::Anywhere},
        {TierWalk::LooseName, C::LooseName},
        {TierWalk::LooseNameOrOrganisation, C::LooseNameOrOrganisation},
        {TierWalk::LooseAnywhere, C::LooseAnywhere}};
    for (const auto& [ord, tier] : picked) {
        SearchCandidate candidate;
        candidate.ord = ord;
        candidate.tier = kTierOf.value(tier);
        candidate.serviceId = m_reader.serviceIdOf(ord);
        // A distance to show; never refuses here (the walk runs only without post-filters that refuse).
        m_reader.passesPostFilters(ord, candidate.serviceId, query, candidate);
        found.insert(ord, candidate);
        order << ord;
    }
}

} // namespace pathways::search
