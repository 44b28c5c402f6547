#pragma once

#include "directory/DataDirectory.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace pathways::desktop {

/// Tells the window when another process (the CLI, another window) has replaced directory.sqlite. An
/// install renames a new file into place, so the file's inode changes; the folder watcher wakes us and the
/// inode comparison decides (a plain timer backs up file systems without notifications).
class DirectoryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DirectoryWatcher(directory::DataDirectory data, QObject* parent = nullptr);
    /// Call after this process itself replaced the directory, so it is not reported twice.
    void acknowledge();

Q_SIGNALS:
    void directoryReplaced();

private:
    quint64 currentIdentity() const;
    void check();

    directory::DataDirectory m_data;
    QFileSystemWatcher m_watcher;
    QTimer m_poll;
    QTimer m_settle;
    quint64 m_identity = 0;
};

} // namespace pathways::desktop
