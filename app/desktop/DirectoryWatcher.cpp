#include "desktop/DirectoryWatcher.h"

#include <QFile>
#include <sys/stat.h>

namespace pathways::desktop {

DirectoryWatcher::DirectoryWatcher(directory::DataFolder data, QObject* parent)
    : QObject(parent), m_data(std::move(data))
{
    m_watcher.addPath(m_data.root());
    // A burst of folder events (staging file written, renamed, generation file) becomes one check.
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_settle, &QTimer::timeout, this, &DirectoryWatcher::check);
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &DirectoryWatcher::check);
    m_poll.start();
}

quint64 DirectoryWatcher::currentIdentity() const
{
    return fileIdentity(m_data.installedDatabasePath());
}

quint64 DirectoryWatcher::fileIdentity(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return static_cast<quint64>(info.st_ino) ^ (static_cast<quint64>(info.st_dev) << 32);
}

void DirectoryWatcher::setOpenedIdentity(quint64 identity)
{
    m_identity = identity;
    check(); // replaced again since it was opened?
}

void DirectoryWatcher::check()
{
    if (m_watcher.directories().isEmpty())
        m_watcher.addPath(m_data.root()); // the folder was created after start
    const quint64 identity = currentIdentity();
    if (identity == 0 || m_identity == 0 || identity == m_identity)
        return;
    m_identity = identity;
    Q_EMIT directoryReplaced();
}

} // namespace pathways::desktop
