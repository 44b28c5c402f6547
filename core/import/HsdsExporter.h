#pragma once

#include "error/Expected.h"
#include "import/Progress.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace pathways::db {
class Connection;
}

namespace pathways::import {

/// Writes the HSDS tables of a directory database as an HSDS 3.0 Tabular Data Package: one CSV file per
/// table that has rows (3.0 file and column names, every column of the table), our translations.csv, and a
/// datapackage.json that lists them with their field types. HsdsImporter reads it back into the same
/// tables, value for value: numbers in their shortest exact form, booleans as true/false, a missing value
/// as an empty field.
class HsdsExporter
{
public:
    struct Summary
    {
        QMap<QString, qint64> rows; ///< singular table name -> rows written (tables with rows only)
        QStringList files;          ///< file names written, datapackage.json last
    };

    /// `folder` is created when absent; it must hold no files (an export never overwrites a package).
    static Expected<Summary> write(db::Connection& source, const QString& folder,
                                   const ProgressCallback& progress = {});
};

} // namespace pathways::import
