#include "search/FacetCounter.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "search/FacetFilters.h"
#include "search/FacetTokens.h"
#include "search/GeoCells.h"
#include "search/MatchExpression.h"
#include "search/OrdList.h"
#include "search/RunningServices.h"
#include "search/SearchEngine.h"

#include <QSet>
#include <algorithm>

namespace pathways::search {

/// One filter of the query as the (kind, value) entries that satisfy it, and the facet kind whose own
/// counts ignore it (empty: none, it narrows every count).
struct FacetCounter::Filter
{
    QString skippedBy;
    QList<Entry> accepted; // empty: nothing in the directory satisfies it
};

FacetCounter::FacetCounter(db::Connection& connection) : m_db(connection) {}

FacetCounter::~FacetCounter() = default;

void FacetCounter::load()
{
    if (m_loaded)
        return;
    const qint64 maxOrd = m_db.queryInt(QStringLiteral("SELECT coalesce(max(ord), 0) FROM search_doc"));
    struct Posting
    {
        Entry entry;
        std::vector<qint64> ords;
    };
    std::vector<Posting> postings;
    std::vector<quint32> perOrd(static_cast<size_t>(maxOrd + 2), 0);
    auto row = m_db.prepare(QStringLiteral("SELECT kind, value, ords FROM search_facet"));
    while (row.step()) {
        const QString kind = row.columnText(0);
        const QString value = row.columnText(1);
        auto ords = ords::decode(row.columnBlob(2));
        if (!ords)
            throw db::DatabaseError(
                QStringLiteral("the search index of %1 is damaged (facet %2)").arg(m_db.path(), value), 0);
        if (!m_kindIndex.contains(kind))
            m_kindIndex.insert(kind, static_cast<int>(m_kindIndex.size()));
        const int kindIndex = m_kindIndex.value(kind);
        int valueIndex = m_valueIndex.value(value, -1);
        if (valueIndex < 0) {
            valueIndex = static_cast<int>(m_values.size());
            m_values << value;
            m_valueIndex.insert(value, valueIndex);
        }
        std::erase_if(*ords, [maxOrd](qint64 ord) { return ord > maxOrd; });
        for (const qint64 ord : *ords)
            ++perOrd[static_cast<size_t>(ord)];
        postings.push_back({{kindIndex, valueIndex}, std::move(*ords)});
    }
    // Compressed rows: offsets from the counts, then every posting dealt out to its services.
    m_offsets.assign(perOrd.size() + 1, 0);
    for (size_t ord = 0; ord < perOrd.size(); ++ord)
        m_offsets[ord + 1] = m_offsets[ord] + perOrd[ord];
    m_entries.assign(m_offsets.back(), Entry{});
    std::vector<quint32> next(m_offsets.begin(), m_offsets.end() - 1);
    for (const Posting& posting : postings)
        for (const qint64 ord : posting.ords)
            m_entries[next[static_cast<size_t>(ord)]++] = posting.entry;
    m_loaded = true;
}

void FacetCounter::loadPoints()
{
    if (!m_pointOffsets.empty())
        return;
    std::vector<quint32> offsets(m_offsets.size(), 0);
    std::vector<GeoPoint> points;
    auto row = m_db.prepare(QStringLiteral("SELECT ord, latitude, longitude FROM search_geo ORDER BY ord"));
    qint64 previous = 0;
    while (row.step()) {
        const qint64 ord = row.columnInt64(0);
        if (ord < previous || ord + 1 >= static_cast<qint64>(offsets.size()))
            continue; // beyond the services counted in load()
        for (qint64 o = previous + 1; o <= ord; ++o)
            offsets[static_cast<size_t>(o)] = static_cast<quint32>(points.size());
        previous = ord;
        points.push_back({row.columnDouble(1), row.columnDouble(2)});
    }
    for (size_t o = static_cast<size_t>(previous) + 1; o < offsets.size(); ++o)
        offsets[o] = static_cast<quint32>(points.size());
    m_pointOffsets = std::move(offsets);
    m_points = std::move(points);
}

std::optional<double> FacetCounter::distanceKm(qint64 ord, const GeoPoint& origin) const
{
    const auto o = static_cast<size_t>(ord);
    return nearestDistanceKm(
        std::span(m_points).subspan(m_pointOffsets[o], m_pointOffsets[o + 1] - m_pointOffsets[o]), origin);
}

QList<qint64> FacetCounter::candidates(const SearchQuery& query)
{
    // A radius is the one filter no count ignores, so its grid cells narrow the candidates in FTS5 itself
    // (the exact distance is checked later); otherwise every text match is a candidate.
    QString radius;
    if (query.origin && query.withinKm) {
        SearchQuery radiusOnly;
        radius = MatchExpression::filters(
            radiusOnly, GeoCells::tokensCovering(*query.origin, *query.withinKm).value_or(QStringList()));
    }
    const QStringList tokens = MatchExpression::tokens(query.text);
    const QString expression = MatchExpression::both(
        tokens.isEmpty() ? QString() : MatchExpression::text(tokens, QStringLiteral("name alt place body")),
        radius);
    QList<qint64> ords;
    auto row = expression.isEmpty()
                   ? m_db.prepare(QStringLiteral("SELECT ord FROM search_doc ORDER BY ord"))
                   : m_db.prepare(QStringLiteral(
                         "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid"));
    if (!expression.isEmpty())
        row.bind(1, expression);
    while (row.step())
        ords << row.columnInt64(0);
    return ords;
}

QList<FacetCounter::Filter> FacetCounter::filtersOf(const SearchQuery& query) const
{
    QList<Filter> filters;
    for (const FacetFilter& wanted : facetFilters(query)) {
        // A value the directory does not have leaves the filter with nothing that meets it.
        Filter filter{QString::fromLatin1(wanted.kind), {}};
        for (const auto& [kind, value] : wanted.anyOf) {
            const int kindIndex = m_kindIndex.value(QString::fromLatin1(kind), -1);
            const int valueIndex = m_valueIndex.value(value, -1);
            if (kindIndex >= 0 && valueIndex >= 0)
                filter.accepted << Entry{kindIndex, valueIndex};
        }
        filters << filter;
    }
    return filters;
}

FacetCounts FacetCounter::count(const SearchQuery& query, SearchEngine& engine)
{
    load();
    FacetCounts counts;
    QList<qint64> matches = candidates(query);
    if (!query.onlyServices.isEmpty()) {
        // A restriction to a few services (the user's favourites) is applied to every count.
        QSet<qint64> allowed;
        auto ord = m_db.prepare(QStringLiteral("SELECT ord FROM search_doc WHERE service_id = ?"));
        for (const QString& id : query.onlyServices) {
            ord.bind(1, id);
            if (ord.step())
                allowed.insert(ord.columnInt64(0));
            ord.reset();
        }
        matches.removeIf([&allowed](qint64 candidate) { return !allowed.contains(candidate); });
    }
    const QStringList kinds{QString::fromLatin1(facet::kCategory), QString::fromLatin1(facet::kAudience),
                            QString::fromLatin1(facet::kMunicipality), QString::fromLatin1(facet::kLanguage),
                            QString::fromLatin1(facet::kFree)};
    // Each service is checked against every filter once, into a bit mask: it counts for a kind when every
    // filter but the one that kind ignores is met.
    const QList<Filter> filters = filtersOf(query);
    if (query.origin && query.withinKm)
        loadPoints();
    const quint32 everyFilter = (1U << filters.size()) - 1;
    std::vector<quint32> ignoredBits(static_cast<size_t>(kinds.size()), 0);
    std::vector<int> kindIndexes;
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        kindIndexes.push_back(m_kindIndex.value(kinds[k], -1));
        for (qsizetype f = 0; f < filters.size(); ++f)
            if (filters[f].skippedBy == kinds[k])
                ignoredBits[static_cast<size_t>(k)] |= 1U << f;
    }
    std::vector<QHash<int, qint64>> tallies(static_cast<size_t>(kinds.size()));
    QList<qint64> passingAll;
    const auto lastOrd = static_cast<qint64>(m_offsets.size()) - 2;
    const qint64 endedFrom = firstNotRunningOrd(m_db); // ords from here on no longer run
    for (const qint64 ord : std::as_const(matches)) {
        if (ord <= 0 || ord > lastOrd)
            continue;
        const Entry* begin = m_entries.data() + m_offsets[static_cast<size_t>(ord)];
        const Entry* end = m_entries.data() + m_offsets[static_cast<size_t>(ord) + 1];
        quint32 met = 0;
        for (qsizetype f = 0; f < filters.size(); ++f) {
            const auto& accepted = filters[f].accepted;
            const bool meets = std::any_of(begin, end, [&accepted](const Entry& e) {
                return std::any_of(accepted.cbegin(), accepted.cend(),
                                   [&e](const Entry& a) { return a.kind == e.kind && a.value == e.value; });
            });
            if (meets)
                met |= 1U << f;
        }
        if (query.origin && query.withinKm) {
            const auto distance = distanceKm(ord, *query.origin);
            if (!distance || *distance > *query.withinKm)
                continue;
        }
        if (ord >= endedFrom) {
            counts.notRunning += met == everyFilter ? 1 : 0;
            if (query.runningOnly)
                continue;
        }
        if (met == everyFilter)
            passingAll << ord;
        for (size_t k = 0; k < kindIndexes.size(); ++k) {
            if ((met | ignoredBits[k]) != everyFilter)
                continue;
            for (const Entry* e = begin; e != end; ++e)
                if (e->kind == kindIndexes[k])
                    ++tallies[k][e->value];
        }
    }
    // The open-at filter is applied last: it needs each service's schedule.
    const bool checkOpen = passingAll.size() <= kMaxOpenChecks;
    const QDateTime moment = query.openAt.value_or(QDateTime::currentDateTimeUtc());
    qint64 open = 0;
    auto serviceId = m_db.prepare(QStringLiteral("SELECT service_id FROM search_doc WHERE ord = ?"));
    if (checkOpen) {
        for (const qint64 ord : std::as_const(passingAll)) {
            serviceId.bind(1, ord);
            if (serviceId.step() &&
                engine.openState(serviceId.columnText(0), moment) == schedule::OpenState::Open)
                ++open;
            serviceId.reset();
        }
        counts.openNow = open;
    }
    counts.total = query.openAt ? (checkOpen ? open : 0) : passingAll.size();
    for (qsizetype k = 0; k < kinds.size(); ++k) {
        QList<FacetValue> values;
        const auto& tally = tallies[static_cast<size_t>(k)];
        for (auto it = tally.cbegin(); it != tally.cend(); ++it)
            values << FacetValue{m_values.at(it.key()), it.value()};
        std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        counts.byKind.insert(kinds[k], values);
    }
    return counts;
}

} // namespace pathways::search
