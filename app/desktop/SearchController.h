#pragma once

#include "desktop/SearchTypes.h"
#include "directory/DataFolder.h"

#include <QObject>
#include <QThread>
#include <QTimer>

namespace pathways::desktop {

class SearchWorker;

/// The search pipeline of the window: a debounce (kDebounceMs) after each change, a generation number per
/// request, the query run by SearchWorker on its own thread, and answers of older generations dropped.
/// The GUI thread never runs a query.
class SearchController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 100;

    SearchController(directory::DataFolder data, QObject* parent = nullptr);
    ~SearchController() override;

    const search::SearchQuery& query() const { return m_query; }
    void setLanguages(const QStringList& languages);
    const QStringList& languages() const { return m_languages; }

    /// Replaces the query and schedules a search after the debounce.
    void setQuery(const search::SearchQuery& query);
    /// Runs the current query again at once (directory replaced, settings changed).
    void refresh();
    void loadRecord(const QString& serviceId);
    /// Asks for the rows of the current question from `offset` on (same generation; answered with
    /// SearchResponse::nextPage).
    void fetchPage(int offset);
    /// Reopens the directory on the worker (after an update); a refresh follows.
    void reopenDirectory();

    quint64 generation() const { return m_generation; }
    /// A change is waiting for its debounce.
    bool isPending() const { return m_debounce.isActive(); }

Q_SIGNALS:
    void resultsReady(const pathways::desktop::SearchResponse& response);
    void recordReady(const pathways::desktop::RecordResponse& response);
    void directoryOpened(const pathways::desktop::DirectoryInfo& info);
    void directoryFailed(const QString& error);
    /// True while a search is out; for a busy indicator.
    void busyChanged(bool busy);

private:
    void dispatch();
    void onResults(const SearchResponse& response);

    QThread m_thread;
    SearchWorker* m_worker; // lives in m_thread, deleted when it finishes
    QTimer m_debounce;
    search::SearchQuery m_query;
    search::SearchQuery m_dispatched; // the question of m_generation (a newer one may wait for its debounce)
    QStringList m_languages;
    quint64 m_generation = 0;
    quint64 m_recordGeneration = 0;
};

} // namespace pathways::desktop
