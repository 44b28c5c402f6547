#pragma once

namespace pathways::db {
class Connection;
}

namespace pathways::directory {

/// `PRAGMA application_id` of a Pathways directory database ("PWDR").
inline constexpr int kDirectoryApplicationId = 0x50574452;
/// Newest schema version this build writes (`PRAGMA user_version`).
inline constexpr int kDirectorySchemaVersion = 2;

/// Creates or migrates the directory schema (HSDS 3.0 tables, the `translation` extension, `bundle_meta` and
/// the derived search tables). Throws db::DatabaseError when the file belongs to another application or to a
/// newer version of Pathways. True when an existing directory was migrated and its derived search tables
/// must be rebuilt (search::SearchIndexBuilder::rebuild); false for a new or current one.
bool migrateDirectorySchema(db::Connection& connection);

/// HSDS tables in an order that satisfies references (parents first). Names are the singular table names.
const char* const* hsdsTableNames();

} // namespace pathways::directory
