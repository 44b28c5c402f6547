#pragma once

#include <QString>

struct sqlite3;

namespace pathways::db {

class Statement;

/// One sqlite3 connection, owned. Not thread-safe: use one Connection per thread.
class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

    /// Opens `path`; throws DatabaseError with a one-line reason when it cannot.
    explicit Connection(const QString& path, Mode mode = Mode::ReadWriteCreate);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Runs one or more statements that return no rows.
    void execute(const QString& sql);
    Statement prepare(const QString& sql);

    /// Convenience for `PRAGMA name` reads and single-value queries.
    qint64 queryInt(const QString& sql);
    /// The same for a text value; empty when there is no row.
    QString queryText(const QString& sql);
    /// True inside BEGIN … COMMIT or a SAVEPOINT.
    bool inTransaction() const;

    int userVersion();
    void setUserVersion(int version);
    int applicationId();
    void setApplicationId(int id);

    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    /// Asks a running statement on this connection to stop (safe from another thread).
    void interrupt();

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace pathways::db
