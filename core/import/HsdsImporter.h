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
    /// Imports `folder` into `target` in one transaction. Existing HSDS rows (and `translation`) are
    /// replaced. The search tables are not touched (SearchIndexBuilder derives them afterwards). Never
    /// throws for bad input: every problem is in the report; on a Fatal issue nothing is written and
    /// rowsImported is empty, otherwise it has an entry for every table (0 when its file is absent).
    ///
    /// `folder` may be a Qt resource path. Files are found through datapackage.json when there is one,
    /// else by their official HSDS names, plus our `translations.csv` (entity,id,field,locale,value).
    /// `target` must not be inside a transaction already. Its page cache is raised while importing and
    /// restored afterwards.
    static ImportReport importFolder(const QString& folder, db::Connection& target);
};

} // namespace pathways::import
