#pragma once

#include <QString>

namespace pathways::directory {

/// The folder that holds one user's Pathways data, and the names of the files in it:
///   directory.sqlite   the installed directory (replaced atomically by updates, read-only otherwise)
///   user.sqlite        notes, favourites, settings: never touched by updates
///   (the signed bundle a directory came from is kept inside directory.sqlite, installed with it)
///   trusted-keys/      extra minisign public keys the user trusts
class DataDirectory
{
public:
    /// `explicitPath` (from --data-dir) wins, then $PATHWAYS_DATA_DIR, then QStandardPaths::AppDataLocation.
    static DataDirectory resolve(const QString& explicitPath = {});
    explicit DataDirectory(const QString& root);

    QString root() const { return m_root; }
    QString directoryDatabasePath() const;
    QString userDatabasePath() const;
    QString trustedKeysPath() const;
    /// The file whose LockFile every writer of directory.sqlite holds (bundle apply, import, upgrade), so
    /// that two of them never install over each other.
    QString updateLockPath() const { return m_root + QStringLiteral("/.bundle.lock"); }
    /// A fresh path beside directory.sqlite for building a replacement (same file system, so rename is
    /// atomic).
    QString stagingPath(const QString& suffix) const;

    bool hasDirectory() const;
    /// Creates the folder if needed; returns false with `error` set when it cannot.
    bool ensureExists(QString* error) const;

    /// Atomically replaces directory.sqlite with the finished database at `stagingFile` (fsync, then rename).
    /// Readers holding the old file open keep reading it; new readers see the new one. On failure the old
    /// directory is untouched, `error` says why, and the staging file is removed.
    bool installDirectoryFile(const QString& stagingFile, QString* error) const;

private:
    QString m_root;
};

} // namespace pathways::directory
