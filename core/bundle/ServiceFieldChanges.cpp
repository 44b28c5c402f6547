#include "bundle/ServiceFieldChanges.h"

#include "db/Connection.h"
#include "db/Statement.h"

#include <QMap>
#include <algorithm>

namespace pathways::bundle {

namespace {

using Fields = QMap<QString, QString>;

bool hasTable(db::Connection& connection, const QString& table)
{
    auto statement =
        connection.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    statement.bind(1, table);
    return statement.step();
}

// The service row, column by column (ids left out: they are how the service is found, not what it says).
void serviceColumns(db::Connection& directory, const QString& id, Fields& fields)
{
    auto row = directory.prepare(QStringLiteral("SELECT * FROM service WHERE id = ?"));
    row.bind(1, id);
    if (!row.step())
        return;
    for (int column = 0; column < row.columnCount(); ++column) {
        const QString name = row.columnName(column);
        if (name != QLatin1String("id") && !row.isNull(column))
            fields.insert(name, row.columnText(column));
    }
}

// A table hanging off the service as one field: its rows, each as its non-id values, in a stable order.
void childRows(db::Connection& directory, const QString& table, const QString& id, Fields& fields)
{
    auto rows = directory.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE service_id = ?").arg(table));
    rows.bind(1, id);
    QStringList described;
    while (rows.step()) {
        QStringList values;
        for (int column = 0; column < rows.columnCount(); ++column) {
            const QString name = rows.columnName(column);
            if (name == QLatin1String("id") || name.endsWith(QLatin1String("_id")) || rows.isNull(column) ||
                rows.columnText(column).isEmpty())
                continue;
            values << rows.columnText(column);
        }
        described << values.join(QStringLiteral(", "));
    }
    std::sort(described.begin(), described.end());
    if (!described.isEmpty())
        fields.insert(table, described.join(QStringLiteral("; ")));
}

void translations(db::Connection& directory, const QString& id, Fields& fields)
{
    auto rows = directory.prepare(
        QStringLiteral("SELECT field, locale, value FROM translation WHERE entity = 'service' AND id = ?"));
    rows.bind(1, id);
    while (rows.step())
        fields.insert(QStringLiteral("%1 (%2)").arg(rows.columnText(0), rows.columnText(1)),
                      rows.columnText(2));
}

Fields describe(db::Connection& directory, const QStringList& tables, const QString& id)
{
    Fields fields;
    serviceColumns(directory, id, fields);
    for (const QString& table : tables)
        childRows(directory, table, id, fields);
    translations(directory, id, fields);
    return fields;
}

QStringList presentTables(db::Connection& directory)
{
    QStringList tables;
    for (const QString& table : DirectoryDiff::serviceChildTables())
        if (hasTable(directory, table))
            tables << table;
    return tables;
}

} // namespace

void ServiceFieldChanges::fill(db::Connection& before, db::Connection& after,
                               QList<DirectoryDiff::Entry>& changed, int limit)
{
    const QStringList beforeTables = presentTables(before);
    const QStringList afterTables = presentTables(after);
    const auto count = std::min<qsizetype>(changed.size(), limit);
    for (qsizetype i = 0; i < count; ++i) {
        DirectoryDiff::Entry& entry = changed[i];
        const Fields old = describe(before, beforeTables, entry.id);
        const Fields now = describe(after, afterTables, entry.id);
        QStringList names = old.keys() + now.keys();
        names.removeDuplicates();
        std::sort(names.begin(), names.end());
        entry.fields.clear();
        for (const QString& name : names)
            if (old.value(name) != now.value(name))
                entry.fields << DirectoryDiff::FieldChange{name, old.value(name), now.value(name)};
    }
}

} // namespace pathways::bundle
