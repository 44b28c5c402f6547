#include "desktop/SearchController.h"

#include "desktop/SearchWorker.h"

namespace pathways::desktop {

SearchController::SearchController(directory::DataFolder data, QObject* parent)
    : QObject(parent), m_worker(new SearchWorker(std::move(data)))
{
    qRegisterMetaType<SearchRequest>();
    qRegisterMetaType<SearchResponse>();
    qRegisterMetaType<RecordResponse>();
    qRegisterMetaType<DirectoryInfo>();

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SearchWorker::searchFinished, this, &SearchController::onResults);
    connect(m_worker, &SearchWorker::recordLoaded, this, [this](const RecordResponse& response) {
        if (response.generation == m_recordGeneration)
            Q_EMIT recordReady(response);
    });
    connect(m_worker, &SearchWorker::directoryOpened, this, &SearchController::directoryOpened);
    connect(m_worker, &SearchWorker::directoryFailed, this, &SearchController::directoryFailed);
    m_thread.setObjectName(QStringLiteral("pathways-search"));
    m_thread.start();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchController::dispatch);
    m_languages << QStringLiteral("en");
}

SearchController::~SearchController()
{
    m_worker->setLatestGeneration(std::numeric_limits<quint64>::max()); // skip anything still queued
    m_thread.quit();
    m_thread.wait();
}

void SearchController::setLanguages(const QStringList& languages)
{
    m_languages = languages.isEmpty() ? QStringList{QStringLiteral("en")} : languages;
}

void SearchController::setQuery(const search::SearchQuery& query)
{
    m_query = query;
    m_debounce.start();
}

void SearchController::refresh()
{
    m_debounce.stop();
    dispatch();
}

void SearchController::dispatch()
{
    SearchRequest request;
    request.generation = ++m_generation;
    request.query = m_query;
    request.languages = m_languages;
    m_dispatched = m_query;
    m_worker->setLatestGeneration(request.generation);
    Q_EMIT busyChanged(true);
    QMetaObject::invokeMethod(m_worker, "search", Qt::QueuedConnection,
                              Q_ARG(pathways::desktop::SearchRequest, request));
}

void SearchController::fetchPage(int offset)
{
    SearchRequest request;
    request.generation = m_generation;
    request.query = m_dispatched;
    request.query.offset = offset;
    request.languages = m_languages;
    request.withFacets = false;
    request.nextPage = true;
    QMetaObject::invokeMethod(m_worker, "search", Qt::QueuedConnection,
                              Q_ARG(pathways::desktop::SearchRequest, request));
}

void SearchController::onResults(const SearchResponse& response)
{
    if (response.generation != m_generation)
        return; // an older question: the user has typed on
    if (!response.facetsOnly && !response.nextPage)
        Q_EMIT busyChanged(false);
    Q_EMIT resultsReady(response);
}

void SearchController::loadRecord(const QString& serviceId)
{
    ++m_recordGeneration;
    QMetaObject::invokeMethod(m_worker, "loadRecord", Qt::QueuedConnection,
                              Q_ARG(quint64, m_recordGeneration), Q_ARG(QString, serviceId),
                              Q_ARG(QStringList, m_languages));
}

void SearchController::reopenDirectory()
{
    QMetaObject::invokeMethod(m_worker, "reopen", Qt::QueuedConnection);
    refresh();
}

} // namespace pathways::desktop
