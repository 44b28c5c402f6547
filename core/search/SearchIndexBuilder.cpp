#include "search/SearchIndexBuilder.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/DeferredIndexes.h"
#include "db/Statement.h"
#include "search/DocumentGatherer.h"
#include "search/FtsSideWriter.h"
#include "search/OrdList.h"
#include "search/RunningServices.h"

#include <QElapsedTimer>
#include <QHash>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace pathways::search {

namespace {

// Static order: what a mediator should see first when the text alone cannot decide.
bool staticOrder(const IndexDocument* a, const IndexDocument* b)
{
    // Services no longer running go last: RunningServices finds where they start and relies on it.
    const bool aInactive = isNoLongerRunning(a->status);
    const bool bInactive = isNoLongerRunning(b->status);
    if (aInactive != bInactive)
        return bInactive;
    if (a->assuredDate != b->assuredDate)
        return a->assuredDate > b->assuredDate; // ISO dates: newer verification first, empty last
    if (a->sortName != b->sortName)
        return a->sortName < b->sortName;
    return a->id < b->id;
}

void writePlaces(db::Connection& db, const char* kind, const QHash<QString, IndexPlace>& places)
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

// In key order, so that the WITHOUT ROWID table is appended to rather than split at random places.
void writeNameKeys(db::Connection& db, std::vector<std::pair<QString, qint64>>& keys)
{
    std::sort(keys.begin(), keys.end());
    auto insert =
        db.prepare(QStringLiteral("INSERT OR IGNORE INTO search_name_key(name_key, ord) VALUES (?, ?)"));
    for (const auto& [key, ord] : keys) {
        insert.bind(1, key);
        insert.bind(2, ord);
        insert.run();
    }
}

// Services per (kind, value). Documents are visited in ord order, so every list is already ascending.
using FacetPostings = QHash<QPair<QString, QString>, std::vector<qint64>>;

void writeFacets(db::Connection& db, const FacetPostings& postings)
{
    auto insert = db.prepare(
        QStringLiteral("INSERT INTO search_facet(kind, value, services, ords) VALUES (?, ?, ?, ?)"));
    for (auto it = postings.cbegin(); it != postings.cend(); ++it) {
        insert.bind(1, it.key().first);
        insert.bind(2, it.key().second);
        insert.bind(3, static_cast<qint64>(it->size()));
        insert.bind(4, ords::encode(*it));
        insert.run();
    }
}

} // namespace

void SearchIndexBuilder::rebuild(db::Connection& connection)
{
    if (connection.inTransaction())
        throw db::DatabaseError(QStringLiteral("the search index is rebuilt outside any transaction"), 0);
    // PATHWAYS_INDEX_TIMING=1 prints how long each phase took (for benchmarks; see docs/benchmarks.md).
    const bool timing = qEnvironmentVariableIsSet("PATHWAYS_INDEX_TIMING");
    QElapsedTimer clock;
    clock.start();
    auto phase = [&](const char* name) {
        if (timing)
            std::fprintf(stderr, "index %-10s %8lld ms\n", name, static_cast<long long>(clock.restart()));
    };
    // Read before anything is written: the gatherer reads on a second connection too, which a pending
    // write on this one would lock out.
    DocumentGatherer gatherer(connection);
    std::vector<IndexDocument> documents = gatherer.gather();
    // Declared before the writer, so destroyed after it has joined its worker, which reads (and may fold)
    // them until then.
    std::vector<const IndexDocument*> order;
    std::optional<FoldedRows> rows;
    FtsSideWriter ftsWriter(
        connection.path(),
        connection.queryText(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_fts'")));
    connection.execute(QStringLiteral("SAVEPOINT search_index"));
    try {
        connection.execute(
            QStringLiteral("DELETE FROM search_doc; DELETE FROM search_name_key; DELETE FROM search_geo; "
                           "DELETE FROM search_facet; DELETE FROM search_place"));
        db::DeferredIndexes indexes(connection, {QStringLiteral("search_geo")});
        order.reserve(documents.size());
        for (IndexDocument& document : documents) {
            if (document.free && !document.charged)
                document.addFacet(facet::kFree, QStringLiteral("free"));
            order.push_back(&document);
        }
        std::sort(order.begin(), order.end(), staticOrder);
        phase("gather");
        // The FTS worker inserts rows while this thread is still folding the later ones.
        rows.emplace(order);
        ftsWriter.start(*rows);
        bool folded = false;
        try {
            folded = rows->foldAll();
        } catch (...) {
            rows->abandon();
            throw;
        }
        if (!folded) {
            ftsWriter.finish(); // the worker gave up: rethrows its error
            throw db::DatabaseError(QStringLiteral("the search index build was interrupted"), 0);
        }
        for (IndexDocument& document : documents) {
            // Folded into `rows` now; only the names, points and facet rows are still needed here.
            document.alt.clear();
            document.places.clear();
            document.body.clear();
            document.facets.clear();
        }
        phase("fold");

        auto doc = connection.prepare(
            QStringLiteral("INSERT INTO search_doc(ord, service_id, names_folded) VALUES (?, ?, ?)"));
        auto geo = connection.prepare(
            QStringLiteral("INSERT INTO search_geo(ord, latitude, longitude) VALUES (?, ?, ?)"));
        FacetPostings facetPostings;
        std::vector<std::pair<QString, qint64>> nameKeys;
        for (qsizetype ord = 1; ord <= static_cast<qsizetype>(order.size()); ++ord) {
            const IndexDocument& document = *order[static_cast<size_t>(ord - 1)];
            const FtsRow& row = (*rows)[static_cast<size_t>(ord - 1)];
            doc.bind(1, static_cast<qint64>(ord));
            doc.bind(2, document.id);
            doc.bindUtf8(3, row.name);
            doc.run();
            for (const QString& key : row.nameKeys)
                nameKeys.emplace_back(key, ord);
            for (const GeoPoint& point : std::as_const(document.points)) {
                geo.bind(1, static_cast<qint64>(ord));
                geo.bind(2, point.latitude);
                geo.bind(3, point.longitude);
                geo.run();
            }
            for (const auto& facetRow : std::as_const(document.facetRows))
                facetPostings[facetRow].push_back(ord);
        }
        writeNameKeys(connection, nameKeys);
        phase("write");
        writeFacets(connection, facetPostings);
        indexes.recreate();
        phase("facets");
        // Municipality and region place rows count services by ord.
        writePlaces(connection, facet::kMunicipality, gatherer.places(facet::kMunicipality));
        writePlaces(connection, facet::kRegion, gatherer.places(facet::kRegion));
        connection.execute(QStringLiteral("RELEASE search_index"));
        phase("places");
        // Every batch is folded, so the worker reads only `rows` from here on: the documents are freed now,
        // while it finishes its inserts, rather than after.
        order.clear();
        std::vector<IndexDocument>().swap(documents);
        phase("free");
    } catch (...) {
        connection.execute(QStringLiteral("ROLLBACK TO search_index; RELEASE search_index"));
        throw;
    }
    // Outside the savepoint: the copy writes through a connection of its own.
    ftsWriter.finish();
    phase("fts-copy");
}

} // namespace pathways::search
