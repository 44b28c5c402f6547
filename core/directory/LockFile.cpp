#include "directory/LockFile.h"

#include <QFile>
#include <QThread>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace pathways::directory {

LockFile::LockFile(const QString& path)
    : m_fd(::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600))
{
    if (m_fd < 0)
        m_openError =
            QStringLiteral("cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
}

QString LockFile::failure(const QString& root) const
{
    return m_openError.isEmpty() ? QStringLiteral("another update of %1 is in progress").arg(root)
                                 : m_openError;
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
