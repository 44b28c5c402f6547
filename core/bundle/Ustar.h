#pragma once

#include "error/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace pathways::bundle {

/// One file of a ustar archive, held in memory. Members are never extracted by their archive names: callers
/// look at `name` and decide where (and whether) the bytes go.
struct ArchiveMember
{
    QString name;
    QByteArray data;
};

/// Reads and writes the strict subset of ustar that bundles use: regular files with plain names, in memory.
class Ustar
{
public:
    struct Limits
    {
        qsizetype maxMembers = 64;
        qint64 maxTotalBytes = 0; ///< sum of member sizes
        /// Per-name cap; returning a negative value refuses the name ("unexpected member").
        std::function<qint64(const QString& name, qsizetype index)> maxMemberBytes;
    };

    /// Reads every member of `archive` with libarchive limited to the tar reader, refusing: anything but
    /// POSIX ustar headers (no pax, GNU or v7 extensions), non-regular files (links, directories, devices),
    /// names with '/', "..", NUL or control characters, duplicates, members over their cap, truncation.
    /// Refused with a one-line message (prefixed "archive: ").
    static Expected<QList<ArchiveMember>> read(const QByteArray& archive, const Limits& limits);

    /// Writes a deterministic ustar archive (mode 0644, owner 0, the given mtime) of `members` in order.
    /// Names must be plain ASCII of at most 100 bytes.
    static QByteArray write(const QList<ArchiveMember>& members, qint64 mtime = 0);

    /// True for a member name this format accepts: [A-Za-z0-9._-], 1..100 bytes, not "." or "..".
    static bool isPlainName(const QString& name);
};

} // namespace pathways::bundle
