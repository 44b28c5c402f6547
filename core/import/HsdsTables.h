#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::import {

/// How a CSV value is stored.
enum class FieldType {
    Text,      ///< as given; empty -> NULL
    Real,      ///< a number; not a number -> warning, NULL
    Integer,   ///< a whole number; otherwise -> warning, NULL
    Boolean,   ///< "true"/"1"/"yes" -> 1, anything else -> 0 (never NULL)
    Latitude,  ///< a number in -90..90; checked together with the longitude
    Longitude, ///< a number in -180..180
};

struct ColumnSpec
{
    QString name;
    FieldType type = FieldType::Text;
};

/// A column holding the id of a row of `target`.
struct ReferenceSpec
{
    QString column;
    QString target;               ///< singular table name
    bool dropWhenMissing = false; ///< the record exists only for this link: without the target it is useless
};

/// What the importer knows about one HSDS table: its columns in the target database, which fields a record
/// cannot do without, which the specification requires, and which columns refer to other tables.
struct TableSpec
{
    QString table;    ///< singular table name in the database, also the resource name in datapackage.json
    QString fileName; ///< the official CSV file name, e.g. "services.csv"
    QList<ColumnSpec> columns; ///< every column of the table, `id` first
    QStringList essential;     ///< missing -> the record is dropped (besides `id`)
    QStringList required;      ///< required by HSDS but the record is still usable: missing -> warning
    QList<ReferenceSpec> references;
    bool keyedById = true; ///< false for `translation`, keyed by (entity, id, field, locale)
    /// A record nothing else refers to by id (a phone, a schedule): without an id it is kept under a
    /// derived one (parent id + table + row number) instead of being dropped.
    bool derivesMissingIds = false;
};

/// Every table the importer fills, parents before children so that a reference can be checked as soon as
/// its record is read. Ends with the `translation` extension.
const QList<TableSpec>& hsdsTableSpecs();

/// The spec whose table name (singular, "service_at_location"), official file name without ".csv"
/// ("services") or name with a trailing "s" matches `name`, or nullptr.
const TableSpec* findTableSpec(const QString& name);

} // namespace pathways::import
