#pragma once

#include <QStringList>
#include <optional>
#include <span>

namespace pathways::search {

struct GeoPoint
{
    double latitude = 0;
    double longitude = 0;
};

/// Great-circle distance in kilometres (haversine, mean Earth radius).
double distanceKm(const GeoPoint& a, const GeoPoint& b);
/// Distance from `origin` to the nearest of a service's `points`; nullopt when it has none.
std::optional<double> nearestDistanceKm(std::span<const GeoPoint> points, const GeoPoint& origin);

/// "Within N km" is answered like a filter: each location is written into the FTS facets column as one
/// grid-cell token per level, and a radius query becomes an OR over the cells that cover its bounding box,
/// followed by an exact distance check on the few candidates.
class GeoCells
{
public:
    /// The cell tokens of a point, one per level.
    static QStringList tokensFor(const GeoPoint& point);
    /// Cell tokens covering a circle, or nullopt when the circle is so large that no filter is cheaper.
    static std::optional<QStringList> tokensCovering(const GeoPoint& centre, double radiusKm);
};

/// Parses "46.05,14.51" (decimal degrees, latitude first); nullopt when malformed or out of range.
std::optional<GeoPoint> parseCoordinates(const QString& text);

} // namespace pathways::search
