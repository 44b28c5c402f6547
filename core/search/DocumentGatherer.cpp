#include "search/DocumentGatherer.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "search/LanguageCodes.h"
#include "search/TaxonomyNames.h"
#include "text/TextFolding.h"

#include <cstring>
#include <future>

namespace pathways::search {

std::vector<IndexDocument> DocumentGatherer::gather()
{
    readServices();
    // Terms, languages and costs are read on a second thread, through a connection of its own, into
    // documents of their own that are merged at the end: their facet tokens (categories, audiences,
    // languages) never collide with the places and cells read here.
    std::vector<IndexDocument> side(m_documents.size());
    // The future's destructor waits for the reader should this thread throw first.
    auto sideReading = std::async(std::launch::async, [&] {
        db::Connection reader(m_db.path(), db::Connection::Mode::ReadOnly);
        readTerms(reader, side);
        readLanguages(reader, side);
        readCosts(reader, side);
    });
    readTranslations();
    readLocations();
    readServiceAreas();
    sideReading.get(); // rethrows the reader's error
    for (size_t i = 0; i < m_documents.size(); ++i) {
        IndexDocument& document = m_documents[i];
        IndexDocument& extra = side[i];
        document.alt << extra.alt;
        document.body << extra.body;
        document.facets.unite(extra.facets);
        document.facetRows << extra.facetRows;
        document.free = document.free || extra.free;
        document.charged = document.charged || extra.charged;
    }
    return std::move(m_documents);
}

QHash<QString, IndexPlace>& DocumentGatherer::places(const char* kind)
{
    // By content, not by address: the same literal may sit at two addresses (it did in Debug builds, which
    // then listed every municipality as a region).
    return std::strcmp(kind, facet::kRegion) == 0 ? m_regions : m_municipalities;
}

IndexDocument* DocumentGatherer::find(std::vector<IndexDocument>& documents, const QString& serviceId) const
{
    const auto it = m_index.constFind(serviceId);
    return it == m_index.constEnd() ? nullptr : &documents[static_cast<size_t>(it.value())];
}

void DocumentGatherer::readServices()
{
    auto row = m_db.prepare(QStringLiteral(
        "SELECT s.id, s.name, s.alternate_name, s.description, s.eligibility_description, s.status, "
        "s.assured_date, o.id, o.name, o.alternate_name FROM service s "
        "LEFT JOIN organization o ON o.id = s.organization_id"));
    while (row.step()) {
        IndexDocument document;
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

void DocumentGatherer::readTranslations()
{
    auto row = m_db.prepare(QStringLiteral(
        "SELECT entity, id, field, value FROM translation WHERE entity IN ('service', 'organization')"));
    while (row.step()) {
        const QString entity = row.columnText(0);
        const QString field = row.columnText(2);
        const QString value = row.columnText(3);
        if (entity == QLatin1String("organization")) {
            for (const QString& serviceId : m_servicesByOrganization.value(row.columnText(1)))
                if (IndexDocument* document = find(m_documents, serviceId);
                    document && field.contains(QLatin1String("name")))
                    document->alt << value;
            continue;
        }
        IndexDocument* document = find(m_documents, row.columnText(1));
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

void DocumentGatherer::readTerms(db::Connection& db, std::vector<IndexDocument>& into) const
{
    // The few terms first, then the many attribute rows against them in memory: a join per attribute row
    // costs more than everything else done with it.
    struct Term
    {
        QString facetKind; // empty: a term of another taxonomy, searchable by name only
        QString code;
        QString token;
        QStringList names; // the term's name in every language
    };
    QHash<QString, Term> terms;
    auto term = db.prepare(QStringLiteral(
        "SELECT t.id, coalesce(nullif(t.code, ''), t.name), t.name, coalesce(x.name, t.taxonomy) "
        "FROM taxonomy_term t LEFT JOIN taxonomy x ON x.id = t.taxonomy_id"));
    while (term.step()) {
        Term& entry = terms[term.columnText(0)];
        entry.code = term.columnText(1);
        entry.names << term.columnText(2);
        const QString taxonomy = term.columnText(3);
        const char* kind = taxonomy == QLatin1String(facet::kCategoryTaxonomy)   ? facet::kCategory
                           : taxonomy == QLatin1String(facet::kAudienceTaxonomy) ? facet::kAudience
                                                                                 : nullptr;
        if (kind && !entry.code.isEmpty()) {
            entry.facetKind = QString::fromLatin1(kind);
            entry.token = facet::token(kind, entry.code);
        }
    }
    auto names = db.prepare(QStringLiteral(
        "SELECT id, value FROM translation WHERE entity = 'taxonomy_term' AND field = 'name'"));
    while (names.step()) {
        const auto it = terms.find(names.columnText(0));
        if (it != terms.end())
            it->names << names.columnText(1);
    }
    // Pathways' own names of its codes, for bundles that name their terms in one language only.
    for (Term& entry : terms) {
        if (entry.facetKind.isEmpty())
            continue;
        entry.names << builtInTermNames(entry.code);
        entry.names.removeDuplicates();
    }

    auto row = db.prepare(QStringLiteral("SELECT link_id, taxonomy_term_id FROM attribute"));
    while (row.step()) {
        IndexDocument* document = find(into, row.columnText(0));
        const auto it = document ? terms.constFind(row.columnText(1)) : terms.constEnd();
        if (it == terms.constEnd())
            continue;
        if (!it->facetKind.isEmpty())
            document->addFacet(it->token, it->facetKind, it->code);
        document->alt << it->names;
    }
}

void DocumentGatherer::addPlace(IndexDocument& document, int ordinalHint, const char* kind,
                                const QString& name, const std::optional<GeoPoint>& point)
{
    const QString key = text::placeKey(name);
    if (key.isEmpty())
        return;
    document.addFacet(kind, key);
    document.places << name;
    IndexPlace& place = places(kind)[key];
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

void DocumentGatherer::readLocations()
{
    auto row =
        m_db.prepare(QStringLiteral("SELECT sal.service_id, l.name, l.latitude, l.longitude, a.city, "
                                    "coalesce(a.region, a.state_province) "
                                    "FROM service_at_location sal JOIN location l ON l.id = sal.location_id "
                                    "LEFT JOIN address a ON a.location_id = l.id"));
    while (row.step()) {
        IndexDocument* document = find(m_documents, row.columnText(0));
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
        if (IndexDocument* document = find(m_documents, translated.columnText(0)))
            document->places << translated.columnText(1);
}

void DocumentGatherer::readServiceAreas()
{
    auto row = m_db.prepare(QStringLiteral("SELECT service_id, name FROM service_area"));
    while (row.step())
        if (IndexDocument* document = find(m_documents, row.columnText(0)))
            document->places << row.columnText(1);
}

void DocumentGatherer::readLanguages(db::Connection& db, std::vector<IndexDocument>& into) const
{
    auto row = db.prepare(
        QStringLiteral("SELECT coalesce(lg.service_id, sal.service_id), lg.code, lg.name FROM language lg "
                       "LEFT JOIN service_at_location sal ON lg.service_id IS NULL AND sal.location_id = "
                       "lg.location_id"));
    // (code, name) pairs repeat across 100,000s of rows: normalise each once and share its token string.
    struct Language
    {
        QString code;
        QString token;
    };
    QHash<QPair<QString, QString>, Language> seen;
    const QString kind = QString::fromLatin1(facet::kLanguage);
    while (row.step()) {
        IndexDocument* document = find(into, row.columnText(0));
        if (!document)
            continue;
        const QPair<QString, QString> key{row.columnText(1), row.columnText(2)};
        auto language = seen.constFind(key);
        if (language == seen.constEnd()) {
            const QString code = normalizedLanguageCode(key.first, key.second);
            language =
                seen.insert(key, {code, code.isEmpty() ? QString() : facet::token(facet::kLanguage, code)});
        }
        if (!language->code.isEmpty())
            document->addFacet(language->token, kind, language->code);
        document->body << key.second;
    }
}

void DocumentGatherer::readCosts(db::Connection& db, std::vector<IndexDocument>& into) const
{
    auto row =
        db.prepare(QStringLiteral("SELECT service_id, amount FROM cost_option WHERE amount IS NOT NULL"));
    while (row.step()) {
        if (IndexDocument* document = find(into, row.columnText(0))) {
            if (row.columnDouble(1) > 0)
                document->charged = true;
            else
                document->free = true;
        }
    }
}

} // namespace pathways::search
