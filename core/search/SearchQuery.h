#pragma once

#include "schedule/OpeningHours.h"
#include "search/GeoCells.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::search {

/// What the user asked for. Every filter is optional; filters combine with AND, several values of one
/// filter (two categories) with OR.
struct SearchQuery
{
    enum class Sort { Relevance, Distance };

    QString text;                    ///< free text, any script; user input, never trusted
    QStringList categories;          ///< pathways-category codes
    QStringList audiences;           ///< pathways-audience codes
    QString municipality;            ///< a municipality (address city) or region name, any script or case
    QString language;                ///< a language spoken at the service (ISO 639 code or English name)
    bool freeOnly = false;           ///< only services whose cost options are all free
    std::optional<QDateTime> openAt; ///< only services open at that moment
    std::optional<GeoPoint> origin;  ///< where distances are measured from
    QString nearPlace;               ///< used when origin is unset: a municipality/region name or "LAT,LON"
    std::optional<double> withinKm;  ///< only services with a location this close to origin
    QStringList onlyServices;        ///< when not empty: only these service ids (e.g. the user's favourites)
    /// Only services still running (search/RunningServices.h). The front ends set it by default (the window,
    /// `pathways-cli search --status active`); false asks for every status.
    bool runningOnly = false;
    Sort sort = Sort::Relevance;
    int limit = 50;
    int offset = 0;
};

/// One ranked result. Display fields are read separately (directory::ServiceReader), for the page shown.
struct SearchHit
{
    qint64 ord = 0; ///< position in the static order (the FTS rowid)
    QString serviceId;
    double score = 0;                 ///< higher is better; comparable within one result list only
    std::optional<double> distanceKm; ///< to the nearest location, when an origin is set
    schedule::OpenState open = schedule::OpenState::Unknown; ///< at openAt, or now
    bool alwaysOpen = false;                                 ///< the schedule says 24/7
};

struct SearchResults
{
    QList<SearchHit> hits;
    bool more = false; ///< further results exist past offset + limit
    qint64 total = 0; ///< services the query matches in all (hits are the page of them asked for)
    /// `total` is where counting stopped (SearchEngine::kCountCap, or a filter checked service by
    /// service): show it as "1,000+"
    bool totalIsLowerBound = false;
};

} // namespace pathways::search
