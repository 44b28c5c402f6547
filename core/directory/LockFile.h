#pragma once

#include <QString>

namespace pathways::directory {

/// An exclusive flock() on a file (<data-dir>/.bundle.lock), released on destruction and by the kernel
/// however the process ends (kill -9 included), so a crashed install never leaves a stale lock.
class LockFile
{
public:
    explicit LockFile(const QString& path);
    ~LockFile();
    LockFile(const LockFile&) = delete;
    LockFile& operator=(const LockFile&) = delete;

    /// Waits up to `timeoutSeconds` for the lock; false when another process keeps it or the file could not
    /// be opened (a read-only data folder, say).
    bool acquire(int timeoutSeconds);
    /// The one-line reason acquire() failed, for an update of the data folder `root`.
    QString failure(const QString& root) const;

private:
    int m_fd;
    QString m_openError;
};

} // namespace pathways::directory
