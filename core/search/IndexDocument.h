#pragma once

#include "search/FacetTokens.h"
#include "search/GeoCells.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>

namespace pathways::search {

/// A municipality or region as the index sees it: its display name, the centroid of its located services
/// (for "near <place>") and which services are in it.
struct IndexPlace
{
    QString name;
    double latitudeSum = 0;
    double longitudeSum = 0;
    int located = 0;
    QSet<int> services;
};

/// Everything the index needs about one service, gathered from the HSDS tables.
struct IndexDocument
{
    QString id;
    QString status;
    QString assuredDate;
    QString sortName;
    QStringList names;  // service names in every language
    QStringList alt;    // alternate names, organisation names, taxonomy term names
    QStringList places; // municipalities, regions, location names, service areas
    QStringList body;   // descriptions, eligibility
    QSet<QString> facets;
    QList<QPair<QString, QString>> facetRows; // (kind, value)
    QList<GeoPoint> points;
    bool free = false;
    bool charged = false;

    void addFacet(const char* kind, const QString& value)
    {
        if (!value.isEmpty())
            addFacet(facet::token(kind, value), QString::fromLatin1(kind), value);
    }
    /// The same with the token already made (the gatherer caches them per term and language).
    void addFacet(const QString& token, const QString& kind, const QString& value)
    {
        if (facets.contains(token))
            return;
        facets.insert(token);
        facetRows.append({kind, value});
    }
};

} // namespace pathways::search
