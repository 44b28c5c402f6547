#include "import/PackageArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace pathways::import {

namespace {

struct ArchiveDeleter
{
    void operator()(archive* a) const { archive_read_free(a); }
};

// An entry name that stays inside the destination: relative, no "..", no drive or backslash tricks.
bool isSafeEntryName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':')) || name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return !parts.isEmpty() && !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral("."));
}

bool isWanted(const QString& name)
{
    return name.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive) ||
           name.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive);
}

} // namespace

Status PackageArchive::extract(const QString& zipPath, const QString& destination, const Limits& limits)
{
    std::unique_ptr<archive, ArchiveDeleter> reader(archive_read_new());
    archive_read_support_format_zip(reader.get());
    const QByteArray path = QFile::encodeName(zipPath);
    if (archive_read_open_filename(reader.get(), path.constData(), 64 * 1024) != ARCHIVE_OK)
        return Error::refused(QStringLiteral("not a readable zip file: %1")
                                  .arg(QString::fromLocal8Bit(archive_error_string(reader.get()))));
    const QDir root(destination);
    qint64 expanded = 0;
    int entries = 0;
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    for (;;) {
        archive_entry* entry = nullptr;
        const int rc = archive_read_next_header(reader.get(), &entry);
        if (rc == ARCHIVE_EOF)
            return {};
        if (rc != ARCHIVE_OK)
            return Error::refused(QStringLiteral("the zip file is damaged: %1")
                                      .arg(QString::fromLocal8Bit(archive_error_string(reader.get()))));
        if (++entries > limits.maxEntries)
            return Error::refused(
                QStringLiteral("the zip file has more than %1 entries; a data package has a few dozen")
                    .arg(limits.maxEntries));
        const char* utf8 = archive_entry_pathname_utf8(entry);
        const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
        if (!isSafeEntryName(name))
            return Error::refused(
                QStringLiteral("the zip entry \"%1\" would be written outside the package; refused")
                    .arg(name));
        const auto type = archive_entry_filetype(entry);
        if (archive_entry_symlink(entry) || archive_entry_hardlink(entry) || type == AE_IFLNK)
            return Error::refused(
                QStringLiteral("the zip entry \"%1\" is a link; a package holds only files").arg(name));
        if (type == AE_IFDIR)
            continue; // folders are made for the files in them
        if (type != AE_IFREG)
            return Error::refused(QStringLiteral("the zip entry \"%1\" is not a file; refused").arg(name));
        if (!isWanted(name))
            continue;
        const QString target = root.filePath(name);
        if (!QDir().mkpath(QFileInfo(target).path()))
            return Error{Error::Kind::Io, QStringLiteral("cannot create a folder for %1").arg(name), {}};
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error::refused(QStringLiteral("the zip holds %1 twice, or it cannot be written: %2")
                                      .arg(name, out.errorString()));
        // The sizes an entry declares are not trusted: the bytes are counted as they come.
        for (;;) {
            const la_ssize_t got = archive_read_data(reader.get(), buffer.data(), static_cast<size_t>(buffer.size()));
            if (got == 0)
                break;
            if (got < 0)
                return Error::refused(
                    QStringLiteral("the zip entry \"%1\" cannot be read: %2")
                        .arg(name, QString::fromLocal8Bit(archive_error_string(reader.get()))));
            expanded += got;
            if (expanded > limits.maxExpandedBytes)
                return Error::refused(QStringLiteral("the zip file expands to more than %1 MiB; refused")
                                          .arg(limits.maxExpandedBytes >> 20));
            if (out.write(buffer.constData(), got) != got)
                return Error{
                    Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(name, out.errorString()), {}};
        }
    }
}

} // namespace pathways::import
