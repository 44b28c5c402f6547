#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pathways::test {

TempDir::TempDir() : m_dir(QDir::tempPath() + QStringLiteral("/pathways-test-XXXXXX")) {}

QString TempDir::write(const QString& name, const QByteArray& content) const
{
    const QString path = file(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile out(path);
    if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        out.write(content);
    return path;
}

QByteArray readFile(const QString& path)
{
    QFile in(path);
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

} // namespace pathways::test
