#pragma once

#include "bundle/DirectoryDiff.h"
#include "directory/DataFolder.h"
#include "error/Expected.h"

#include <QString>

namespace pathways::bundle {

/// The one generation of the directory kept behind the installed one (directory.previous.sqlite, kept by
/// every install), and putting it back.
///
/// Rollback protection stays honest: before the swap, the kept directory's per-publisher high-water marks
/// (bundle_publisher_sequence) are raised to the installed one's, so restoring never lets an older bundle
/// from outside in, and the next genuine newer bundle installs as usual. Notes and favourites (user.sqlite)
/// are not touched.
class PreviousDirectory
{
public:
    explicit PreviousDirectory(directory::DataFolder folder);

    struct Change
    {
        QString publisher; ///< of the directory that is (or would be) installed after the restore
        quint64 sequence = 0;
        QString replacedPublisher; ///< of the directory it replaces
        quint64 replacedSequence = 0;
        DirectoryDiff diff; ///< from the installed directory to the kept one
    };

    /// What restoring would change; writes nothing. NotFound when no previous directory is kept.
    Expected<Change> preview() const;
    /// Puts the kept directory back (and keeps the replaced one as the new previous generation), under the
    /// update lock.
    Expected<Change> restore() const;

private:
    Expected<Change> compare() const;
    directory::DataFolder m_folder;
};

} // namespace pathways::bundle
