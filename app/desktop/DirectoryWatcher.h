#pragma once

#include "directory/DataFolder.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace pathways::desktop {

/// Tells the window when another process (the CLI, another window) has replaced directory.sqlite. An
/// install renames a new file into place, so the file's inode changes; the folder watcher wakes us and the
/// inode comparison with the file the window has open decides (a plain timer backs up file systems without
/// notifications). Before the window has opened anything, nothing is reported.
class DirectoryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DirectoryWatcher(directory::DataFolder data, QObject* parent = nullptr);
    /// The identity of the file the search worker has open (DirectoryInfo::fileIdentity); any other file at
    /// directory.sqlite is reported as a replacement.
    void setOpenedIdentity(quint64 identity);
    /// Inode and device of a file, 0 when it does not exist.
    static quint64 fileIdentity(const QString& path);

Q_SIGNALS:
    void directoryReplaced();

private:
    quint64 currentIdentity() const;
    void check();

    directory::DataFolder m_data;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_settle;
    quint64 m_identity = 0;
};

} // namespace pathways::desktop
