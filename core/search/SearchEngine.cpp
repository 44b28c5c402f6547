#include "search/SearchEngine.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/CandidateReader.h"
#include "search/GeoCells.h"
#include "search/MatchExpression.h"
#include "search/QueryExpansion.h"
#include "search/ReadTransaction.h"
#include "search/RunningServices.h"
#include "search/TierCollector.h"
#include "text/TextFolding.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace pathways::search {

namespace {

constexpr double kTierWeight = 1000.0;
constexpr const char* kAllColumns = "name alt place body";
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

using Candidate = SearchCandidate;

SearchEngine::SearchEngine(db::Connection& connection, QTimeZone defaultZone)
    : m_db(connection), m_reader(std::make_unique<CandidateReader>(connection, std::move(defaultZone))),
      m_expansion(std::make_unique<QueryExpansion>(connection)),
      m_collector(std::make_unique<TierCollector>(connection, *m_reader))
{
    setTierWalk(true);
}

SearchEngine::~SearchEngine() = default;

void SearchEngine::cancel()
{
    m_db.interrupt();
}

void SearchEngine::setTierWalk(bool enabled, qsizetype columnRows)
{
    m_collector->setTierWalk(enabled, columnRows);
}

std::optional<double> SearchEngine::distanceFrom(qint64 ord, const GeoPoint& origin)
{
    return m_reader->distanceFrom(ord, origin);
}

schedule::OpenState SearchEngine::openState(const QString& serviceId, const QDateTime& moment)
{
    return m_reader->openState(serviceId, moment);
}

void SearchEngine::prefetchOpeningHours(const QStringList& serviceIds)
{
    m_reader->prefetchOpeningHours(serviceIds);
}

const schedule::OpeningHours& SearchEngine::openingHours(const QString& serviceId)
{
    return m_reader->openingHours(serviceId);
}

std::optional<GeoPoint> SearchEngine::placeCentroid(const QString& name)
{
    const QString key = text::placeKey(name);
    if (key.isEmpty())
        return std::nullopt;
    // A municipality wins over a region of the same name; the better-populated one wins otherwise.
    auto row = m_db.prepare(QStringLiteral(
        "SELECT latitude, longitude FROM search_place WHERE place_key = ? AND latitude IS NOT NULL "
        "ORDER BY kind = 'municipality' DESC, services DESC LIMIT 1"));
    row.bind(1, key);
    if (!row.step())
        return std::nullopt;
    return GeoPoint{row.columnDouble(0), row.columnDouble(1)};
}

SearchResults SearchEngine::search(const SearchQuery& asked)
{
    const ReadTransaction transaction(m_db);
    SearchQuery query = asked;
    if (query.runningOnly && !m_firstEndedOrd)
        m_firstEndedOrd = firstNotRunningOrd(m_db);
    m_ordEnd = query.runningOnly ? *m_firstEndedOrd : std::numeric_limits<qint64>::max();
    m_collector->setOrdEnd(m_ordEnd);
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
    const QList<WordMatch> words = m_expansion->expand(tokens);
    QStringList geoTokens;
    if (query.origin && query.withinKm)
        geoTokens = GeoCells::tokensCovering(*query.origin, *query.withinKm).value_or(QStringList());
    const QString filter = MatchExpression::filters(query, geoTokens);
    const QList<QStringList> filterGroups = MatchExpression::filterGroups(query, geoTokens);

    QHash<qint64, Candidate> found;
    QList<qint64> order;
    QString everything = filter; // what the total counts: the loosest tier
    TierCollector::Walk walk;
    if (tokens.isEmpty()) {
        m_collector->collectTier(Candidate::Filtered, filter, query, need + 1, found, order);
    } else {
        m_collector->collectExactNames(tokens.join(QLatin1Char(' ')), filter, query, found, order);
        const QStringList lastTerms = tokens.last().size() > 3 ? words.last().prefixTerms : QStringList();
        everything = MatchExpression::both(
            MatchExpression::loose(words, QLatin1String(kAllColumns), filterGroups), filter);
        walk = m_collector->collectInOnePass(tokens, words, lastTerms, filterGroups, query, need,
                                             kCountCap + 1, found, order);
        const struct
        {
            Candidate::Tier tier;
            const char* columns;
            bool loose;
        } tiers[] = {{Candidate::Name, "name", false},
                     {Candidate::NameOrOrganisation, "name alt", false},
                     {Candidate::Anywhere, kAllColumns, false},
                     {Candidate::LooseName, "name", true},
                     {Candidate::LooseNameOrOrganisation, "name alt", true},
                     {Candidate::LooseAnywhere, kAllColumns, true}};
        for (const auto& [tier, columns, loose] : tiers) {
            if (walk.allTiers || found.size() > need)
                break;
            if (walk.answeredDownTo > 0 && tier >= walk.answeredDownTo)
                continue;
            const int window = static_cast<int>(TierWalk::window(need, found.size()));
            const QString text = loose ? MatchExpression::loose(words, QLatin1String(columns), filterGroups)
                                       : MatchExpression::text(tokens, QLatin1String(columns), lastTerms);
            m_collector->collectTier(tier, MatchExpression::both(text, filter), query, window, found, order);
        }
    }

    QList<Candidate> ranked = scored(order, found, tokens);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        const double sa = a.tier * kTierWeight + a.fine;
        const double sb = b.tier * kTierWeight + b.fine;
        return sa != sb ? sa > sb : a.ord < b.ord;
    });
    SearchResults results = page(ranked, query);
    countMatches(everything, query, found.size(), !results.more, results, walk.matches);
    return results;
}

SearchResults SearchEngine::rankByDistance(const SearchQuery& query)
{
    const int need = std::max(0, query.offset) + std::max(0, query.limit);
    const QStringList tokens = MatchExpression::tokens(query.text);
    const QString text = MatchExpression::loose(m_expansion->expand(tokens), QLatin1String(kAllColumns));
    QList<double> radii;
    if (query.withinKm)
        radii << *query.withinKm;
    else
        radii = QList<double>(std::begin(kDistanceRadii), std::end(kDistanceRadii)) << -1;

    QHash<qint64, Candidate> found;
    QList<qint64> order;
    bool exhaustive = false; // every match of the query was a candidate (not only those of a smaller radius)
    for (const double radius : std::as_const(radii)) {
        found.clear();
        order.clear();
        exhaustive = radius < 0 || query.withinKm.has_value();
        SearchQuery bounded = query;
        QStringList geoTokens;
        if (radius > 0) {
            bounded.withinKm = radius;
            geoTokens = GeoCells::tokensCovering(*query.origin, radius).value_or(QStringList());
        } else {
            bounded.withinKm.reset();
        }
        m_collector->collectTier(Candidate::Anywhere,
                                 MatchExpression::both(text, MatchExpression::filters(bounded, geoTokens)),
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
    SearchResults results = page(ranked, query);
    QStringList geoTokens;
    if (query.withinKm)
        geoTokens = GeoCells::tokensCovering(*query.origin, *query.withinKm).value_or(QStringList());
    countMatches(MatchExpression::both(text, MatchExpression::filters(query, geoTokens)), query, found.size(),
                 exhaustive && found.size() < kMaxDistanceCandidates, results);
    return results;
}

QList<Candidate> SearchEngine::scored(const QList<qint64>& order, const QHash<qint64, Candidate>& found,
                                      const QStringList& tokens)
{
    QList<Candidate> ranked;
    ranked.reserve(found.size());
    for (const qint64 ord : order) {
        Candidate candidate = found.value(ord);
        candidate.fine = fineScore(tokens, m_reader->namesOf(ord));
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


void SearchEngine::countMatches(const QString& expression, const SearchQuery& query, qsizetype found,
                                bool foundAll, SearchResults& results, std::optional<qint64> walked)
{
    if (!query.onlyServices.isEmpty() || query.openAt || (query.origin && query.withinKm)) {
        results.total = found;
        results.totalIsLowerBound = !foundAll;
        return;
    }
    if (foundAll) {
        // The ranking read every match already (the last tier ran out before the page was full).
        results.total = found;
        return;
    }
    if (expression.isEmpty()) {
        // Ords are 1..n without gaps (the index build numbers them so).
        results.total = std::min(m_ordEnd - 1, m_db.queryInt(QStringLiteral(
                                                       "SELECT coalesce(max(ord), 0) FROM search_doc")));
        return;
    }
    if (walked) {
        results.total = std::min(*walked, kCountCap);
        results.totalIsLowerBound = *walked > kCountCap;
        return;
    }
    // FTS5 yields a match list without reading any row, but entry by entry: a query that matches much of a
    // large directory is counted up to a cap.
    auto count = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 AND rowid < ?3 "
        "LIMIT ?2)"));
    count.bind(1, expression);
    count.bind(2, kCountCap + 1);
    count.bind(3, m_ordEnd);
    const qint64 total = count.step() ? count.columnInt64(0) : 0;
    results.total = std::min(total, kCountCap);
    results.totalIsLowerBound = total > kCountCap;
}

} // namespace pathways::search
