#pragma once

#include "search/SearchCandidate.h"
#include "search/SearchQuery.h"

#include <QHash>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace pathways::db {
class Connection;
class Statement;
} // namespace pathways::db

namespace pathways::search {

class OpenStateCache;

/// What SearchEngine reads of one service while it ranks: its id, its folded names, its distance and its
/// opening hours. The statements are prepared once per engine, since they run for every candidate of every
/// query. Not thread-safe: one per engine.
class CandidateReader
{
public:
    CandidateReader(db::Connection& connection, QTimeZone defaultZone);
    ~CandidateReader();
    CandidateReader(const CandidateReader&) = delete;
    CandidateReader& operator=(const CandidateReader&) = delete;

    QString serviceIdOf(qint64 ord);
    QString namesOf(qint64 ord);
    /// Nearest location distance of a service from `origin`, or nullopt when it has no coordinates.
    std::optional<double> distanceFrom(qint64 ord, const GeoPoint& origin);
    /// Open state of a service at `moment` (cached).
    schedule::OpenState openState(const QString& serviceId, const QDateTime& moment);
    /// The parsed opening hours of a service (cached; valid until the next call).
    const schedule::OpeningHours& openingHours(const QString& serviceId);
    void prefetchOpeningHours(const QStringList& serviceIds);

    /// The filters FTS5 cannot check (a list of services, a radius, open at), for one candidate; fills its
    /// distance and open state on the way.
    bool passesPostFilters(qint64 ord, const QString& serviceId, const SearchQuery& query,
                           SearchCandidate& candidate);

private:
    db::Statement& cached(std::unique_ptr<db::Statement>& slot, const char* sql);
    /// The one text column `sql` reads for `ord` (empty when there is no such row).
    QString textOf(std::unique_ptr<db::Statement>& slot, const char* sql, qint64 ord);

    db::Connection& m_db;
    std::unique_ptr<OpenStateCache> m_openStates;
    std::unique_ptr<db::Statement> m_serviceIdOf;
    std::unique_ptr<db::Statement> m_namesOf;
    std::unique_ptr<db::Statement> m_pointsOf;
    QHash<qint64, QList<GeoPoint>> m_points;
};

} // namespace pathways::search
