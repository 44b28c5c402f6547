#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace pathways::test {

/// A scratch folder removed at the end of the test.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    /// Writes `content` to `name` (creating sub-folders) and returns the full path.
    QString write(const QString& name, const QByteArray& content) const;

private:
    QTemporaryDir m_dir;
};

/// The bytes of a file, or an empty array.
QByteArray readFile(const QString& path);

} // namespace pathways::test
