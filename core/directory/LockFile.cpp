#include "directory/LockFile.h"

#include <QFile>
#include <QThread>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace pathways::directory {

LockFile::LockFile(const QString& path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
{
}

LockFile::~LockFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool LockFile::acquire(int timeoutSeconds)
{
    for (int waited = 0; m_fd >= 0; ++waited) {
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
            return true;
        if (waited >= timeoutSeconds * 10)
            return false;
        QThread::msleep(100);
    }
    return false;
}

} // namespace pathways::directory
