#include "bundle/Ustar.h"

#include <QSet>
#include <archive.h>
#include <archive_entry.h>
#include <cstring>
#include <memory>

namespace pathways::bundle {

namespace {

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};

void putOctal(char* field, int width, qint64 value)
{
    // width includes the terminating NUL, as GNU tar and libarchive write it.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), static_cast<size_t>(width - 1));
    field[width - 1] = '\0';
}

Error fail(const QString& message)
{
    return Error::refused(QStringLiteral("archive: ") + message);
}

} // namespace

bool Ustar::isPlainName(const QString& name)
{
    if (name.isEmpty() || name.size() > 100 || name == QLatin1String(".") || name == QLatin1String(".."))
        return false;
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'.' || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Expected<QList<ArchiveMember>> Ustar::read(const QByteArray& data, const Limits& limits)
{
    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    // No filters: a bundle's outer archive is not compressed, and the payload's zstd is handled by us with a
    // cap.
    if (archive_read_open_memory(reader.get(), data.constData(), static_cast<size_t>(data.size())) !=
        ARCHIVE_OK) {
        return fail(QStringLiteral("not a tar archive"));
    }
    QList<ArchiveMember> members;
    QSet<QString> seen;
    qint64 total = 0;
    for (;;) {
        archive_entry* entry = nullptr;
        const int rc = archive_read_next_header(reader.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK) {
            // ARCHIVE_WARN included: libarchive warns about headers it had to guess at, which we do not
            // accept.
            const QString detail = QString::fromLocal8Bit(archive_error_string(reader.get())).left(80);
            return fail(QStringLiteral("damaged, truncated or not plain ustar after %1 members (%2)")
                            .arg(members.size())
                            .arg(detail.isEmpty() ? QStringLiteral("unreadable header") : detail));
        }
        if (archive_format(reader.get()) != ARCHIVE_FORMAT_TAR_USTAR) {
            return fail(
                QStringLiteral("member %1 is not a plain ustar header (pax/GNU/v7 extensions are refused)")
                    .arg(members.size() + 1));
        }
        const char* rawName = archive_entry_pathname(entry);
        const QString name = rawName ? QString::fromLatin1(rawName) : QString();
        const QString shown = name.left(60);
        if (!isPlainName(name)) {
            return fail(
                QStringLiteral("member name '%1' is not a plain file name (paths are refused)").arg(shown));
        }
        if (archive_entry_filetype(entry) != AE_IFREG || archive_entry_hardlink(entry) ||
            archive_entry_symlink(entry)) {
            return fail(QStringLiteral("member '%1' is not a regular file").arg(shown));
        }
        if (seen.contains(name)) {
            return fail(QStringLiteral("duplicate member '%1'").arg(shown));
        }
        if (members.size() >= limits.maxMembers) {
            return fail(QStringLiteral("more than %1 members").arg(limits.maxMembers));
        }
        const qint64 cap = limits.maxMemberBytes ? limits.maxMemberBytes(name, members.size()) : -1;
        if (cap < 0) {
            return fail(
                QStringLiteral("unexpected member '%1' at position %2").arg(shown).arg(members.size() + 1));
        }
        const qint64 size = archive_entry_size(entry);
        if (!archive_entry_size_is_set(entry) || size < 0 || size > cap) {
            return fail(
                QStringLiteral("member '%1' is larger than its limit of %2 bytes").arg(shown).arg(cap));
        }
        total += size;
        if (limits.maxTotalBytes > 0 && total > limits.maxTotalBytes) {
            return fail(QStringLiteral("members add up to more than %1 bytes").arg(limits.maxTotalBytes));
        }
        ArchiveMember member{name, QByteArray(static_cast<qsizetype>(size), Qt::Uninitialized)};
        qsizetype filled = 0;
        while (filled < member.data.size()) {
            const la_ssize_t got = archive_read_data(reader.get(), member.data.data() + filled,
                                                     static_cast<size_t>(member.data.size() - filled));
            if (got <= 0) {
                return fail(QStringLiteral("member '%1' is truncated").arg(shown));
            }
            filled += static_cast<qsizetype>(got);
        }
        seen.insert(name);
        members << member;
    }
    return members;
}

QByteArray Ustar::write(const QList<ArchiveMember>& members, qint64 mtime)
{
    QByteArray out;
    for (const ArchiveMember& member : members) {
        char header[512];
        std::memset(header, 0, sizeof header);
        const QByteArray name = member.name.toLatin1();
        std::memcpy(header, name.constData(), static_cast<size_t>(qMin<qsizetype>(name.size(), 100)));
        putOctal(header + 100, 8, 0644);
        putOctal(header + 108, 8, 0);
        putOctal(header + 116, 8, 0);
        putOctal(header + 124, 12, member.data.size());
        putOctal(header + 136, 12, mtime);
        header[156] = '0';
        std::memcpy(header + 257, "ustar", 6); // "ustar\0" then version "00": POSIX ustar
        std::memcpy(header + 263, "00", 2);
        std::memset(header + 148, ' ', 8);
        unsigned sum = 0;
        for (const char c : header)
            sum += static_cast<unsigned char>(c);
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(header + 148, checksum.constData(), 6);
        header[154] = '\0';
        header[155] = ' ';
        out.append(header, 512);
        out.append(member.data);
        const qsizetype padding = (512 - member.data.size() % 512) % 512;
        out.append(QByteArray(padding, '\0'));
    }
    out.append(QByteArray(1024, '\0'));
    return out;
}

} // namespace pathways::bundle
