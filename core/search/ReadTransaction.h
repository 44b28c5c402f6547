#pragma once

#include "db/Connection.h"

namespace pathways::search {

/// One read transaction per search: every candidate lookup then shares one snapshot and one file lock
/// instead of taking its own. Inside a transaction already open (a caller's) it joins that one: SQLite
/// has no nested BEGIN.
class ReadTransaction
{
public:
    explicit ReadTransaction(db::Connection& connection) : m_db(connection), m_owner(!connection.inTransaction())
    {
        if (m_owner)
            m_db.execute(QStringLiteral("BEGIN"));
    }
    ~ReadTransaction()
    {
        if (!m_owner)
            return;
        try {
            m_db.execute(QStringLiteral("COMMIT"));
        } catch (...) { // NOLINT(bugprone-empty-catch): a read transaction has nothing to lose
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    db::Connection& m_db;
    bool m_owner;
};

} // namespace pathways::search
