#pragma once

#include "import/ImportReport.h"

#include <QHash>
#include <QString>

namespace pathways::import {

/// Which CSV file holds which HSDS table in a data package folder.
///
/// With a datapackage.json, each resource whose name is a table we import ("service", also "services")
/// is read from the file its `path` names, relative to the folder; tables it does not list fall back to
/// their official file names. Without one, the official file names are used. CSV files that hold no
/// table we import (funding.csv, metadata.csv, ...) are reported as not imported.
class PackageFiles
{
public:
    /// Resolves the files of `folder` (a directory or a Qt resource path). Problems with the folder or
    /// datapackage.json are appended to `report`; a missing or unreadable folder is Fatal.
    static PackageFiles resolve(const QString& folder, ImportReport& report);

    /// Full path of the file holding `table` (singular name), or empty when the package has none.
    QString pathFor(const QString& table) const { return m_paths.value(table); }
    /// The file name to show in findings for `table`, relative to the folder.
    QString displayName(const QString& table) const { return m_names.value(table); }

private:
    QHash<QString, QString> m_paths;
    QHash<QString, QString> m_names;
};

} // namespace pathways::import
