#include "bundle/ContentCheck.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "directory/DirectorySchema.h"
#include "import/HsdsTables.h"
#include "search/OrdList.h"
#include "search/SearchIndexBuilder.h"

#include <QMap>
#include <QTemporaryDir>
#include <mutex>
#include <optional>
#include <sqlite3.h>

namespace pathways::bundle::content {

namespace {

using SchemaRows = QMap<QString, QString>; // name -> "type|table|sql"

SchemaRows schemaOf(db::Connection& connection)
{
    SchemaRows rows;
    auto row = connection.prepare(
        QStringLiteral("SELECT name, type, tbl_name, coalesce(sql, '') FROM sqlite_schema WHERE name NOT "
                       "LIKE 'sqlite_stat%'"));
    while (row.step())
        rows.insert(row.columnText(0), row.columnText(1) + QLatin1Char('|') + row.columnText(2) +
                                           QLatin1Char('|') + row.columnText(3));
    return rows;
}

// What this Pathways creates: the directory schema and the search tables of an empty directory. Made
// once, on first use; a failure (no temporary folder) is answered as an error and tried again next time.
Expected<SchemaRows> referenceSchema()
{
    static std::mutex mutex;
    static std::optional<SchemaRows> reference;
    const std::lock_guard lock(mutex);
    if (reference)
        return *reference;
    // A file, not :memory:, because the index build reads the directory on a second connection.
    const QTemporaryDir folder;
    if (!folder.isValid())
        return Error::unreadable(QStringLiteral("content: cannot create a temporary folder: ") +
                                 folder.errorString());
    db::Connection empty(folder.filePath(QStringLiteral("reference.sqlite")), db::Connection::Mode::ReadWriteCreate);
    if (const Status migrated = directory::migrateDirectorySchema(empty); !migrated)
        return migrated.error();
    search::SearchIndexBuilder::rebuild(empty);
    reference = schemaOf(empty);
    return *reference;
}

Error fail(const QString& reason)
{
    return Error::refused(QStringLiteral("content: ") + reason);
}

// The SQL condition a stored value of `column` breaks, by the rules of the import (import/HsdsTables.h).
QString badValueCondition(const import::ColumnSpec& column)
{
    const QString c = QLatin1Char('"') + column.name + QLatin1Char('"');
    switch (column.type) {
    case import::FieldType::Text:
        return QStringLiteral("typeof(%1) NOT IN ('text', 'null')").arg(c);
    case import::FieldType::Integer:
        return QStringLiteral("typeof(%1) NOT IN ('integer', 'null')").arg(c);
    case import::FieldType::Boolean:
        return QStringLiteral("(%1 IS NOT NULL AND (typeof(%1) <> 'integer' OR %1 NOT IN (0, 1)))").arg(c);
    case import::FieldType::Real:
        return QStringLiteral("typeof(%1) NOT IN ('real', 'integer', 'null')").arg(c);
    case import::FieldType::Latitude:
        return QStringLiteral("(typeof(%1) NOT IN ('real', 'integer', 'null') OR %1 < -90 OR %1 > 90)")
            .arg(c);
    case import::FieldType::Longitude:
        return QStringLiteral("(typeof(%1) NOT IN ('real', 'integer', 'null') OR %1 < -180 OR %1 > 180)")
            .arg(c);
    }
    return QStringLiteral("0");
}

QStringList translatableTables()
{
    QStringList tables;
    for (const import::TableSpec& spec : import::hsdsTableSpecs())
        if (spec.keyedById)
            tables << spec.table;
    return tables;
}

Status checkValues(db::Connection& staging)
{
    for (const import::TableSpec& spec : import::hsdsTableSpecs()) {
        QStringList conditions;
        if (spec.keyedById)
            conditions << QStringLiteral("typeof(id) <> 'text' OR id = ''");
        for (const import::ColumnSpec& column : spec.columns)
            if (column.name != QLatin1String("id"))
                conditions << badValueCondition(column);
        // What an import drops a record for: a missing essential field, a translation of no table.
        for (const QString& column : spec.essential)
            conditions << QStringLiteral("\"%1\" IS NULL OR \"%1\" = ''").arg(column);
        if (!spec.keyedById)
            conditions << QStringLiteral("entity NOT IN ('%1')")
                              .arg(translatableTables().join(QStringLiteral("', '")));
        auto bad = staging.prepare(QStringLiteral("SELECT quote(id) FROM \"%1\" WHERE %2 LIMIT 1")
                                       .arg(spec.table, conditions.join(QStringLiteral(" OR "))));
        if (bad.step())
            return fail(QStringLiteral("%1 %2 holds a value an import would not write")
                                   .arg(spec.table, bad.columnText(0).left(80)));
    }
    return {};
}

Status checkSearchTables(db::Connection& staging)
{
    const qint64 services = staging.queryInt(QStringLiteral("SELECT count(*) FROM service"));
    const qint64 documents = staging.queryInt(QStringLiteral("SELECT count(*) FROM search_doc"));
    const qint64 linked = staging.queryInt(
        QStringLiteral("SELECT count(*) FROM search_doc JOIN service ON service.id = search_doc.service_id"));
    if (documents != services || linked != services)
        return fail(QStringLiteral("the search index covers %1 of %2 services").arg(linked).arg(services));
    auto facet = staging.prepare(QStringLiteral("SELECT kind, value, services, ords FROM search_facet"));
    while (facet.step()) {
        const auto ords = search::ords::decode(facet.columnBlob(3));
        if (!ords || static_cast<qint64>(ords->size()) != facet.columnInt64(2))
            return fail(QStringLiteral("the search facet %1 \"%2\" is damaged")
                                   .arg(facet.columnText(0), facet.columnText(1).left(60)));
    }
    return {};
}

} // namespace

void hardenConnection(db::Connection& connection)
{
    sqlite3_db_config(connection.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(connection.handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    connection.execute(QStringLiteral("PRAGMA mmap_size = 0; PRAGMA cell_size_check = ON"));
}

Status checkRowsAndReferences(db::Connection& staging, const BundleManifest& manifest)
{
    for (auto it = manifest.counts.constBegin(); it != manifest.counts.constEnd(); ++it) {
        const qint64 rows = staging.queryInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(it.key()));
        if (rows != it.value())
            return fail(QStringLiteral("%1 has %2 usable rows, the manifest says %3")
                                   .arg(it.key())
                                   .arg(rows)
                                   .arg(it.value()));
    }
    for (const import::TableSpec& spec : import::hsdsTableSpecs()) {
        for (const import::ReferenceSpec& reference : spec.references) {
            auto dangling = staging.prepare(QStringLiteral("SELECT id, \"%2\" FROM \"%1\" WHERE \"%2\" IS "
                                                           "NOT NULL AND \"%2\" <> '' AND \"%2\" NOT IN "
                                                           "(SELECT id FROM \"%3\") LIMIT 1")
                                                .arg(spec.table, reference.column, reference.target));
            if (dangling.step())
                return fail(QStringLiteral("%1 %2 refers to %3 %4, which is not in the bundle")
                                       .arg(spec.table, dangling.columnText(0), reference.target,
                                            dangling.columnText(1)));
        }
    }
    return {};
}

Status checkDatabaseShape(db::Connection& staging)
{
    if (staging.userVersion() != directory::kDirectorySchemaVersion)
        return fail(QStringLiteral("the database has schema version %1, not %2")
                               .arg(staging.userVersion())
                               .arg(directory::kDirectorySchemaVersion));
    const SchemaRows actual = schemaOf(staging);
    const Expected<SchemaRows> reference = referenceSchema();
    if (!reference)
        return reference.error();
    const SchemaRows& expected = *reference;
    for (auto it = actual.constBegin(); it != actual.constEnd(); ++it) {
        if (!expected.contains(it.key()))
            return fail(QStringLiteral("the database has %1 \"%2\", which a directory does not have")
                                   .arg(it.value().section(QLatin1Char('|'), 0, 0), it.key().left(60)));
        if (expected.value(it.key()) != it.value())
            return fail(QStringLiteral("the database's \"%1\" is not defined as a directory defines it")
                            .arg(it.key().left(60)));
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        if (!actual.contains(it.key()))
            return fail(QStringLiteral("the database has no \"%1\"").arg(it.key()));
    const qint64 metaRows = staging.queryInt(QStringLiteral("SELECT count(*) FROM bundle_meta"));
    if (metaRows > 1)
        return fail(QStringLiteral("the database has %1 bundle_meta rows").arg(metaRows));
    if (const Status values = checkValues(staging); !values)
        return values;
    return checkSearchTables(staging);
}

Status checkSearchIndex(db::Connection& staging)
{
    try {
        // A command written as an INSERT, so it needs a writable connection; it changes nothing.
        staging.execute(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')"));
    } catch (const db::DatabaseError& failure) {
        return fail(QStringLiteral("the search index fails its integrity check (%1)").arg(failure.message()));
    }
    return {};
}

Status checkDatabaseIntegrity(db::Connection& staging)
{
    auto check = staging.prepare(QStringLiteral("PRAGMA integrity_check(1)"));
    if (check.step() && check.columnText(0) == QLatin1String("ok"))
        return {};
    // SQLite's finding may span lines ("*** in database main ***\nPage 3: ..."): one line of it.
    QString finding = check.columnText(0);
    finding.remove(QStringLiteral("*** in database main ***"));
    finding = finding.simplified().left(120);
    return fail(QStringLiteral("the database fails its integrity check: %1").arg(finding));
}

} // namespace pathways::bundle::content
