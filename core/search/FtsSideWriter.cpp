#include "search/FtsSideWriter.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace pathways::search {

namespace {

// FTS5 flushes its in-memory term hash to a new segment whenever the hash outgrows `hashsize` (1 MiB by
// default) and later merges those segments again; one large hash for the bulk load halves the time. The
// default is restored before the copy, so that any later writer uses it.
constexpr int kBulkHashSize = 64 * 1024 * 1024;
constexpr int kDefaultHashSize = 1024 * 1024;

void removeSideFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

FtsSideWriter::FtsSideWriter(const QString& directoryPath, const QString& tableSql)
    : m_directoryPath(directoryPath), m_sidePath(directoryPath + QStringLiteral("-fts")), m_tableSql(tableSql)
{
}

FtsSideWriter::~FtsSideWriter()
{
    if (m_worker.joinable()) {
        m_cancelled = true;
        m_rows->abandon(); // a worker waiting for rows that will never come
        m_worker.join();
    }
    removeSideFiles(m_sidePath);
}

void FtsSideWriter::start(FoldedRows& rows)
{
    removeSideFiles(m_sidePath);
    m_rows = &rows;
    m_worker = std::thread([this, &rows] { run(rows); });
}

void FtsSideWriter::run(FoldedRows& rows)
{
    try {
        QElapsedTimer clock;
        clock.start();
        db::Connection side(m_sidePath);
        side.execute(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF"));
        side.execute(m_tableSql);
        side.execute(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', %1)")
                         .arg(kBulkHashSize));
        db::Transaction transaction(side);
        // OR IGNORE (the rowids are distinct anyway): a plain INSERT into a virtual table may abort, so
        // SQLite opens a statement savepoint for every row, which costs FTS5 about a tenth of the build.
        auto insert = side.prepare(QStringLiteral("INSERT OR IGNORE INTO search_fts(rowid, name, alt, place, "
                                                  "body, facets) VALUES (?, ?, ?, ?, ?, ?)"));
        size_t ready = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (i >= ready)
                ready = rows.waitFor(i);
            if (m_cancelled || i >= ready) { // given up: the caller is unwinding; the transaction rolls back
                m_interrupted = true;
                return;
            }
            const FtsRow& row = rows[i];
            insert.bind(1, static_cast<qint64>(i + 1));
            insert.bindUtf8(2, row.name);
            insert.bindUtf8(3, row.alt);
            insert.bindUtf8(4, row.place);
            insert.bindUtf8(5, row.body);
            insert.bindUtf8(6, row.facets);
            insert.run();
        }
        side.execute(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('optimize')"));
        // The term list, read from the index itself so that it holds exactly the tokenizer's terms.
        side.execute(QStringLiteral(
            "CREATE TABLE search_term (term TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID; "
            "CREATE VIRTUAL TABLE temp.search_vocab USING fts5vocab(main, 'search_fts', 'row'); "
            "INSERT INTO search_term SELECT term FROM temp.search_vocab; DROP TABLE temp.search_vocab"));
        side.execute(QStringLiteral("INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', %1)")
                         .arg(kDefaultHashSize));
        transaction.commit();
        if (qEnvironmentVariableIsSet("PATHWAYS_INDEX_TIMING"))
            std::fprintf(stderr, "index fts-worker %6lld ms\n", static_cast<long long>(clock.elapsed()));
    } catch (...) {
        m_error = std::current_exception();
    }
}

Status FtsSideWriter::finish()
{
    if (m_worker.joinable())
        m_worker.join();
    if (m_error)
        std::rethrow_exception(m_error); // what SQLite reported on the worker's connection
    if (m_interrupted)
        return Error{Error::Kind::Cancelled, QStringLiteral("the search index build was interrupted"), {}};
    const Status copied = copyIntoDirectory();
    removeSideFiles(m_sidePath);
    return copied;
}

Status FtsSideWriter::copyIntoDirectory()
{
    // A fresh connection that only ever touches the shadow tables as plain tables: FTS5 caches the index
    // structure per connection, and a copy made through a connection that had opened search_fts would leave
    // that cache stale. Other connections notice the commit (PRAGMA data_version) and re-read it.
    db::Connection target(m_directoryPath, db::Connection::Mode::ReadWrite);
    target.execute(QStringLiteral("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF"));
    auto attach = target.prepare(QStringLiteral("ATTACH DATABASE ? AS side"));
    attach.bind(1, m_sidePath);
    attach.run();
    QStringList shadowTables;
    {
        auto row = target.prepare(
            QStringLiteral("SELECT name FROM side.sqlite_master WHERE type = 'table' AND (name GLOB "
                           "'search_fts_*' OR name = 'search_term') AND name IN "
                           "(SELECT name FROM main.sqlite_master WHERE type = 'table') ORDER BY name"));
        while (row.step())
            shadowTables << row.columnText(0);
    }
    if (!shadowTables.contains(QStringLiteral("search_fts_data")))
        return Error::unreadable(QStringLiteral("the search index was not built"));
    {
        db::Transaction transaction(target);
        for (const QString& table : std::as_const(shadowTables))
            target.execute(QStringLiteral("DELETE FROM main.\"%1\"; INSERT INTO main.\"%1\" SELECT * FROM "
                                          "side.\"%1\"")
                               .arg(table));
        transaction.commit();
    }
    target.execute(QStringLiteral("DETACH DATABASE side"));
    return {};
}

} // namespace pathways::search
