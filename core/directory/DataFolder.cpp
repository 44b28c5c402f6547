#include "directory/DataFolder.h"

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

Error ioError(const QString& message)
{
    return Error{Error::Kind::Io, message, QString::fromLocal8Bit(std::strerror(errno))};
}

} // namespace

DataFolder DataFolder::resolve(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return DataFolder(explicitPath);
    const QString fromEnvironment = qEnvironmentVariable("PATHWAYS_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return DataFolder(fromEnvironment);
    return DataFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

DataFolder::DataFolder(const QString& root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString DataFolder::installedDatabasePath() const
{
    return m_root + QStringLiteral("/directory.sqlite");
}

QString DataFolder::userDatabasePath() const
{
    return m_root + QStringLiteral("/user.sqlite");
}

QString DataFolder::trustedKeysPath() const
{
    return m_root + QStringLiteral("/trusted-keys");
}

QString DataFolder::stagingPath(const QString& suffix) const
{
    return m_root + QStringLiteral("/.staging-") + QUuid::createUuid().toString(QUuid::Id128).left(12) +
           suffix;
}

bool DataFolder::hasDirectory() const
{
    return QFileInfo(installedDatabasePath()).isFile();
}

Status DataFolder::ensureExists() const
{
    if (QDir().mkpath(m_root))
        return {};
    return ioError(QStringLiteral("cannot create the data folder %1").arg(m_root));
}

Status DataFolder::installDatabaseFile(const QString& stagingFile) const
{
    if (!syncPath(stagingFile, false)) {
        const Error error = ioError(QStringLiteral("cannot write %1 to disk: %2")
                                        .arg(stagingFile, QString::fromLocal8Bit(std::strerror(errno))));
        QFile::remove(stagingFile);
        return error;
    }
    const QByteArray from = QFile::encodeName(stagingFile);
    const QByteArray to = QFile::encodeName(installedDatabasePath());
    if (std::rename(from.constData(), to.constData()) != 0) {
        const Error error = ioError(QStringLiteral("cannot install the new directory: %1")
                                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
        QFile::remove(stagingFile);
        return error;
    }
    syncPath(m_root, true);
    return {};
}

} // namespace pathways::directory
