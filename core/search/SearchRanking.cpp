// The two orderings of SearchEngine: by relevance (tiers) and by distance (growing radii).
#include "db/Connection.h"
#include "search/GeoCells.h"
#include "search/MatchExpression.h"
#include "search/SearchEngine.h"

#include <QSet>
#include <algorithm>

namespace pathways::search {

namespace {

constexpr double kTierWeight = 1000.0;
enum Tier { Filtered = 0, Anywhere = 1, NameOrOrganisation = 2, Name = 3, ExactName = 4 };
constexpr double kDistanceRadii[] = {5, 25, 100, 400, 1500};
constexpr int kMaxDistanceCandidates = 50000;

// Small in-tier score: whole words of the query that are whole words of a name, a name that starts with
// the query's first word, and fewer name words (a closer match).
double fineScore(const QStringList& tokens, const QString& namesFolded)
{
    if (tokens.isEmpty())
        return 0;
    const QStringList words = namesFolded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QSet<QString> wordSet(words.cbegin(), words.cend());
    double score = 0;
    for (const QString& token : tokens)
        if (wordSet.contains(token))
            score += 100;
    if (!words.isEmpty() && words.first().startsWith(tokens.first()))
        score += 30;
    score -= std::min<qsizetype>(words.size(), 50) * 0.1;
    return score;
}

} // namespace

using Candidate = SearchEngine::Candidate;

namespace {
// One read transaction per search: every candidate lookup then shares one snapshot and one file lock
// instead of taking its own.
class ReadTransaction
{
public:
    explicit ReadTransaction(db::Connection& connection) : m_db(connection)
    {
        m_db.execute(QStringLiteral("BEGIN"));
    }
    ~ReadTransaction()
    {
        try {
            m_db.execute(QStringLiteral("COMMIT"));
        } catch (...) { // NOLINT(bugprone-empty-catch): a read transaction has nothing to lose
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    db::Connection& m_db;
};
} // namespace

SearchResults SearchEngine::search(const SearchQuery& asked)
{
    const ReadTransaction transaction(m_db);
    SearchQuery query = asked;
    if (!query.origin && !query.nearPlace.trimmed().isEmpty()) {
        query.origin = parseCoordinates(query.nearPlace);
        if (!query.origin)
            query.origin = placeCentroid(query.nearPlace);
    }
    return query.sort == SearchQuery::Sort::Distance && query.origin ? rankByDistance(query)
                                                                     : rankByRelevance(query);
}

SearchResults SearchEngine::rankByRelevance(const SearchQuery& query)
{
    const int need = std::max(0, query.offset) + std::max(0, query.limit);
    const QStringList tokens = MatchExpression::tokens(query.text);
    QStringList geoTokens;
    if (query.origin && query.withinKm)
        geoTokens = GeoCells::tokensCovering(*query.origin, *query.withinKm).value_or(QStringList());
    const QString filter = MatchExpression::filters(query, geoTokens);

    const QStringList lastTerms = prefixTerms(tokens);
    QHash<qint64, Candidate> found;
    QList<qint64> order;
    if (tokens.isEmpty()) {
        collectTier(Filtered, filter, query, need + 1, found, order);
    } else {
        for (const qint64 ord : exactNameMatches(tokens.join(QLatin1Char(' ')), filter)) {
            Candidate candidate;
            candidate.ord = ord;
            candidate.tier = ExactName;
            candidate.serviceId = serviceIdOf(ord);
            if (passesPostFilters(ord, candidate.serviceId, query, candidate)) {
                found.insert(ord, candidate);
                order << ord;
            }
        }
        const struct
        {
            Tier tier;
            const char* columns;
        } tiers[] = {{Name, "name"}, {NameOrOrganisation, "name alt"}, {Anywhere, "name alt place body"}};
        for (const auto& [tier, columns] : tiers) {
            if (found.size() > need)
                break;
            const int window = std::max({need + 1 - static_cast<int>(found.size()), 2 * need, 64});
            collectTier(tier,
                        MatchExpression::both(
                            MatchExpression::text(tokens, QLatin1String(columns), lastTerms), filter),
                        query, window, found, order);
        }
    }

    QList<Candidate> ranked = scored(order, found, tokens);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        const double sa = a.tier * kTierWeight + a.fine;
        const double sb = b.tier * kTierWeight + b.fine;
        return sa != sb ? sa > sb : a.ord < b.ord;
    });
    return page(ranked, query);
}

SearchResults SearchEngine::rankByDistance(const SearchQuery& query)
{
    const int need = std::max(0, query.offset) + std::max(0, query.limit);
    const QStringList tokens = MatchExpression::tokens(query.text);
    const QString text =
        MatchExpression::text(tokens, QStringLiteral("name alt place body"), prefixTerms(tokens));
    QList<double> radii;
    if (query.withinKm)
        radii << *query.withinKm;
    else
        radii = QList<double>(std::begin(kDistanceRadii), std::end(kDistanceRadii)) << -1;

    QHash<qint64, Candidate> found;
    QList<qint64> order;
    for (const double radius : std::as_const(radii)) {
        found.clear();
        order.clear();
        SearchQuery bounded = query;
        QStringList geoTokens;
        if (radius > 0) {
            bounded.withinKm = radius;
            geoTokens = GeoCells::tokensCovering(*query.origin, radius).value_or(QStringList());
        } else {
            bounded.withinKm.reset();
        }
        collectTier(Anywhere, MatchExpression::both(text, MatchExpression::filters(bounded, geoTokens)),
                    bounded, kMaxDistanceCandidates, found, order);
        if (found.size() > need)
            break;
    }
    QList<Candidate> ranked = scored(order, found, tokens);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        if (a.distance.has_value() != b.distance.has_value())
            return a.distance.has_value();
        if (a.distance && *a.distance != *b.distance)
            return *a.distance < *b.distance;
        return a.fine != b.fine ? a.fine > b.fine : a.ord < b.ord;
    });
    return page(ranked, query);
}

QList<Candidate> SearchEngine::scored(const QList<qint64>& order, const QHash<qint64, Candidate>& found,
                                      const QStringList& tokens)
{
    QList<Candidate> ranked;
    ranked.reserve(found.size());
    for (const qint64 ord : order) {
        Candidate candidate = found.value(ord);
        candidate.fine = fineScore(tokens, namesOf(ord));
        ranked << candidate;
    }
    return ranked;
}

SearchResults SearchEngine::page(const QList<Candidate>& ranked, const SearchQuery& query)
{
    SearchResults results;
    const qsizetype from = std::max(0, query.offset);
    const qsizetype to = std::min<qsizetype>(ranked.size(), from + std::max(0, query.limit));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = from; i < to; ++i) {
        const Candidate& candidate = ranked.at(i);
        SearchHit hit;
        hit.ord = candidate.ord;
        hit.serviceId = candidate.serviceId;
        hit.score = candidate.tier * kTierWeight + candidate.fine;
        hit.distanceKm = candidate.distance;
        const schedule::OpeningHours& hours = openingHours(candidate.serviceId);
        hit.open = candidate.openKnown ? candidate.open : hours.stateAt(now);
        hit.alwaysOpen = hours.isAlwaysOpen();
        results.hits << hit;
    }
    results.more = ranked.size() > to;
    return results;
}

} // namespace pathways::search
