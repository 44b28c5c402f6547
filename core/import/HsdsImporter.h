#pragma once

#include "import/ImportReport.h"
#include "import/Progress.h"

#include <QString>

namespace pathways::db {
class Connection;
}

namespace pathways::import {

/// How to read a package: what it is, and where progress goes.
struct ImportOptions
{
    bool sheet = false;        ///< the path is a one-sheet CSV (SheetPackage), not an HSDS package
    ProgressCallback progress; ///< told each file as it is read (bytes of CSV read of the total)
};

/// Reads an HSDS Tabular Data Package (a folder of CSV files, with or without datapackage.json; HSDS 3.0, and
/// the file and column names of 1.x and 2.0) into
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
    ///
    /// `path` may also be a `.zip` of such a package (unpacked with PackageArchive's limits), HSDS 3.0 JSON
    /// (a `.json` file or a folder of them: JsonPackage), or a folder that holds the package folder.
    /// report.format says what it was recognised as.
    ///
    /// With options.sheet, `path` is the one-sheet template's CSV instead (SheetPackage).
    static ImportReport importFolder(const QString& path, db::Connection& target,
                                     const ImportOptions& options = {});

private:
    static void importTables(const QString& folder, db::Connection& target, ImportReport& report,
                             const ProgressCallback& progress);
};

} // namespace pathways::import
