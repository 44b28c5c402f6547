#include "desktop/SearchWorker.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "desktop/DirectoryWatcher.h"
#include "directory/Localizer.h"
#include "directory/ServiceReader.h"
#include "search/FacetCounter.h"
#include "search/SearchEngine.h"
#include "store/DirectoryStore.h"

#include <QLocale>

namespace pathways::desktop {

SearchWorker::SearchWorker(directory::DataDirectory data) : m_data(std::move(data)) {}

SearchWorker::~SearchWorker() = default;

bool SearchWorker::ensureOpen(QString* error)
{
    if (m_db)
        return true;
    store::DirectoryStore store(m_data);
    m_db = store.openForReading(error);
    if (!m_db)
        return false;
    m_engine = std::make_unique<search::SearchEngine>(*m_db);
    m_facets = std::make_unique<search::FacetCounter>(*m_db);
    return true;
}

void SearchWorker::reopen()
{
    m_facets.reset();
    m_engine.reset();
    m_db.reset();
    QString error;
    // Identity first: if the file is replaced while it is opened, the watcher sees a newer one and asks
    // again.
    const quint64 identity = DirectoryWatcher::fileIdentity(m_data.directoryDatabasePath());
    if (!ensureOpen(&error)) {
        Q_EMIT directoryFailed(error);
        return;
    }
    try {
        auto row = m_db->prepare(
            QStringLiteral("SELECT publisher, sequence, created, coalesce(expires, ''), origin, "
                           "(SELECT coalesce(max(ord), 0) FROM search_doc), "
                           "(SELECT count(*) FROM service WHERE x_demonstration = 1) FROM bundle_meta"));
        DirectoryInfo info;
        info.fileIdentity =
            identity != 0 ? identity : DirectoryWatcher::fileIdentity(m_data.directoryDatabasePath());
        if (row.step()) {
            info.publisher = row.columnText(0);
            info.sequence = row.columnInt64(1);
            info.created = row.columnText(2);
            info.expires = row.columnText(3);
            info.origin = row.columnText(4);
            info.services = row.columnInt64(5);
            info.demonstrationServices = row.columnInt64(6);
        }
        Q_EMIT directoryOpened(info);
    } catch (const db::DatabaseError& failure) {
        Q_EMIT directoryFailed(failure.message());
    }
}

QHash<QString, QString> SearchWorker::facetNames(const search::FacetCounts& counts,
                                                 const QStringList& languages)
{
    QHash<QString, QString> names;
    directory::Localizer localizer(*m_db, languages);
    auto term = m_db->prepare(QStringLiteral(
        "SELECT t.id, t.name FROM taxonomy_term t LEFT JOIN taxonomy x ON x.id = t.taxonomy_id "
        "WHERE coalesce(x.name, t.taxonomy) = ? AND coalesce(nullif(t.code, ''), t.name) = ? LIMIT 1"));
    auto place = m_db->prepare(QStringLiteral(
        "SELECT name FROM search_place WHERE kind = 'municipality' AND place_key = ? LIMIT 1"));
    for (auto it = counts.byKind.cbegin(); it != counts.byKind.cend(); ++it) {
        for (const search::FacetValue& value : it.value()) {
            QString name = value.value;
            if (it.key() == QLatin1String("category") || it.key() == QLatin1String("audience")) {
                term.bind(1, it.key() == QLatin1String("category") ? QStringLiteral("pathways-category")
                                                                   : QStringLiteral("pathways-audience"));
                term.bind(2, value.value);
                if (term.step())
                    name = localizer
                               .text(QStringLiteral("taxonomy_term"), term.columnText(0),
                                     QStringLiteral("name"), term.columnText(1))
                               .text;
                term.reset();
            } else if (it.key() == QLatin1String("municipality")) {
                place.bind(1, value.value);
                if (place.step())
                    name = place.columnText(0);
                place.reset();
            } else if (it.key() == QLatin1String("language")) {
                const QLocale locale(value.value);
                if (locale.language() != QLocale::C)
                    name = locale.nativeLanguageName();
            }
            names.insert(it.key() + QLatin1Char(':') + value.value, name);
        }
    }
    return names;
}

void SearchWorker::search(const SearchRequest& request)
{
    if (stale(request.generation))
        return;
    SearchResponse response;
    response.generation = request.generation;
    QString error;
    if (!ensureOpen(&error)) {
        response.error = error;
        Q_EMIT searchFinished(response);
        return;
    }
    try {
        const search::SearchResults results = m_engine->search(request.query);
        directory::ServiceReader reader(*m_db, request.languages);
        for (const search::SearchHit& hit : results.hits) {
            if (stale(request.generation))
                return;
            const auto summary = reader.summary(hit.serviceId);
            if (!summary)
                continue;
            ResultRow row;
            row.id = hit.serviceId;
            row.name = summary->name;
            row.organization = summary->organization;
            row.categories = summary->categories;
            row.municipality = summary->municipality;
            row.distanceKm = hit.distanceKm;
            row.open = hit.open;
            row.verified = summary->assuredDate;
            row.demonstration = summary->demonstration;
            row.alwaysOpen = hit.alwaysOpen;
            response.rows << row;
        }
        response.more = results.more;
        Q_EMIT searchFinished(response);
        if (request.withFacets && !stale(request.generation)) {
            SearchResponse facets;
            facets.generation = request.generation;
            facets.facetsOnly = true;
            facets.facets = m_facets->count(request.query, *m_engine);
            facets.facetNames = facetNames(*facets.facets, request.languages);
            if (!stale(request.generation))
                Q_EMIT searchFinished(facets);
        }
        return;
    } catch (const db::DatabaseError& failure) {
        response.error = failure.message();
    }
    if (!stale(request.generation))
        Q_EMIT searchFinished(response);
}

void SearchWorker::loadRecord(quint64 generation, const QString& serviceId, const QStringList& languages)
{
    RecordResponse response;
    response.generation = generation;
    QString error;
    if (!ensureOpen(&error)) {
        response.error = error;
        Q_EMIT recordLoaded(response);
        return;
    }
    try {
        directory::ServiceReader reader(*m_db, languages);
        response.record = reader.record(serviceId);
        const schedule::OpeningHours& hours = m_engine->openingHours(serviceId);
        if (response.record)
            response.record->hoursSummary = hours.summary(QDate::currentDate());
        response.week = hours.weekTable(QDate::currentDate());
        response.alwaysOpen = hours.isAlwaysOpen();
        response.openNow = hours.stateAt(QDateTime::currentDateTimeUtc());
    } catch (const db::DatabaseError& failure) {
        response.error = failure.message();
    }
    Q_EMIT recordLoaded(response);
}

} // namespace pathways::desktop
