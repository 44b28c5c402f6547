#pragma once

#include "bundle/BundleManifest.h"
#include "error/Expected.h"

#include <QString>

namespace pathways::db {
class Connection;
}

namespace pathways::bundle {

/// Step 7 of docs/bundle-format.md: what a staging directory must satisfy before it may replace the
/// installed one. Every check reads only; the first failure gives a one-line reason.
namespace content {

/// Both payload forms: every table holds the rows the manifest counts, and no reference dangles (the
/// import keeps such a record with a warning; a signed directory must not contain one).
Status checkRowsAndReferences(db::Connection& staging, const BundleManifest& manifest);

/// A publisher-built directory database, in this order, on a connection opened with hardenConnection():
/// 1. checkDatabaseIntegrity(), before any other statement reads the file (SQLite's advice for database
///    files from elsewhere): every b-tree, every index against its table, NOT NULL and CHECK constraints.
/// 2. checkDatabaseShape(): exactly the tables, indexes and search tables this Pathways creates (no views,
///    triggers or extra tables), values of the types and ranges an import writes, no record an import
///    would drop, a search document per service, facet lists that decode.
/// 3. checkSearchIndex(): FTS5's own integrity check of the full-text index. It is written as an INSERT
///    command (that writes nothing), so it needs a writable connection; it may run beside readers.
/// Each fails (Refused) with a one-line reason that starts "content: ". db::DatabaseError propagates only
/// for what SQLite reports while reading.
Status checkDatabaseIntegrity(db::Connection& staging);
Status checkDatabaseShape(db::Connection& staging);
Status checkSearchIndex(db::Connection& staging);

/// Settings for a connection to a database that came from outside: defensive mode (no writes to shadow
/// tables, no schema writes), no functions from the schema, no memory mapping of the file.
void hardenConnection(db::Connection& connection);

} // namespace content

} // namespace pathways::bundle
