#include "search/SearchEngine.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/MatchExpression.h"
#include "search/OpenStateCache.h"
#include "text/TextFolding.h"

#include <algorithm>
#include <limits>

namespace pathways::search {

SearchEngine::SearchEngine(db::Connection& connection, QTimeZone defaultZone)
    : m_db(connection), m_openStates(std::make_unique<OpenStateCache>(connection, std::move(defaultZone)))
{
    // The index's term list (search_term, written by the index build). A directory built before it existed
    // has none: every prefix then stays a prefix query.
    if (m_db.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'search_term'")) > 0)
        m_prefixTerms = std::make_unique<db::Statement>(
            m_db, QStringLiteral("SELECT term FROM search_term WHERE term >= ?1 AND term < ?2 LIMIT %1")
                      .arg(kMaxPrefixTerms + 1));
}

QStringList SearchEngine::prefixTerms(const QStringList& tokens)
{
    if (!m_prefixTerms || tokens.isEmpty() || tokens.last().size() <= 3)
        return {};
    const QByteArray from = tokens.last().toUtf8();
    // Every string that starts with `from` sorts (bytewise) below `from` with its last byte raised by one.
    QByteArray to = from;
    to[to.size() - 1] = static_cast<char>(static_cast<unsigned char>(to.back()) + 1);
    m_prefixTerms->bindUtf8(1, from);
    m_prefixTerms->bindUtf8(2, to);
    QStringList terms;
    while (m_prefixTerms->step())
        terms << m_prefixTerms->columnText(0);
    m_prefixTerms->reset();
    if (terms.size() > kMaxPrefixTerms)
        return {};
    return terms;
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
            ? m_db.prepare(QStringLiteral("SELECT ord FROM search_doc ORDER BY ord"))
            : m_db.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 "
                                          "ORDER BY rowid"));
    if (!expression.isEmpty())
        statement.bind(1, expression);
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

} // namespace pathways::search
