#pragma once

#include "search/IndexDocument.h"

#include <QHash>
#include <optional>
#include <vector>

namespace pathways::db {
class Connection;
}

namespace pathways::search {

/// Reads the HSDS tables of a directory once, table by table, and assembles one IndexDocument per service
/// plus the municipalities and regions they are in. Whole-table scans joined in memory are much faster
/// than one query per service at 100,000 services.
class DocumentGatherer
{
public:
    explicit DocumentGatherer(db::Connection& connection) : m_db(connection) {}

    /// The services in the order the service table yields them.
    std::vector<IndexDocument> gather();
    /// Municipalities (facet::kMunicipality) or regions (facet::kRegion) by place key, filled by gather().
    QHash<QString, IndexPlace>& places(const char* kind);

private:
    IndexDocument* find(const QString& serviceId);
    void addPlace(IndexDocument& document, int ordinalHint, const char* kind, const QString& name,
                  const std::optional<GeoPoint>& point);
    void readServices();
    void readTranslations();
    void readTerms();
    void readLocations();
    void readServiceAreas();
    void readLanguages();
    void readCosts();

    db::Connection& m_db;
    std::vector<IndexDocument> m_documents;
    QHash<QString, int> m_index;
    QHash<QString, QStringList> m_servicesByOrganization;
    QHash<QString, IndexPlace> m_municipalities;
    QHash<QString, IndexPlace> m_regions;
};

} // namespace pathways::search
