#pragma once

#include "error/Expected.h"

namespace pathways::db {
class Connection;
}

namespace pathways::directory {

/// `PRAGMA application_id` of a Pathways directory database ("PWDR").
inline constexpr int kDirectoryApplicationId = 0x50574452;
/// Newest schema version this build writes (`PRAGMA user_version`).
inline constexpr int kDirectorySchemaVersion = 2;

/// Creates or migrates the directory schema (HSDS 3.0 tables, the `translation` extension, `bundle_meta` and
/// the derived search tables). Fails (Unreadable, nothing written) when the file belongs to another
/// application or to a newer version of Pathways; db::DatabaseError only for what SQLite reports. A directory migrated from an older version must then have its derived search
/// tables rebuilt (search::SearchIndexBuilder::rebuild; DirectoryStore does so when it opens one).
Status migrateDirectorySchema(db::Connection& connection);

/// HSDS tables in an order that satisfies references (parents first). Names are the singular table names.
const char* const* hsdsTableNames();

} // namespace pathways::directory
