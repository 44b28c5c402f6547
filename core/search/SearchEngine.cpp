#include "search/SearchEngine.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/GeoCells.h"
#include "search/MatchExpression.h"
#include "search/OpenStateCache.h"
#include "search/QueryExpansion.h"
#include "search/ReadTransaction.h"
#include "search/RunningServices.h"
#include "search/TierWalk.h"
#include "text/TextFolding.h"

#include <QSet>
#include <algorithm>
#include <limits>

namespace pathways::search {

namespace {

constexpr double kTierWeight = 1000.0;
// Strict tiers (the words as typed, the last one a prefix) above loose ones (word forms, prefixes, typos,
// category names: MatchExpression::loose), so that exact and whole-word matches outrank the others.
enum Tier {
    Filtered = 0,
    LooseAnywhere = 1,
    LooseNameOrOrganisation = 2,
    LooseName = 3,
    Anywhere = 4,
    NameOrOrganisation = 5,
    Name = 6,
    ExactName = 7
};
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

using Candidate = SearchEngine::Candidate;

SearchEngine::SearchEngine(db::Connection& connection, QTimeZone defaultZone)
    : m_db(connection), m_openStates(std::make_unique<OpenStateCache>(connection, std::move(defaultZone))),
      m_expansion(std::make_unique<QueryExpansion>(connection)), m_walk(std::make_unique<TierWalk>(connection))
{
}

SearchEngine::~SearchEngine() = default;

void SearchEngine::cancel()
{
    m_db.interrupt();
}

db::Statement& SearchEngine::cached(std::unique_ptr<db::Statement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<db::Statement>(m_db, QString::fromLatin1(sql));
    return *slot;
}

QString SearchEngine::serviceIdOf(qint64 ord)
{
    auto& row = cached(m_serviceIdOf, "SELECT service_id FROM search_doc WHERE ord = ?");
    row.bind(1, ord);
    const QString id = row.step() ? row.columnText(0) : QString();
    row.reset();
    return id;
}

QString SearchEngine::namesOf(qint64 ord)
{
    auto& row = cached(m_namesOf, "SELECT names_folded FROM search_doc WHERE ord = ?");
    row.bind(1, ord);
    const QString names = row.step() ? row.columnText(0) : QString();
    row.reset();
    return names;
}

std::optional<double> SearchEngine::distanceFrom(qint64 ord, const GeoPoint& origin)
{
    auto it = m_points.find(ord);
    if (it == m_points.end()) {
        QList<GeoPoint> points;
        auto& row = cached(m_pointsOf, "SELECT latitude, longitude FROM search_geo WHERE ord = ?");
        row.bind(1, ord);
        while (row.step())
            points << GeoPoint{row.columnDouble(0), row.columnDouble(1)};
        row.reset();
        if (m_points.size() > 100000)
            m_points.clear();
        it = m_points.insert(ord, points);
    }
    return nearestDistanceKm(std::span(std::as_const(*it).data(), static_cast<size_t>(it->size())), origin);
}

schedule::OpenState SearchEngine::openState(const QString& serviceId, const QDateTime& moment)
{
    return m_openStates->stateAt(serviceId, moment);
}

const schedule::OpeningHours& SearchEngine::openingHours(const QString& serviceId)
{
    return m_openStates->hoursOf(serviceId);
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

bool SearchEngine::passesPostFilters(qint64 ord, const QString& serviceId, const SearchQuery& query,
                                     Candidate& candidate)
{
    if (!query.onlyServices.isEmpty() && !query.onlyServices.contains(serviceId))
        return false;
    if (query.origin) {
        candidate.distance = distanceFrom(ord, *query.origin);
        if (query.withinKm && (!candidate.distance || *candidate.distance > *query.withinKm))
            return false;
    }
    if (query.openAt) {
        candidate.open = openState(serviceId, *query.openAt);
        candidate.openKnown = true;
        if (candidate.open != schedule::OpenState::Open)
            return false;
    }
    return true;
}

void SearchEngine::collectTier(int tier, const QString& expression, const SearchQuery& query, int window,
                               QHash<qint64, Candidate>& found, QList<qint64>& order)
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
        Candidate candidate;
        candidate.ord = ord;
        candidate.tier = tier;
        candidate.serviceId = serviceIdOf(ord);
        if (!passesPostFilters(ord, candidate.serviceId, query, candidate))
            continue;
        found.insert(ord, candidate);
        order << ord;
        if (window > 0 && ++added >= window)
            return;
    }
}

QList<qint64> SearchEngine::exactNameMatches(const QString& folded, const QString& filter)
{
    QList<qint64> ords;
    auto names =
        m_db.prepare(QStringLiteral("SELECT ord FROM search_name_key WHERE name_key = ? ORDER BY ord"));
    names.bind(1, folded);
    while (names.step())
        if (names.columnInt64(0) < m_ordEnd)
            ords << names.columnInt64(0);
    if (filter.isEmpty() || ords.isEmpty())
        return ords;
    QList<qint64> passing;
    auto check =
        m_db.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid = ?"));
    for (const qint64 ord : std::as_const(ords)) {
        check.bind(1, filter);
        check.bind(2, ord);
        if (check.step())
            passing << ord;
        check.reset();
    }
    return passing;
}

SearchResults SearchEngine::search(const SearchQuery& asked)
{
    const ReadTransaction transaction(m_db);
    SearchQuery query = asked;
    if (query.runningOnly && !m_firstEndedOrd)
        m_firstEndedOrd = firstNotRunningOrd(m_db);
    m_ordEnd = query.runningOnly ? *m_firstEndedOrd : std::numeric_limits<qint64>::max();
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
    std::optional<qint64> walked;
    bool onePass = false;
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
        const QStringList lastTerms = tokens.last().size() > 3 ? words.last().prefixTerms : QStringList();
        everything = MatchExpression::both(
            MatchExpression::loose(words, QLatin1String(kAllColumns), filterGroups), filter);
        if (collectInOnePass(tokens, words, lastTerms, filterGroups, query, need, found, order, walked))
            onePass = true;
        const struct
        {
            Tier tier;
            const char* columns;
            bool loose;
        } tiers[] = {{Name, "name", false},
                     {NameOrOrganisation, "name alt", false},
                     {Anywhere, kAllColumns, false},
                     {LooseName, "name", true},
                     {LooseNameOrOrganisation, "name alt", true},
                     {LooseAnywhere, kAllColumns, true}};
        // A walk that could not tell still answers the two name tiers in one more walk (TierWalk::pickNames).
        const bool namesWalked = !onePass && walked.has_value();
        if (namesWalked)
            collectNamesInOnePass(tokens, lastTerms, filterGroups, query, need, found, order);
        for (const auto& [tier, columns, loose] : tiers) {
            if (onePass || found.size() > need)
                break;
            if (namesWalked && (tier == Name || tier == NameOrOrganisation))
                continue;
            const int window = static_cast<int>(TierWalk::window(need, found.size()));
            const QString text = loose ? MatchExpression::loose(words, QLatin1String(columns), filterGroups)
                                       : MatchExpression::text(tokens, QLatin1String(columns), lastTerms);
            collectTier(tier, MatchExpression::both(text, filter), query, window, found, order);
        }
    }

    QList<Candidate> ranked = scored(order, found, tokens);
    std::stable_sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        const double sa = a.tier * kTierWeight + a.fine;
        const double sb = b.tier * kTierWeight + b.fine;
        return sa != sb ? sa > sb : a.ord < b.ord;
    });
    SearchResults results = page(ranked, query);
    countMatches(everything, query, found.size(), !results.more, results, walked);
    return results;
}

bool SearchEngine::collectInOnePass(const QStringList& tokens, const QList<WordMatch>& words,
                                    const QStringList& lastTerms, const QList<QStringList>& filterGroups,
                                    const SearchQuery& query, int need, QHash<qint64, Candidate>& found,
                                    QList<qint64>& order, std::optional<qint64>& walked)
{
    // Filters checked service by service would make a tier's window depend on each check.
    if (!m_tierWalkEnabled || !query.onlyServices.isEmpty() || query.openAt || (query.origin && query.withinKm))
        return false;
    const auto tiered = MatchExpression::tiered(tokens, words, lastTerms, filterGroups);
    if (!tiered || !m_walk->available())
        return false;
    QList<QPair<qint64, TierWalk::Tier>> picked;
    const qsizetype read = m_walk->pick(*tiered, m_ordEnd, need, kCountCap + 1, m_walkColumnRows,
                                        QSet<qint64>(order.cbegin(), order.cend()), picked);
    walked = read < 0 ? -read : read;
    if (read < 0)
        return false;
    addPicked(picked, query, found, order);
    return true;
}

void SearchEngine::collectNamesInOnePass(const QStringList& tokens, const QStringList& lastTerms,
                                         const QList<QStringList>& filterGroups, const SearchQuery& query, int need,
                                         QHash<qint64, Candidate>& found, QList<qint64>& order)
{
    QList<QPair<qint64, TierWalk::Tier>> picked;
    m_walk->pickNames(MatchExpression::namesTiered(tokens, lastTerms, filterGroups), m_ordEnd, need,
                      QSet<qint64>(order.cbegin(), order.cend()), picked);
    addPicked(picked, query, found, order);
}

void SearchEngine::addPicked(const QList<QPair<qint64, TierWalk::Tier>>& picked, const SearchQuery& query,
                             QHash<qint64, Candidate>& found, QList<qint64>& order)
{
    static const QHash<unsigned, Tier> kTierOf = {{TierWalk::Name, Name},
                                                  {TierWalk::NameOrOrganisation, NameOrOrganisation},
                                                  {TierWalk::Anywhere, Anywhere},
                                                  {TierWalk::LooseName, LooseName},
                                                  {TierWalk::LooseNameOrOrganisation, LooseNameOrOrganisation},
                                                  {TierWalk::LooseAnywhere, LooseAnywhere}};
    for (const auto& [ord, tier] : std::as_const(picked)) {
        Candidate candidate;
        candidate.ord = ord;
        candidate.tier = kTierOf.value(tier);
        candidate.serviceId = serviceIdOf(ord);
        passesPostFilters(ord, candidate.serviceId, query, candidate); // a distance to show; never refuses here
        found.insert(ord, candidate);
        order << ord;
    }
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
