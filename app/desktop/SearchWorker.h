#pragma once

#include "desktop/SearchTypes.h"
#include "directory/DataFolder.h"
#include "error/Expected.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace pathways::api {
class DirectoryReader;
}

namespace pathways::desktop {

/// Runs every query of the window on its own thread, through the core read API (api::DirectoryReader).
/// Requests older than the newest one asked for are skipped without running (the user typed on).
class SearchWorker : public QObject
{
    Q_OBJECT
public:
    explicit SearchWorker(directory::DataFolder folder);
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
    /// The reader, opened on first use (and kept); the error when the directory cannot be opened.
    Expected<api::DirectoryReader*> reader();
    bool stale(quint64 generation) const { return generation < m_latest.load(); }

    directory::DataFolder m_folder;
    std::unique_ptr<api::DirectoryReader> m_reader;
    std::atomic<quint64> m_latest{0};
};

} // namespace pathways::desktop
