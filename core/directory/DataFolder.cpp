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

QString DataFolder::previousDatabasePath() const
{
    return m_root + QStringLiteral("/directory.previous.sqlite");
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
    // One generation back: a second name for the installed file, then the new file takes the first name.
    // Where the file system has no hard links the previous generation is simply not kept.
    if (hasDirectory()) {
        const QByteArray link = QFile::encodeName(stagingPath(QStringLiteral(".previous")));
        if (::link(to.constData(), link.constData()) == 0 &&
            std::rename(link.constData(), QFile::encodeName(previousDatabasePath()).constData()) != 0)
            ::unlink(link.constData());
    }
    if (std::rename(from.constData(), to.constData()) != 0) {
        const Error error = ioError(QStringLiteral("cannot install the new directory: %1")
                                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
        QFile::remove(stagingFile);
        return error;
    }
    syncPath(m_root, true);
    return {};
}

Status DataFolder::swapWithPrevious() const
{
    if (!QFileInfo(previousDatabasePath()).isFile())
        return Error::notFound(QStringLiteral("no previous directory is kept in %1").arg(m_root));
    const QByteArray installed = QFile::encodeName(installedDatabasePath());
    const QByteArray previous = QFile::encodeName(previousDatabasePath());
    const QByteArray link = QFile::encodeName(stagingPath(QStringLiteral(".swap")));
    // installed -> link (a second name), previous -> installed, link -> previous: after every step the
    // installed name holds a complete directory.
    if (hasDirectory() && ::link(installed.constData(), link.constData()) != 0)
        return ioError(QStringLiteral("cannot keep the current directory: %1")
                           .arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (std::rename(previous.constData(), installed.constData()) != 0) {
        const Error error = ioError(QStringLiteral("cannot restore the previous directory: %1")
                                        .arg(QString::fromLocal8Bit(std::strerror(errno))));
        ::unlink(link.constData());
        return error;
    }
    std::rename(link.constData(), previous.constData());
    syncPath(m_root, true);
    return {};
}

} // namespace pathways::directory
