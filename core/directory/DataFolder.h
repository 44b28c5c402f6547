#pragma once

#include "error/Expected.h"

#include <QString>

namespace pathways::directory {

/// The data folder: the one folder that holds one user's Pathways data, and the names of the files in it.
/// ("Directory" means the directory of services; this is where it is kept.)
///   directory.sqlite   the installed directory database (replaced atomically by updates, read-only
///                      otherwise; the signed bundle it came from is kept inside it, installed with it)
///   user.sqlite        notes, favourites, settings: never touched by updates
///   trusted-keys/      extra minisign public keys the user trusts
class DataFolder
{
public:
    /// `explicitPath` (from --data-dir) wins, then $PATHWAYS_DATA_DIR, then QStandardPaths::AppDataLocation.
    static DataFolder resolve(const QString& explicitPath = {});
    explicit DataFolder(const QString& root);

    QString root() const { return m_root; }
    /// The installed directory database, directory.sqlite.
    QString installedDatabasePath() const;
    /// The directory database it replaced (one generation), for "Restore previous version".
    QString previousDatabasePath() const;
    QString userDatabasePath() const;
    QString trustedKeysPath() const;
    /// The file whose LockFile every writer of directory.sqlite holds (bundle apply, import, upgrade), so
    /// that two of them never install over each other.
    QString updateLockPath() const { return m_root + QStringLiteral("/.bundle.lock"); }
    /// A fresh path beside directory.sqlite for building a replacement (same file system, so rename is
    /// atomic).
    QString stagingPath(const QString& suffix) const;

    /// True when a directory database is installed here.
    bool hasDirectory() const;
    /// Creates the folder if needed (an Io error when it cannot).
    Status ensureExists() const;

    /// Atomically replaces directory.sqlite with the finished database at `stagingFile` (fsync, then rename).
    /// The replaced one is kept as directory.previous.sqlite (a hard link made before the rename, so that a
    /// crash at any moment leaves a complete installed directory). Readers holding the old file open keep
    /// reading it; new readers see the new one. On failure the old directory is untouched, the Io error says
    /// why, and the staging file is removed.
    Status installDatabaseFile(const QString& stagingFile) const;
    /// Swaps directory.sqlite and directory.previous.sqlite, each step one rename (the caller holds the
    /// update lock). NotFound when no previous directory is kept.
    Status swapWithPrevious() const;

private:
    QString m_root;
};

} // namespace pathways::directory
