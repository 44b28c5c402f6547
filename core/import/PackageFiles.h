#pragma once

#include "import/ImportReport.h"
#include "import/LegacyNames.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::import {

/// One CSV file of a package and the table it feeds.
struct PackageFile
{
    QString table; ///< singular table name
    QString path;  ///< full path
    QString name;  ///< relative to the package folder, for findings
    FileVariant variant = FileVariant::Current;
};

/// Which CSV files of a data package folder hold which HSDS table.
///
/// With a datapackage.json, each resource whose name (or file name) is a table we import is read from
/// the file its `path` names, relative to the folder; a path that does not exist is looked for beside the
/// descriptor. Tables it does not list fall back to their official file names, of HSDS 3.0 and of the
/// older versions (services_at_location.csv, physical_addresses.csv, ...). CSV files that hold no table
/// we import (funding.csv, metadata.csv, ...) are reported as not imported.
///
/// A package is untrusted: no file may lie outside its folder (absolute paths, "..", symbolic links are
/// refused with a warning). A folder that holds only one folder (as unzipping often leaves) is read
/// through to that one.
class PackageFiles
{
public:
    /// Resolves the files of `folder` (a directory or a Qt resource path). Problems with the folder or
    /// datapackage.json are appended to `report`; a missing or unreadable folder is Fatal.
    static PackageFiles resolve(const QString& folder, ImportReport& report);

    /// `folder`, or the one folder it holds when it holds nothing else (besides zipping's __MACOSX), with a
    /// note: a package zipped with its folder, CSV or JSON.
    static QString packageFolder(const QString& folder, ImportReport& report);

    /// Every file to read, tables in hsdsTableSpecs() order, the 3.0 file of a table before older ones.
    const QList<PackageFile>& files() const { return m_files; }
    bool has(const QString& table) const;
    /// The HSDS versions the file names point at ("3.0", "1.1/2.0", "1.0"), first seen first.
    const QStringList& versions() const { return m_versions; }

private:
    void add(const QString& table, const QString& path, const QString& name, FileVariant variant);

    QList<PackageFile> m_files;
    QStringList m_versions;
};

} // namespace pathways::import
