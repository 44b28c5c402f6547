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

// Rows as one field: each row as its non-id values, the rows in a stable order. `sql` binds the service id
// as ?1.
void rowsField(db::Connection& directory, const QString& sql, const QString& id, const QString& field,
               Fields& fields)
{
    auto rows = directory.prepare(sql);
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
        if (!values.isEmpty())
            described << values.join(QStringLiteral(", "));
    }
    std::sort(described.begin(), described.end());
    described.removeDuplicates();
    if (!described.isEmpty())
        fields.insert(field, described.join(QStringLiteral("; ")));
}

// A table hanging off the service: its own rows, and for phones and hours also those given at one of its
// locations (as the detail pane lists them).
void childRows(db::Connection& directory, const QString& table, const QString& id, Fields& fields)
{
    QString sql = QStringLiteral("SELECT * FROM \"%1\" WHERE service_id = ?1").arg(table);
    if (table == QLatin1String("phone") || table == QLatin1String("schedule"))
        sql += QStringLiteral(" UNION SELECT x.* FROM \"%1\" x JOIN service_at_location sal ON sal.id = "
                              "x.service_at_location_id WHERE sal.service_id = ?1")
                   .arg(table);
    rowsField(directory, sql, id, table, fields);
}

// Where the service is, who runs it and how it is filed: what the digests cover beyond the service's rows
// (DirectoryDiff::kDigestVersion), so a service marked changed for a moved address says so.
void linkedRecords(db::Connection& directory, const QString& id, Fields& fields)
{
    const QString locations =
        QStringLiteral("(SELECT location_id FROM service_at_location WHERE service_id = ?1)");
    if (hasTable(directory, QStringLiteral("location"))) {
        rowsField(
            directory,
            QStringLiteral("SELECT name, description, transportation, latitude, longitude FROM location "
                           "WHERE id IN ") +
                locations,
            id, QStringLiteral("location"), fields);
        rowsField(directory,
                  QStringLiteral("SELECT attention, address_1, address_2, city, region, state_province, "
                                 "postal_code, country FROM address WHERE location_id IN ") +
                      locations,
                  id, QStringLiteral("address"), fields);
        rowsField(
            directory,
            QStringLiteral("SELECT description, details, url FROM accessibility WHERE location_id IN ") +
                locations,
            id, QStringLiteral("accessibility"), fields);
    }
    rowsField(directory,
              QStringLiteral("SELECT o.name FROM organization o JOIN service s ON s.organization_id = o.id "
                             "WHERE s.id = ?1"),
              id, QStringLiteral("organization"), fields);
    rowsField(directory,
              QStringLiteral("SELECT o.description FROM organization o JOIN service s ON s.organization_id = "
                             "o.id WHERE s.id = ?1"),
              id, QStringLiteral("organization description"), fields);
    if (hasTable(directory, QStringLiteral("attribute")))
        rowsField(directory,
                  QStringLiteral("SELECT t.name FROM attribute a JOIN taxonomy_term t ON t.id = "
                                 "a.taxonomy_term_id WHERE a.link_id = ?1"),
                  id, QStringLiteral("category"), fields);
    // Their translations: "location name (sl)", "organization description (uk)".
    auto rows = directory.prepare(
        QStringLiteral(
            "SELECT entity, field, locale, value FROM translation WHERE (entity = 'location' AND id "
            "IN ") +
        locations +
        QStringLiteral(
            ") OR (entity = 'organization' AND id = (SELECT organization_id FROM service WHERE id = "
            "?1))"));
    rows.bind(1, id);
    while (rows.step())
        fields.insert(
            QStringLiteral("%1 %2 (%3)").arg(rows.columnText(0), rows.columnText(1), rows.columnText(2)),
            rows.columnText(3));
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
    linkedRecords(directory, id, fields);
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
