#pragma once

#include "desktop/SearchTypes.h"
#include "directory/DataDirectory.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace pathways::db {
class Connection;
}
namespace pathways::search {
class SearchEngine;
class FacetCounter;
} // namespace pathways::search

namespace pathways::desktop {

/// Owns the directory connection and runs every query, on its own thread. Requests older than the newest
/// one asked for are skipped without running (the user typed on).
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(directory::DataDirectory data);
    ~SearchWorker() override;

    /// Thread-safe: the newest generation the controller has asked for.
    void setLatestGeneration(quint64 generation) { m_latest.store(generation); }

public Q_SLOTS:
    void search(const pathways::desktop::SearchRequest& request);
    void loadRecord(quint64 generation, const QString& serviceId, const QStringList& languages);
    /// Closes and reopens directory.sqlite (after an update replaced it) and reports its provenance.
    void reopen();

Q_SIGNALS:
    void searchFinished(const pathways::desktop::SearchResponse& response);
    void recordLoaded(const pathways::desktop::RecordResponse& response);
    void directoryOpened(const pathways::desktop::DirectoryInfo& info);
    void directoryFailed(const QString& error);

private:
    bool ensureOpen(QString* error);
    bool stale(quint64 generation) const { return generation < m_latest.load(); }
    QHash<QString, QString> facetNames(const search::FacetCounts& counts, const QStringList& languages);

    directory::DataDirectory m_data;
    std::unique_ptr<db::Connection> m_db;
    std::unique_ptr<search::SearchEngine> m_engine;
    std::unique_ptr<search::FacetCounter> m_facets;
    std::atomic<quint64> m_latest{0};
};

} // namespace pathways::desktop
