#include "search/FacetCounter.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/FacetFilters.h"
#include "search/FacetTokens.h"
#include "search/GeoCells.h"
#include "search/MatchExpression.h"
#include "search/OrdList.h"
#include "search/ReadTransaction.h"
#include "search/RunningServices.h"
#include "search/SearchEngine.h"

#include <QSet>
#include <algorithm>

namespace pathways::search {

/// One filter of the query as the postings that satisfy it, and the facet kind whose own counts ignore it
/// (empty: none, it narrows every count).
struct FacetCounter::Filter
{
    QString skippedBy;
    QList<int> accepted; // indexes into m_postings; empty: nothing in the directory satisfies it
};

FacetCounter::FacetCounter(db::Connection& connection) : m_db(connection) {}

FacetCounter::~FacetCounter() = default;

Status FacetCounter::load()
{
    if (m_loaded)
        return {};
    m_maxOrd = m_db.queryInt(QStringLiteral("SELECT coalesce(max(ord), 0) FROM search_doc"));
    m_firstEndedOrd = firstNotRunningOrd(m_db);
    // A value held by at least 1/32 of the services takes less room as a bit set than as 32-bit ords.
    const qint64 denseFrom = std::max<qint64>(1, m_maxOrd / 32);
    auto row = m_db.prepare(QStringLiteral("SELECT kind, value, ords FROM search_facet"));
    while (row.step()) {
        const QString kind = row.columnText(0);
        const QString value = row.columnText(1);
        auto ords = ords::decode(row.columnBlob(2));
        if (!ords) {
            // The next count tries again rather than counting with half the values.
            m_postings.clear();
            m_kindIndex.clear();
            m_postingIndex.clear();
            m_postingsOfKind.clear();
            return Error::unreadable(
                QStringLiteral("the search index of %1 is damaged (facet %2)").arg(m_db.path(), value));
        }
        if (!m_kindIndex.contains(kind)) {
            m_kindIndex.insert(kind, static_cast<int>(m_kindIndex.size()));
            m_postingsOfKind.emplace_back();
        }
        const qint64 maxOrd = m_maxOrd;
        std::erase_if(*ords, [maxOrd](qint64 ord) { return ord > maxOrd; });
        Posting posting;
        posting.kind = m_kindIndex.value(kind);
        posting.value = value;
        posting.size = static_cast<qint64>(ords->size());
        if (posting.size >= denseFrom) {
            OrdSet set(m_maxOrd + 1);
            for (const qint64 ord : *ords)
                set.insert(ord);
            posting.bits = set.words();
        } else {
            posting.ords.assign(ords->begin(), ords->end());
        }
        const int index = static_cast<int>(m_postings.size());
        m_postingIndex.insert({posting.kind, value}, index);
        m_postingsOfKind[static_cast<size_t>(posting.kind)].push_back(index);
        m_postings.push_back(std::move(posting));
    }
    m_loaded = true;
    return {};
}

void FacetCounter::loadPoints()
{
    if (!m_pointOffsets.empty())
        return;
    std::vector<quint32> offsets(static_cast<size_t>(m_maxOrd + 2), 0);
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

OrdSet FacetCounter::candidates(const SearchQuery& query)
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
    if (expression.isEmpty())
        return OrdSet::oneTo(m_maxOrd); // ords are 1..n without gaps (the index build numbers them so)
    OrdSet ords(m_maxOrd + 1);
    auto row = m_db.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ?"));
    row.bind(1, expression);
    while (row.step())
        ords.insert(row.columnInt64(0));
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
            const int posting = m_postingIndex.value({kindIndex, value}, -1);
            if (posting >= 0)
                filter.accepted << posting;
        }
        filters << filter;
    }
    return filters;
}

OrdSet FacetCounter::servicesOf(const Filter& filter) const
{
    OrdSet services(m_maxOrd + 1);
    for (const int index : filter.accepted) {
        const Posting& posting = m_postings[static_cast<size_t>(index)];
        if (!posting.bits.empty())
            services.unite(posting.bits);
        for (const quint32 ord : posting.ords)
            services.insert(ord);
    }
    return services;
}

qint64 FacetCounter::countIn(const Posting& posting, const OrdSet& set) const
{
    if (!posting.bits.empty())
        return set.countCommon(posting.bits);
    return std::count_if(posting.ords.cbegin(), posting.ords.cend(),
                         [&set](quint32 ord) { return set.contains(ord); });
}

void FacetCounter::loadScheduled()
{
    if (m_scheduledLoaded)
        return;
    m_scheduled = OrdSet(m_maxOrd + 1);
    auto row = m_db.prepare(QStringLiteral(
        "SELECT d.ord FROM search_doc d WHERE d.service_id IN (SELECT service_id FROM schedule WHERE "
        "service_id IS NOT NULL UNION ALL SELECT sal.service_id FROM schedule s JOIN service_at_location sal "
        "ON sal.id = s.service_at_location_id)"));
    while (row.step())
        m_scheduled.insert(row.columnInt64(0));
    m_scheduledLoaded = true;
}

Expected<FacetCounts> FacetCounter::count(const SearchQuery& query, SearchEngine& engine)
{
    // One snapshot and one file lock for every read below (each statement would take its own).
    const ReadTransaction transaction(m_db);
    if (const Status loaded = load(); !loaded)
        return loaded.error();
    FacetCounts counts;
    OrdSet matches = candidates(query);
    if (!query.onlyServices.isEmpty()) {
        // A restriction to a few services (the user's favourites) is applied to every count.
        OrdSet allowed(m_maxOrd + 1);
        auto ord = m_db.prepare(QStringLiteral("SELECT ord FROM search_doc WHERE service_id = ?"));
        for (const QString& id : query.onlyServices) {
            ord.bind(1, id);
            if (ord.step())
                allowed.insert(ord.columnInt64(0));
            ord.reset();
        }
        matches.intersect(allowed.words());
    }
    if (query.origin && query.withinKm) {
        loadPoints();
        OrdSet inside(m_maxOrd + 1);
        matches.forEach([&](qint64 ord) {
            const auto distance = distanceKm(ord, *query.origin);
            if (distance && *distance <= *query.withinKm)
                inside.insert(ord);
        });
        matches = std::move(inside);
    }
    const QStringList kinds{QString::fromLatin1(facet::kCategory), QString::fromLatin1(facet::kAudience),
                            QString::fromLatin1(facet::kMunicipality), QString::fromLatin1(facet::kLanguage),
                            QString::fromLatin1(facet::kFree), QString::fromLatin1(facet::kPublisher)};
    // A kind counts the matches that meet every filter but its own: the matches narrowed by each other
    // filter's services, then one intersection count per value of the kind.
    const QList<Filter> filters = filtersOf(query);
    std::vector<OrdSet> meeting;
    for (const Filter& filter : filters)
        meeting.push_back(servicesOf(filter));
    auto narrowed = [&](const QString& ignoredKind) {
        OrdSet set = matches;
        for (qsizetype f = 0; f < filters.size(); ++f)
            if (filters[f].skippedBy != ignoredKind || ignoredKind.isEmpty())
                set.intersect(meeting[static_cast<size_t>(f)].words());
        return set;
    };
    // Services that no longer run are the last ords (the index build orders them so): counted for "Include
    // services no longer running (N)", and left out of every count unless asked for.
    const qint64 endedFrom = m_firstEndedOrd;
    if (endedFrom <= m_maxOrd) {
        const OrdSet running = OrdSet::oneTo(endedFrom - 1);
        const OrdSet meetingAll = narrowed(QString());
        counts.notRunning = meetingAll.count() - meetingAll.countCommon(running.words());
        if (query.runningOnly)
            matches.intersect(running.words());
    }
    const OrdSet passingAll = narrowed(QString());
    for (const QString& kind : kinds) {
        const int kindIndex = m_kindIndex.value(kind, -1);
        QList<FacetValue> values;
        if (kindIndex >= 0) {
            const bool ownFilter = std::any_of(filters.cbegin(), filters.cend(),
                                               [&kind](const Filter& f) { return f.skippedBy == kind; });
            const OrdSet counted = ownFilter ? narrowed(kind) : passingAll;
            for (const int index : m_postingsOfKind[static_cast<size_t>(kindIndex)]) {
                const Posting& posting = m_postings[static_cast<size_t>(index)];
                if (const qint64 n = countIn(posting, counted); n > 0)
                    values << FacetValue{posting.value, n};
            }
        }
        std::sort(values.begin(), values.end(), [](const FacetValue& a, const FacetValue& b) {
            return a.count != b.count ? a.count > b.count : a.value < b.value;
        });
        counts.byKind.insert(kind, values);
    }
    // The open-at filter is applied last: it needs each service's schedule.
    const qint64 passing = passingAll.count();
    const bool checkOpen = passing <= kMaxOpenChecks;
    const QDateTime moment = query.openAt.value_or(QDateTime::currentDateTimeUtc());
    qint64 open = 0;
    if (checkOpen) {
        // A service without schedule rows is never open (its state is unknown): only the others are read.
        loadScheduled();
        OrdSet scheduled = passingAll;
        scheduled.intersect(m_scheduled.words());
        auto serviceId = m_db.prepare(QStringLiteral("SELECT service_id FROM search_doc WHERE ord = ?"));
        QStringList ids;
        scheduled.forEach([&](qint64 ord) {
            serviceId.bind(1, ord);
            if (serviceId.step())
                ids << serviceId.columnText(0);
            serviceId.reset();
        });
        // Their hours in two statements rather than one per service (the first time a query meets them).
        engine.prefetchOpeningHours(ids);
        for (const QString& id : std::as_const(ids))
            if (engine.openState(id, moment) == schedule::OpenState::Open)
                ++open;
        counts.openNow = open;
    }
    counts.total = query.openAt ? (checkOpen ? open : 0) : passing;
    return counts;
}

} // namespace pathways::search
