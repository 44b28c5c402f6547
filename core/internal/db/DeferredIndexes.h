#pragma once

#include <QStringList>

namespace pathways::db {

class Connection;

/// Drops the explicit indexes of some tables for a bulk insert and re-creates them afterwards from their own
/// definitions (partial indexes stay partial). Building an index with one sort is far cheaper than inserting
/// hundreds of thousands of keys at random places in a B-tree. Use inside a transaction: if the insert fails,
/// the rollback brings the dropped indexes back.
class DeferredIndexes
{
public:
    DeferredIndexes(Connection& connection, const QStringList& tables);
    /// Re-creates the dropped indexes; call once the rows are in.
    void recreate();

private:
    Connection& m_connection;
    QStringList m_definitions;
};

} // namespace pathways::db
