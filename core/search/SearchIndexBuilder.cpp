#include "search/SearchIndexBuilder.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/FacetTokens.h"
#include "search/GeoCells.h"
#include "search/LanguageCodes.h"
#include "text/TextFolding.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cstdio>
#include <tuple>
#include <vector>

namespace pathways::search {

namespace {

struct Place
{
    QString name;
    double latitudeSum = 0;
    double longitudeSum = 0;
    int located = 0;
    QSet<int> services;
};

// Everything the index needs about one service, gathered from the HSDS tables.
struct Document
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
        if (value.isEmpty())
            return;
        const QString tokenText = facet::token(kind, value);
        if (facets.contains(tokenText))
            return;
        facets.insert(tokenText);
        facetRows.append({QString::fromLatin1(kind), value});
    }
};

class Gatherer
{
public:
    explicit Gatherer(db::Connection& connection) : m_db(connection) {}

    std::vector<Document> gather()
    {
        readServices();
        readTranslations();
        readTerms();
        readLocations();
        readServiceAreas();
        readLanguages();
        readCosts();
        return std::move(m_documents);
    }

    QHash<QString, Place>& places(const char* kind)
    {
        return kind == facet::kRegion ? m_regions : m_municipalities;
    }

private:
    Document* find(const QString& serviceId)
    {
        const auto it = m_index.constFind(serviceId);
        return it == m_index.constEnd() ? nullptr : &m_documents[static_cast<size_t>(it.value())];
    }

    void readServices()
    {
        auto row = m_db.prepare(QStringLiteral(
            "SELECT s.id, s.name, s.alternate_name, s.description, s.eligibility_description, s.status, "
            "s.assured_date, o.id, o.name, o.alternate_name FROM service s "
            "LEFT JOIN organization o ON o.id = s.organization_id"));
        while (row.step()) {
            Document document;
            document.id = row.columnText(0);
            document.names << row.columnText(1);
            document.sortName = text::foldForSearch(row.columnText(1));
            document.alt << row.columnText(2) << row.columnText(8) << row.columnText(9);
            document.body << row.columnText(3) << row.columnText(4);
            document.status = row.columnText(5);
            document.assuredDate = row.columnText(6);
            m_index.insert(document.id, static_cast<int>(m_documents.size()));
            if (!row.isNull(7))
                m_servicesByOrganization[row.columnText(7)].append(document.id);
            m_documents.push_back(std::move(document));
        }
    }

    void readTranslations()
    {
        auto row = m_db.prepare(QStringLiteral(
            "SELECT entity, id, field, value FROM translation WHERE entity IN ('service', 'organization')"));
        while (row.step()) {
            const QString entity = row.columnText(0);
            const QString field = row.columnText(2);
            const QString value = row.columnText(3);
            if (entity == QLatin1String("organization")) {
                for (const QString& serviceId : m_servicesByOrganization.value(row.columnText(1)))
                    if (Document* document = find(serviceId);
                        document && field.contains(QLatin1String("name")))
                        document->alt << value;
                continue;
            }
            Document* document = find(row.columnText(1));
            if (!document)
                continue;
            if (field == QLatin1String("name"))
                document->names << value;
            else if (field == QLatin1String("alternate_name"))
                document->alt << value;
            else
                document->body << value;
        }
    }

    void readTerms()
    {
        QHash<QString, QStringList> termNames; // term id -> names in other languages
        auto names = m_db.prepare(QStringLiteral(
            "SELECT id, value FROM translation WHERE entity = 'taxonomy_term' AND field = 'name'"));
        while (names.step())
            termNames[names.columnText(0)] << names.columnText(1);

        auto row = m_db.prepare(QStringLiteral(
            "SELECT a.link_id, t.id, coalesce(nullif(t.code, ''), t.name), t.name, "
            "coalesce(x.name, t.taxonomy) FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id "
            "LEFT JOIN taxonomy x ON x.id = t.taxonomy_id"));
        while (row.step()) {
            Document* document = find(row.columnText(0));
            if (!document)
                continue;
            const QString taxonomy = row.columnText(4);
            if (taxonomy == QLatin1String(facet::kCategoryTaxonomy))
                document->addFacet(facet::kCategory, row.columnText(2));
            else if (taxonomy == QLatin1String(facet::kAudienceTaxonomy))
                document->addFacet(facet::kAudience, row.columnText(2));
            document->alt << row.columnText(3) << termNames.value(row.columnText(1));
        }
    }

    void addPlace(Document& document, int ordinalHint, const char* kind, const QString& name,
                  const std::optional<GeoPoint>& point)
    {
        const QString key = text::placeKey(name);
        if (key.isEmpty())
            return;
        document.addFacet(kind, key);
        document.places << name;
        Place& place = places(kind)[key];
        if (place.name.isEmpty())
            place.name = name;
        if (!place.services.contains(ordinalHint)) {
            place.services.insert(ordinalHint);
            if (point) {
                place.latitudeSum += point->latitude;
                place.longitudeSum += point->longitude;
                ++place.located;
            }
        }
    }

    void readLocations()
    {
        auto row = m_db.prepare(
            QStringLiteral("SELECT sal.service_id, l.name, l.latitude, l.longitude, a.city, "
                           "coalesce(a.region, a.state_province) "
                           "FROM service_at_location sal JOIN location l ON l.id = sal.location_id "
                           "LEFT JOIN address a ON a.location_id = l.id"));
        while (row.step()) {
            Document* document = find(row.columnText(0));
            if (!document)
                continue;
            std::optional<GeoPoint> point;
            if (!row.isNull(2) && !row.isNull(3)) {
                point = GeoPoint{row.columnDouble(2), row.columnDouble(3)};
                document->points << *point;
                for (const QString& cell : GeoCells::tokensFor(*point))
                    document->facets.insert(cell);
            }
            const int ordinalHint = m_index.value(document->id);
            document->places << row.columnText(1);
            addPlace(*document, ordinalHint, facet::kMunicipality, row.columnText(4), point);
            addPlace(*document, ordinalHint, facet::kRegion, row.columnText(5), point);
        }
        auto translated = m_db.prepare(QStringLiteral(
            "SELECT sal.service_id, t.value FROM translation t JOIN address a ON t.entity = 'address' AND "
            "t.id = a.id JOIN service_at_location sal ON sal.location_id = a.location_id"));
        while (translated.step())
            if (Document* document = find(translated.columnText(0)))
                document->places << translated.columnText(1);
    }

    void readServiceAreas()
    {
        auto row = m_db.prepare(QStringLiteral("SELECT service_id, name FROM service_area"));
        while (row.step())
            if (Document* document = find(row.columnText(0)))
                document->places << row.columnText(1);
    }

    void readLanguages()
    {
        auto row = m_db.prepare(QStringLiteral(
            "SELECT coalesce(lg.service_id, sal.service_id), lg.code, lg.name FROM language lg "
            "LEFT JOIN service_at_location sal ON lg.service_id IS NULL AND sal.location_id = "
            "lg.location_id"));
        while (row.step()) {
            Document* document = find(row.columnText(0));
            if (!document)
                continue;
            const QString code = normalizedLanguageCode(row.columnText(1), row.columnText(2));
            document->addFacet(facet::kLanguage, code);
            document->body << row.columnText(2);
        }
    }

    void readCosts()
    {
        auto row = m_db.prepare(
            QStringLiteral("SELECT service_id, amount FROM cost_option WHERE amount IS NOT NULL"));
        while (row.step()) {
            if (Document* document = find(row.columnText(0))) {
                if (row.columnDouble(1) > 0)
                    document->charged = true;
                else
                    document->free = true;
            }
        }
    }

    db::Connection& m_db;
    std::vector<Document> m_documents;
    QHash<QString, int> m_index;
    QHash<QString, QStringList> m_servicesByOrganization;
    QHash<QString, Place> m_municipalities;
    QHash<QString, Place> m_regions;
};

// Static order: what a mediator should see first when the text alone cannot decide.
bool staticOrder(const Document* a, const Document* b)
{
    const bool aInactive = a->status == QLatin1String("inactive") || a->status == QLatin1String("defunct");
    const bool bInactive = b->status == QLatin1String("inactive") || b->status == QLatin1String("defunct");
    if (aInactive != bInactive)
        return bInactive;
    if (a->assuredDate != b->assuredDate)
        return a->assuredDate > b->assuredDate; // ISO dates: newer verification first, empty last
    if (a->sortName != b->sortName)
        return a->sortName < b->sortName;
    return a->id < b->id;
}

QString foldAll(const QStringList& parts)
{
    QStringList folded;
    for (const QString& part : parts)
        if (!part.isEmpty())
            folded << text::foldForSearch(part);
    folded.removeAll(QString());
    return folded.join(QLatin1Char(' '));
}

void writePlaces(db::Connection& db, const char* kind, const QHash<QString, Place>& places)
{
    auto insert =
        db.prepare(QStringLiteral("INSERT INTO search_place(kind, place_key, name, latitude, longitude, "
                                  "services) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto it = places.cbegin(); it != places.cend(); ++it) {
        insert.bind(1, QString::fromLatin1(kind));
        insert.bind(2, it.key());
        insert.bind(3, it->name);
        if (it->located > 0) {
            insert.bind(4, it->latitudeSum / it->located);
            insert.bind(5, it->longitudeSum / it->located);
        }
        insert.bind(6, static_cast<qint64>(it->services.size()));
        insert.run();
    }
}

} // namespace

void SearchIndexBuilder::rebuild(db::Connection& connection)
{
    // PATHWAYS_INDEX_TIMING=1 prints how long each phase took (for benchmarks; see docs/benchmarks.md).
    const bool timing = qEnvironmentVariableIsSet("PATHWAYS_INDEX_TIMING");
    QElapsedTimer clock;
    clock.start();
    auto phase = [&](const char* name) {
        if (timing)
            std::fprintf(stderr, "index %-10s %8lld ms\n", name, static_cast<long long>(clock.restart()));
    };
    connection.execute(QStringLiteral("SAVEPOINT search_index"));
    try {
        connection.execute(
            QStringLiteral("DELETE FROM search_doc; DELETE FROM search_name_key; DELETE FROM search_geo; "
                           "DELETE FROM search_facet; DELETE FROM search_place; "
                           "INSERT INTO search_fts(search_fts) VALUES ('delete-all')"));
        Gatherer gatherer(connection);
        std::vector<Document> documents = gatherer.gather();
        phase("gather");
        std::vector<const Document*> order;
        order.reserve(documents.size());
        for (const Document& document : documents)
            order.push_back(&document);
        std::sort(order.begin(), order.end(), staticOrder);

        auto doc = connection.prepare(
            QStringLiteral("INSERT INTO search_doc(ord, service_id, names_folded) VALUES (?, ?, ?)"));
        auto nameKey = connection.prepare(
            QStringLiteral("INSERT OR IGNORE INTO search_name_key(name_key, ord) VALUES (?, ?)"));
        auto geo = connection.prepare(
            QStringLiteral("INSERT INTO search_geo(ord, latitude, longitude) VALUES (?, ?, ?)"));
        std::vector<std::tuple<QString, QString, qint64>> facetRows;
        auto facetRow = connection.prepare(
            QStringLiteral("INSERT OR IGNORE INTO search_facet(kind, value, ord) VALUES (?, ?, ?)"));
        auto fts = connection.prepare(QStringLiteral(
            "INSERT INTO search_fts(rowid, name, alt, place, body, facets) VALUES (?, ?, ?, ?, ?, ?)"));

        for (qsizetype ord = 1; ord <= static_cast<qsizetype>(order.size()); ++ord) {
            Document& document = const_cast<Document&>(*order[static_cast<size_t>(ord - 1)]);
            if (document.free && !document.charged)
                document.addFacet(facet::kFree, QStringLiteral("free"));
            const QString names = foldAll(document.names);
            doc.bind(1, static_cast<qint64>(ord));
            doc.bind(2, document.id);
            doc.bind(3, names);
            doc.run();
            for (const QString& name : document.names) {
                const QString key = text::foldForSearch(name);
                if (key.isEmpty())
                    continue;
                nameKey.bind(1, key);
                nameKey.bind(2, static_cast<qint64>(ord));
                nameKey.run();
            }
            for (const GeoPoint& point : std::as_const(document.points)) {
                geo.bind(1, static_cast<qint64>(ord));
                geo.bind(2, point.latitude);
                geo.bind(3, point.longitude);
                geo.run();
            }
            for (const auto& [kind, value] : std::as_const(document.facetRows))
                facetRows.push_back({kind, value, ord});
            QStringList facetTokens = document.facets.values();
            facetTokens.sort();
            fts.bind(1, static_cast<qint64>(ord));
            fts.bind(2, names);
            fts.bind(3, foldAll(document.alt));
            fts.bind(4, foldAll(document.places));
            fts.bind(5, foldAll(document.body));
            fts.bind(6, facetTokens.join(QLatin1Char(' ')));
            fts.run();
        }
        // In key order, search_facet (WITHOUT ROWID, keyed by kind, value, ord) is appended to, not
        // inserted into at random places.
        std::sort(facetRows.begin(), facetRows.end());
        for (const auto& [kind, value, ord] : facetRows) {
            facetRow.bind(1, kind);
            facetRow.bind(2, value);
            facetRow.bind(3, static_cast<qint64>(ord));
            facetRow.run();
        }
        phase("write");
        // Municipality and region place rows count services by ord.
        writePlaces(connection, facet::kMunicipality, gatherer.places(facet::kMunicipality));
        writePlaces(connection, facet::kRegion, gatherer.places(facet::kRegion));
        phase("places");
        connection.execute(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('optimize')"));
        phase("optimize");
        connection.execute(QStringLiteral("RELEASE search_index"));
    } catch (...) {
        connection.execute(QStringLiteral("ROLLBACK TO search_index; RELEASE search_index"));
        throw;
    }
}

} // namespace pathways::search
