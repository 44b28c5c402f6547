#pragma once

#include "bundle/BundleInstaller.h"
#include "directory/DataFolder.h"
#include "import/Progress.h"
#include "store/DirectoryOrigin.h"

#include <QString>

namespace pathways::bundle {

/// Step 7's first half, one way per payload form: from verified payload bytes to a staging database beside
/// the installed one (same file system, so the install is one rename). On a refusal it returns an empty path
/// and records the reason in the outcome; nothing is left behind.
class PayloadStaging
{
public:
    /// `crashPoint` is the installer's test hook, called at its numbered points 5-8.
    /// `progress` is told how a CSV payload's import goes (files, bytes); it may be empty.
    PayloadStaging(directory::DataFolder folder, void (*crashPoint)(int),
                   import::ProgressCallback progress = {});

    /// CSV payload: the tables are written to a private folder and imported like `import --hsds`.
    QString stageTables(BundleInstaller::Outcome& outcome, const store::DirectoryOrigin& origin) const;
    /// Database payload: the database is written out, then its integrity and exact shape are checked
    /// before anything else reads it.
    QString stageDatabase(BundleInstaller::Outcome& outcome, const store::DirectoryOrigin& origin) const;

private:
    directory::DataFolder m_data;
    void (*m_crashPoint)(int);
    import::ProgressCallback m_progress;
};

} // namespace pathways::bundle
