#include "search/GeoCells.h"

#include <QRegularExpression>
#include <cmath>
#include <numbers>

namespace pathways::search {

namespace {

// Cell sizes in degrees: roughly 5 km, 25 km, 110 km and 550 km at mid latitudes.
constexpr double kLevels[] = {0.05, 0.25, 1.0, 5.0};
constexpr int kMaxCells = 64;

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

QString cellToken(int level, int x, int y)
{
    // "xg<level>a<x>b<y>", built by hand: the index build makes 4 per location (QString::arg is slow here).
    QString token = QStringLiteral("xg");
    token.reserve(16);
    token += QString::number(level);
    token += QLatin1Char('a');
    token += QString::number(x);
    token += QLatin1Char('b');
    token += QString::number(y);
    return token;
}

int cellIndex(double value, double offset, double size)
{
    return static_cast<int>(std::floor((value + offset) / size));
}

} // namespace

double distanceKm(const GeoPoint& a, const GeoPoint& b)
{
    constexpr double earthRadiusKm = 6371.0088;
    const double dLat = radians(b.latitude - a.latitude);
    const double dLon = radians(b.longitude - a.longitude);
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(radians(a.latitude)) *
                                                                   std::cos(radians(b.latitude)) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

std::optional<double> nearestDistanceKm(std::span<const GeoPoint> points, const GeoPoint& origin)
{
    std::optional<double> nearest;
    for (const GeoPoint& point : points) {
        const double distance = distanceKm(origin, point);
        if (!nearest || distance < *nearest)
            nearest = distance;
    }
    return nearest;
}

QStringList GeoCells::tokensFor(const GeoPoint& point)
{
    QStringList tokens;
    for (int level = 0; level < static_cast<int>(std::size(kLevels)); ++level) {
        const double size = kLevels[level];
        tokens << cellToken(level, cellIndex(point.longitude, 180, size),
                            cellIndex(point.latitude, 90, size));
    }
    return tokens;
}

std::optional<QStringList> GeoCells::tokensCovering(const GeoPoint& centre, double radiusKm)
{
    const double latSpan = radiusKm / 110.574;
    const double cosLat = std::max(0.01, std::cos(radians(centre.latitude)));
    const double lonSpan = radiusKm / (111.320 * cosLat);
    if (latSpan >= 60 || lonSpan >= 120)
        return std::nullopt;
    for (int level = 0; level < static_cast<int>(std::size(kLevels)); ++level) {
        const double size = kLevels[level];
        const int x0 = cellIndex(centre.longitude - lonSpan, 180, size);
        const int x1 = cellIndex(centre.longitude + lonSpan, 180, size);
        const int y0 = cellIndex(std::max(-90.0, centre.latitude - latSpan), 90, size);
        const int y1 = cellIndex(std::min(90.0, centre.latitude + latSpan), 90, size);
        if ((x1 - x0 + 1) * (y1 - y0 + 1) > kMaxCells)
            continue;
        QStringList tokens;
        for (int x = x0; x <= x1; ++x) {
            for (int y = y0; y <= y1; ++y)
                tokens << cellToken(level, x, y);
        }
        return tokens;
    }
    return std::nullopt;
}

std::optional<GeoPoint> parseCoordinates(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,;]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$)"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const GeoPoint point{match.captured(1).toDouble(), match.captured(2).toDouble()};
    if (std::abs(point.latitude) > 90 || std::abs(point.longitude) > 180)
        return std::nullopt;
    return point;
}

} // namespace pathways::search
