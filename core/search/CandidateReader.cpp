#include "search/CandidateReader.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/GeoCells.h"
#include "search/OpenStateCache.h"

namespace pathways::search {

CandidateReader::CandidateReader(db::Connection& connection, QTimeZone defaultZone)
    : m_db(connection), m_openStates(std::make_unique<OpenStateCache>(connection, std::move(defaultZone)))
{
}

CandidateReader::~CandidateReader() = default;

db::Statement& CandidateReader::cached(std::unique_ptr<db::Statement>& slot, const char* sql)
{
    if (!slot)
        slot = std::make_unique<db::Statement>(m_db, QString::fromLatin1(sql));
    return *slot;
}

QString CandidateReader::textOf(std::unique_ptr<db::Statement>& slot, const char* sql, qint64 ord)
{
    auto& row = cached(slot, sql);
    row.bind(1, ord);
    const QString text = row.step() ? row.columnText(0) : QString();
    row.reset();
    return text;
}

QString CandidateReader::serviceIdOf(qint64 ord)
{
    return textOf(m_serviceIdOf, "SELECT service_id FROM search_doc WHERE ord = ?", ord);
}

QString CandidateReader::namesOf(qint64 ord)
{
    return textOf(m_namesOf, "SELECT names_folded FROM search_doc WHERE ord = ?", ord);
}

std::optional<double> CandidateReader::distanceFrom(qint64 ord, const GeoPoint& origin)
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

schedule::OpenState CandidateReader::openState(const QString& serviceId, const QDateTime& moment)
{
    return m_openStates->stateAt(serviceId, moment);
}

const schedule::OpeningHours& CandidateReader::openingHours(const QString& serviceId)
{
    return m_openStates->hoursOf(serviceId);
}

void CandidateReader::prefetchOpeningHours(const QStringList& serviceIds)
{
    m_openStates->prefetch(serviceIds);
}

bool CandidateReader::passesPostFilters(qint64 ord, const QString& serviceId, const SearchQuery& query,
                                        SearchCandidate& candidate)
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

} // namespace pathways::search
