#include "desktop/SearchWorker.h"

#include "api/DirectoryReader.h"
#include "desktop/DirectoryWatcher.h"

namespace pathways::desktop {

SearchWorker::SearchWorker(directory::DataFolder folder) : m_folder(std::move(folder)) {}

SearchWorker::~SearchWorker() = default;

Expected<api::DirectoryReader*> SearchWorker::reader()
{
    if (m_reader)
        return m_reader.get();
    Expected<std::unique_ptr<api::DirectoryReader>> opened = api::DirectoryReader::open(m_folder);
    if (!opened)
        return opened.error();
    m_reader = std::move(opened.value());
    return m_reader.get();
}

void SearchWorker::reopen()
{
    m_reader.reset();
    // Identity first: if the file is replaced while it is opened, the watcher sees a newer one and asks
    // again.
    const quint64 identity = DirectoryWatcher::fileIdentity(m_folder.installedDatabasePath());
    const Expected<api::DirectoryReader*> opened = reader();
    if (!opened) {
        Q_EMIT directoryFailed(opened.error().message);
        return;
    }
    api::DirectoryReader* directory = *opened;
    const Expected<api::DirectoryStatus> status = directory->status();
    if (!status) {
        Q_EMIT directoryFailed(status.error().message);
        return;
    }
    DirectoryInfo info;
    info.fileIdentity =
        identity != 0 ? identity : DirectoryWatcher::fileIdentity(m_folder.installedDatabasePath());
    info.publisher = status->publisher;
    info.sequence = status->sequence;
    info.created = status->created;
    info.expires = status->expires.value_or(QString());
    info.origin = status->origin.value_or(QString());
    info.services = status->services;
    info.demonstrationServices = status->demonstrationServices;
    if (const Expected<QList<api::ListEntry>> places = directory->municipalities())
        for (const api::ListEntry& place : *places)
            if (!info.places.contains(place.name))
                info.places << place.name;
    Q_EMIT directoryOpened(info);
}

void SearchWorker::search(const SearchRequest& request)
{
    if (stale(request.generation))
        return;
    SearchResponse response;
    response.generation = request.generation;
    response.nextPage = request.nextPage;
    response.offset = request.query.offset;
    const Expected<api::DirectoryReader*> opened = reader();
    if (!opened) {
        response.error = opened.error().message;
        Q_EMIT searchFinished(response);
        return;
    }
    api::DirectoryReader* directory = *opened;
    // The near place is checked as the CLI checks --near; one the directory does not know is said, and the
    // search runs without distances rather than not at all.
    search::SearchQuery query = request.query;
    if (!query.nearPlace.trimmed().isEmpty()) {
        search::SearchQuery place; // only the place: a saved filter code is not the place's problem
        place.nearPlace = query.nearPlace.trimmed();
        if (Expected<search::SearchQuery> resolved = directory->resolve(place); resolved && resolved->origin) {
            query.origin = resolved->origin;
        } else {
            response.nearUnknown = true;
            query.nearPlace.clear();
            query.withinKm.reset();
            query.sort = search::SearchQuery::Sort::Relevance;
        }
    }
    const Expected<api::ResultPage> page = directory->search(query, request.languages);
    if (!page) {
        response.error = page.error().message;
        if (!stale(request.generation))
            Q_EMIT searchFinished(response);
        return;
    }
    response.rows = page->rows;
    response.more = page->more;
    response.total = page->total;
    response.totalIsLowerBound = page->totalIsLowerBound;
    // Never a dead end: a dozen counted searches, here on the worker rather than on the UI thread.
    if (page->rows.isEmpty() && query.offset == 0 && !stale(request.generation))
        if (Expected<search::DeadEndAdvice> advice = directory->adviseOnNoResults(query))
            response.advice = std::move(advice.value());
    Q_EMIT searchFinished(response);
    if (!request.withFacets || stale(request.generation))
        return;
    // Counts follow in a second answer, so that the list appears before the counts of a large directory.
    const Expected<api::FacetSummary> facets = directory->facets(query, request.languages);
    if (stale(request.generation))
        return;
    SearchResponse counts;
    counts.generation = request.generation;
    counts.facetsOnly = true;
    counts.total = response.total;
    counts.totalIsLowerBound = response.totalIsLowerBound;
    if (facets) {
        counts.facets = facets->counts;
        counts.facetNames = facets->names;
        counts.publisherCategories = facets->publisherCategories;
    } else {
        counts.error = facets.error().message;
    }
    Q_EMIT searchFinished(counts);
}

void SearchWorker::loadRecord(quint64 generation, const QString& serviceId, const QStringList& languages)
{
    RecordResponse response;
    response.generation = generation;
    const Expected<api::DirectoryReader*> opened = reader();
    if (!opened) {
        response.error = opened.error().message;
        Q_EMIT recordLoaded(response);
        return;
    }
    api::DirectoryReader* directory = *opened;
    Expected<api::ServiceDetails> details = directory->details(serviceId, languages);
    if (details) {
        // The pane shows the hours in force today (a seasonal schedule's other rows are not today's).
        details->record.hoursSummary = details->hoursInForce;
        response.record = std::move(details->record);
        response.week = details->week;
        response.alwaysOpen = details->alwaysOpen;
        response.openNow = details->openNow;
        response.noLongerRunning = details->noLongerRunning;
        response.temporarilyClosed = details->temporarilyClosed;
    } else if (details.error().kind != Error::Kind::NotFound) {
        response.error = details.error().message;
    }
    Q_EMIT recordLoaded(response);
}

} // namespace pathways::desktop
