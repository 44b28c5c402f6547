#pragma once

#include "error/Expected.h"
#include "search/FoldedRows.h"

#include <QString>
#include <atomic>
#include <exception>
#include <thread>
#include <vector>

namespace pathways::search {

/// Fills search_fts on a worker thread while the caller writes the other search tables: the rows are
/// inserted into the same FTS5 table in a side database file, which finish() then copies into the directory
/// together with the index's term list (search_term). FTS5 keeps its whole index in ordinary "shadow" tables
/// (search_fts_data, _idx, _docsize, _config), so copying their rows copies the index. Two connections on
/// two files write in parallel, which nearly halves a 100,000-service rebuild on two cores.
class FtsSideWriter
{
public:
    /// `directoryPath` is the database file the index ends up in; the side file is created next to it.
    /// `tableSql` is the CREATE VIRTUAL TABLE statement of search_fts, as sqlite_master holds it.
    FtsSideWriter(const QString& directoryPath, const QString& tableSql);
    /// Stops and joins the worker if still running, removes the side file.
    ~FtsSideWriter();
    FtsSideWriter(const FtsSideWriter&) = delete;
    FtsSideWriter& operator=(const FtsSideWriter&) = delete;

    /// Starts the worker, which inserts each row as soon as `rows` reports it folded. Row n gets rowid
    /// n + 1. `rows` must outlive the writer (or finish()).
    void start(FoldedRows& rows);
    /// Waits for the worker and rethrows what SQLite reported to it (a db::DatabaseError); a worker that
    /// gave up because the rows stopped coming returns a Cancelled error. Then copies the index into the
    /// directory through a connection of its own, so that no connection keeps a stale picture of it; the
    /// caller's connection must not be inside a transaction at this point.
    Status finish();

private:
    void run(FoldedRows& rows);
    Status copyIntoDirectory();

    QString m_directoryPath;
    QString m_sidePath;
    QString m_tableSql;
    FoldedRows* m_rows = nullptr;
    std::thread m_worker;
    std::atomic<bool> m_cancelled{false};
    bool m_interrupted = false; ///< written by the worker, read after join()
    std::exception_ptr m_error;
};

} // namespace pathways::search
