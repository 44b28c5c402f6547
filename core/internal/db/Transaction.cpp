#include "db/Transaction.h"

#include "db/Connection.h"

namespace pathways::db {

Transaction::Transaction(Connection& connection) : m_connection(connection)
{
    m_connection.execute(QStringLiteral("BEGIN IMMEDIATE"));
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_connection.execute(QStringLiteral("ROLLBACK"));
        } catch (...) { // NOLINT(bugprone-empty-catch): a failed rollback leaves nothing more to undo
        }
    }
}

void Transaction::commit()
{
    m_connection.execute(QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace pathways::db
