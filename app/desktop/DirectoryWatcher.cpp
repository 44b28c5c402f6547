#include "desktop/DirectoryWatcher.h"

#include <QFile>

#include <sys/stat.h>

namespace pathways::desktop {

DirectoryWatcher::DirectoryWatcher(directory::DataDirectory data, QObject* parent)
    : QObject(parent), m_data(std::move(data))
{
    m_identity = currentIdentity();
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
    struct stat info {};
    if (::stat(QFile::encodeName(m_data.directoryDatabasePath()).constData(), &info) != 0)
        return 0;
    return static_cast<quint64>(info.st_ino) ^ (static_cast<quint64>(info.st_dev) << 32);
}

void DirectoryWatcher::acknowledge()
{
    m_identity = currentIdentity();
}

void DirectoryWatcher::check()
{
    if (m_watcher.directories().isEmpty())
        m_watcher.addPath(m_data.root()); // the folder was created after start
    const quint64 identity = currentIdentity();
    if (identity == 0 || identity == m_identity)
        return;
    const bool firstInstall = m_identity == 0; // the window itself installed the default directory
    m_identity = identity;
    if (firstInstall)
        return;
    Q_EMIT directoryReplaced();
}

} // namespace pathways::desktop
