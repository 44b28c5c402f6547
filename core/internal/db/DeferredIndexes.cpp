#include "db/DeferredIndexes.h"

#include "db/Connection.h"
#include "db/Statement.h"

namespace pathways::db {

DeferredIndexes::DeferredIndexes(Connection& connection, const QStringList& tables) : m_connection(connection)
{
    QStringList names;
    {
        // Automatic indexes (PRIMARY KEY, UNIQUE) have no SQL and cannot be dropped; they stay.
        auto row = connection.prepare(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                           "tbl_name IN (SELECT value FROM json_each(?)) ORDER BY name"));
        row.bind(1, QStringLiteral("[\"%1\"]").arg(tables.join(QStringLiteral("\",\""))));
        while (row.step()) {
            names << row.columnText(0);
            m_definitions << row.columnText(1);
        }
    }
    for (const QString& name : std::as_const(names))
        connection.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void DeferredIndexes::recreate()
{
    for (const QString& definition : std::as_const(m_definitions))
        m_connection.execute(definition);
    m_definitions.clear();
}

} // namespace pathways::db
