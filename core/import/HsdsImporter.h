#pragma once

#include "import/ImportReport.h"

#include <QString>

namespace pathways::db {
class Connection;
}

namespace pathways::import {

/// Reads an HSDS 3.0 Tabular Data Package (a folder of CSV files, with or without datapackage.json) into
/// the HSDS tables of a directory database whose schema already exists (migrateDirectorySchema).
class HsdsImporter
{
public:
    /// Imports `folder` into `target` in one transaction. Existing HSDS rows are replaced. The search
    /// tables are not touched (SearchIndexBuilder derives them afterwards). Never throws for bad input:
    /// every problem is in the report; on a Fatal issue nothing is written.
    static ImportReport importFolder(const QString& folder, db::Connection& target);
};

} // namespace pathways::import
