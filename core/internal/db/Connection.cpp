#include "db/Connection.h"

#include "db/DatabaseError.h"
#include "db/Statement.h"

#include <sqlite3.h>

namespace pathways::db {

namespace {

// Before SQLite's first use: with memory statistics on, every allocation SQLite makes takes one global
// mutex, so two threads working on two connections (an import and its index build) queue for it. Nothing
// here reads those statistics. Fails harmlessly if SQLite was initialised already.
void configureSqliteOnce()
{
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return sqlite3_initialize() == SQLITE_OK;
    }();
    (void)configured;
}

} // namespace

Connection::Connection(const QString& path, Mode mode) : m_path(path)
{
    configureSqliteOnce();
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString reason =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw DatabaseError(QStringLiteral("cannot open %1: %2").arg(path, reason), rc);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    execute(QStringLiteral("PRAGMA foreign_keys = OFF"));
}

Connection::~Connection()
{
    sqlite3_close_v2(m_db);
}

void Connection::execute(const QString& sql)
{
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        const QString reason = QString::fromUtf8(error ? error : sqlite3_errmsg(m_db));
        sqlite3_free(error);
        throw DatabaseError(reason, rc);
    }
}

Statement Connection::prepare(const QString& sql)
{
    return Statement(*this, sql);
}

qint64 Connection::queryInt(const QString& sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

QString Connection::queryText(const QString& sql)
{
    Statement statement(*this, sql);
    return statement.step() ? statement.columnText(0) : QString();
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

int Connection::userVersion()
{
    return static_cast<int>(queryInt(QStringLiteral("PRAGMA user_version")));
}

void Connection::setUserVersion(int version)
{
    execute(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

int Connection::applicationId()
{
    return static_cast<int>(queryInt(QStringLiteral("PRAGMA application_id")));
}

void Connection::setApplicationId(int id)
{
    execute(QStringLiteral("PRAGMA application_id = %1").arg(id));
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

void Connection::interrupt()
{
    sqlite3_interrupt(m_db);
}

} // namespace pathways::db
