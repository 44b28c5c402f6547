#include "directory/DataDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace pathways::directory {

namespace {

bool syncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

DataDirectory DataDirectory::resolve(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return DataDirectory(explicitPath);
    const QString fromEnvironment = qEnvironmentVariable("PATHWAYS_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return DataDirectory(fromEnvironment);
    return DataDirectory(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

DataDirectory::DataDirectory(const QString& root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString DataDirectory::directoryDatabasePath() const
{
    return m_root + QStringLiteral("/directory.sqlite");
}

QString DataDirectory::userDatabasePath() const
{
    return m_root + QStringLiteral("/user.sqlite");
}

QString DataDirectory::trustedKeysPath() const
{
    return m_root + QStringLiteral("/trusted-keys");
}

QString DataDirectory::stagingPath(const QString& suffix) const
{
    return m_root + QStringLiteral("/.staging-") + QUuid::createUuid().toString(QUuid::Id128).left(12) +
           suffix;
}

bool DataDirectory::hasDirectory() const
{
    return QFileInfo(directoryDatabasePath()).isFile();
}

bool DataDirectory::ensureExists(QString* error) const
{
    if (QDir().mkpath(m_root))
        return true;
    if (error)
        *error = QStringLiteral("cannot create the data folder %1").arg(m_root);
    return false;
}

bool DataDirectory::installDirectoryFile(const QString& stagingFile, QString* error) const
{
    if (!syncPath(stagingFile, false)) {
        if (error)
            *error = QStringLiteral("cannot write %1 to disk: %2")
                         .arg(stagingFile, QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(stagingFile);
        return false;
    }
    const QByteArray from = QFile::encodeName(stagingFile);
    const QByteArray to = QFile::encodeName(directoryDatabasePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        if (error)
            *error = QStringLiteral("cannot install the new directory: %1")
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        QFile::remove(stagingFile);
        return false;
    }
    syncPath(m_root, true);
    return true;
}

} // namespace pathways::directory
