#pragma once

#include "search/IndexDocument.h"

#include <QHash>
#include <optional>
#include <vector>

namespace pathways::db {
class Connection;
}

namespace pathways::search {

/// Reads the HSDS tables of a directory once, table by table (on two threads: the directory must be
/// committed to its file), and assembles one IndexDocument per service plus the municipalities and regions
/// they are in. Whole-table scans joined in memory are much faster
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
    IndexDocument* find(std::vector<IndexDocument>& documents, const QString& serviceId) const;
    void addPlace(IndexDocument& document, int ordinalHint, const char* kind, const QString& name,
                  const std::optional<GeoPoint>& point);
    void readServices();
    void readTranslations();
    void readTerms(db::Connection& db, std::vector<IndexDocument>& into) const;
    void readLocations();
    void readServiceAreas();
    void readLanguages(db::Connection& db, std::vector<IndexDocument>& into) const;
    void readCosts(db::Connection& db, std::vector<IndexDocument>& into) const;

    db::Connection& m_db;
    std::vector<IndexDocument> m_documents;
    QHash<QString, int> m_index;
    QHash<QString, QStringList> m_servicesByOrganization;
    QHash<QString, IndexPlace> m_municipalities;
    QHash<QString, IndexPlace> m_regions;
};

} // namespace pathways::search
