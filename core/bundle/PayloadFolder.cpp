#include "bundle/PayloadFolder.h"

#include "bundle/BundleManifest.h"

#include <QDir>
#include <QFile>

namespace pathways::bundle {

PayloadFolder::PayloadFolder(const directory::DataFolder& data)
    : m_path(data.stagingPath(QStringLiteral("-payload")))
{
    m_ok = QDir().mkdir(m_path) &&
           QFile::setPermissions(m_path,
                                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

PayloadFolder::~PayloadFolder()
{
    QDir(m_path).removeRecursively();
}

bool PayloadFolder::write(const ArchiveMember& member)
{
    const QStringList& allowed = format::payloadFileNames();
    const qsizetype index = allowed.indexOf(member.name);
    if (index < 0)
        return false;
    QFile file(QDir(m_path).filePath(allowed.at(index)));
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly) &&
           file.write(member.data) == member.data.size();
}

} // namespace pathways::bundle
