#pragma once

#include "directory/DataFolder.h"
#include "error/Expected.h"
#include "import/HsdsExporter.h"
#include "import/HsdsImporter.h"
#include "import/ImportReport.h"
#include "store/DirectoryOrigin.h"

#include <memory>

namespace pathways::db {
class Connection;
}

namespace pathways::store {

/// The installed directory of one data folder: opening it, replacing it, and the first-run default.
class DirectoryStore
{
public:
    /// Resource folder of the embedded default directory (HSDS CSV compiled into the binary).
    static QString embeddedDirectoryFolder();
    static DirectoryOrigin embeddedDirectoryOrigin();

    explicit DirectoryStore(directory::DataFolder data);

    /// Opens the installed directory read-only. A directory written by an older Pathways (an older schema)
    /// is upgraded first: its search tables are rebuilt on a copy that replaces it atomically, its content
    /// unchanged. NotFound when nothing is installed yet (api::prepareDataFolder installs the default).
    Expected<std::unique_ptr<db::Connection>> openForReading();

    struct ImportOutcome
    {
        import::ImportReport report;
        bool installed = false;
        QString error; ///< one line when not installed
    };
    /// Imports an HSDS folder into a staging database, builds its search index, records `origin`, and
    /// installs it atomically in place of the current directory. On any failure the installed directory is
    /// untouched.
    /// `options` says whether `folder` is a one-sheet CSV and where progress goes.
    ImportOutcome importHsdsFolder(const QString& folder, const DirectoryOrigin& origin,
                                   const import::ImportOptions& options = {});

    /// Writes the installed directory as an HSDS 3.0 CSV package with datapackage.json into `folder` (new or
    /// empty), which importHsdsFolder() reads back into the same directory.
    Expected<import::HsdsExporter::Summary> exportHsds(const QString& folder,
                                                       const import::ProgressCallback& progress = {});

    /// The connection settings for building a staging database (also used by the import benchmark, so
    /// that its phases add up to a real import).
    static void configureStagingConnection(db::Connection& connection);
    /// Builds the staging database only (for bundles and tests) and returns its path; `report` receives the
    /// import's findings either way (a Refused error names the first fatal one).
    Expected<QString> buildStagingDatabase(const QString& folder, const DirectoryOrigin& origin,
                                           import::ImportReport* report,
                                           const import::ImportOptions& options = {});

    /// Writes the one bundle_meta row: where the directory came from, its languages, and when it was
    /// installed.
    static void recordOrigin(db::Connection& connection, const DirectoryOrigin& origin);

    const directory::DataFolder& data() const { return m_data; }

private:
    Expected<std::unique_ptr<db::Connection>> openInstalled() const;
    Status upgradeInstalled();

    directory::DataFolder m_data;
};

} // namespace pathways::store
