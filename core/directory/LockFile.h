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

    /// Waits up to `timeoutSeconds` for the lock; false when another process keeps it.
    bool acquire(int timeoutSeconds);

private:
    int m_fd;
};

} // namespace pathways::directory
