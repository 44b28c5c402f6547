#include "import/PackageFiles.h"

#include "import/HsdsTables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace pathways::import {

namespace {

const QString kDescriptor = QStringLiteral("datapackage.json");

void add(ImportReport& report, ImportIssue::Severity severity, const QString& file, const QString& message)
{
    report.issues << ImportIssue{severity, file, 0, {}, message};
}

// A resource path stays inside the package: no absolute paths, no "..", no URLs.
bool isSafeRelativePath(const QString& path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char(':')) ||
        path.contains(QLatin1StringView("://")))
        return false;
    const QStringList parts = QDir::fromNativeSeparators(path).split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

} // namespace

PackageFiles PackageFiles::resolve(const QString& folder, ImportReport& report)
{
    PackageFiles files;
    const QFileInfo info(folder);
    if (folder.isEmpty() || !info.exists()) {
        add(report, ImportIssue::Severity::Fatal, folder, QStringLiteral("the folder does not exist"));
        return files;
    }
    if (!info.isDir()) {
        add(report, ImportIssue::Severity::Fatal, folder,
            QStringLiteral("not a folder: give the folder that holds services.csv"));
        return files;
    }
    const QDir dir(folder);
    if (!info.isReadable()) {
        add(report, ImportIssue::Severity::Fatal, folder, QStringLiteral("the folder cannot be read"));
        return files;
    }

    if (dir.exists(kDescriptor)) {
        QFile descriptor(dir.filePath(kDescriptor));
        QJsonParseError parseError{};
        const QJsonDocument document = descriptor.open(QIODevice::ReadOnly)
                                           ? QJsonDocument::fromJson(descriptor.readAll(), &parseError)
                                           : QJsonDocument();
        if (!document.isObject()) {
            add(report, ImportIssue::Severity::Warning, kDescriptor,
                QStringLiteral("cannot be read (%1); using the official file names")
                    .arg(descriptor.error() != QFileDevice::NoError ? descriptor.errorString()
                                                                    : parseError.errorString()));
        }
        const QJsonArray resources = document.object().value(QLatin1StringView("resources")).toArray();
        for (const QJsonValue& value : resources) {
            const QJsonObject resource = value.toObject();
            const QString name = resource.value(QLatin1StringView("name")).toString();
            const TableSpec* spec = findTableSpec(name);
            if (!spec)
                continue; // funding, metadata, ...: reported below if their file is in the folder
            const QJsonValue pathValue = resource.value(QLatin1StringView("path"));
            const QString path = pathValue.toString();
            if (!isSafeRelativePath(path)) {
                add(report, ImportIssue::Severity::Warning, kDescriptor,
                    QStringLiteral("resource \"%1\" has no usable path (a relative file name is needed); "
                                   "using %2")
                        .arg(name, spec->fileName));
                continue;
            }
            files.m_paths.insert(spec->table, dir.filePath(path));
            files.m_names.insert(spec->table, QDir::fromNativeSeparators(path));
        }
    }

    for (const TableSpec& spec : hsdsTableSpecs()) {
        if (!files.m_paths.contains(spec.table)) {
            files.m_paths.insert(spec.table, dir.filePath(spec.fileName));
            files.m_names.insert(spec.table, spec.fileName);
        }
        if (!QFileInfo::exists(files.m_paths.value(spec.table))) {
            if (files.m_names.value(spec.table) != spec.fileName) // named by datapackage.json but absent
                add(report, ImportIssue::Severity::Warning, files.m_names.value(spec.table),
                    QStringLiteral("named in datapackage.json for \"%1\" but not found").arg(spec.table));
            files.m_paths.remove(spec.table);
        }
    }

    // Other CSV files are not an error (HSDS has tables we do not keep) but the user should know.
    QSet<QString> used;
    for (const QString& path : std::as_const(files.m_paths))
        used.insert(QFileInfo(path).absoluteFilePath());
    const QStringList csvFiles = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString& name : csvFiles) {
        if (!used.contains(QFileInfo(dir.filePath(name)).absoluteFilePath()))
            add(report, ImportIssue::Severity::Warning, name,
                QStringLiteral("not an HSDS table Pathways keeps; not imported"));
    }
    return files;
}

} // namespace pathways::import
