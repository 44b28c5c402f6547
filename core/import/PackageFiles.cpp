#include "import/PackageFiles.h"

#include "import/HsdsTables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <algorithm>

namespace pathways::import {

namespace {

const QString kDescriptor = QStringLiteral("datapackage.json");

void finding(ImportReport& report, ImportIssue::Severity severity, const QString& file,
             const QString& message)
{
    report.issues << ImportIssue{severity, file, 0, {}, message};
}

// A resource path stays inside the package: no absolute paths, no "..", no URLs.
bool isSafeRelativePath(const QString& path)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || path.startsWith(QLatin1Char(':')) ||
        path.contains(QLatin1StringView("://")) || path.contains(QLatin1Char('\\')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    return !parts.contains(QStringLiteral(".."));
}

// Whether `path` (which exists) is a regular file inside `root`, reached without a symbolic link. Qt
// resources have no links.
bool staysInside(const QString& root, const QString& path)
{
    if (root.startsWith(QLatin1Char(':')))
        return true;
    const QFileInfo info(path);
    if (info.isSymLink())
        return false;
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    const QString canonical = info.canonicalFilePath();
    return !canonical.isEmpty() && canonical.startsWith(canonicalRoot + QLatin1Char('/'));
}

// The 3.0 file names that older versions do not have, and the older names, for the report's version.
QString versionOfFileName(const QString& name)
{
    static const QStringList kOnly30 = {QStringLiteral("taxonomies.csv"),
                                        QStringLiteral("addresses.csv"),
                                        QStringLiteral("service_at_location.csv"),
                                        QStringLiteral("attributes.csv"),
                                        QStringLiteral("cost_options.csv"),
                                        QStringLiteral("organization_identifiers.csv"),
                                        QStringLiteral("url.csv")};
    static const QStringList kOnly2x = {QStringLiteral("payments_accepted.csv"),
                                        QStringLiteral("eligibility.csv")};
    if (kOnly30.contains(name))
        return QStringLiteral("3.0");
    if (kOnly2x.contains(name))
        return QStringLiteral("1.x/2.0");
    if (const LegacyFile* legacy = findLegacyFile(name))
        return legacy->version;
    return {};
}

} // namespace

// A folder holding nothing but one folder (and the hidden or __MACOSX debris of zipping) is a package
// that was zipped with its folder: read that one.
QString PackageFiles::packageFolder(const QString& folder, ImportReport& report)
{
    const QDir dir(folder);
    if (dir.exists(kDescriptor) || !dir.entryList({QStringLiteral("*.csv")}, QDir::Files).isEmpty())
        return folder;
    QStringList folders = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    folders.removeAll(QStringLiteral("__MACOSX"));
    if (folders.size() != 1 || !dir.entryList(QDir::Files).isEmpty())
        return folder;
    const QString inner = dir.filePath(folders.first());
    if (QFileInfo(inner).isSymLink())
        return folder;
    report.notes << QStringLiteral("the package is the folder %1 inside the one given").arg(folders.first());
    return inner;
}

bool PackageFiles::has(const QString& table) const
{
    return std::any_of(m_files.cbegin(), m_files.cend(),
                       [&](const PackageFile& f) { return f.table == table; });
}

void PackageFiles::add(const QString& table, const QString& path, const QString& name, FileVariant variant)
{
    m_files << PackageFile{table, path, name, variant};
    const QString version = versionOfFileName(QFileInfo(name).fileName());
    if (!version.isEmpty() && !m_versions.contains(version))
        m_versions << version;
}

PackageFiles PackageFiles::resolve(const QString& given, ImportReport& report)
{
    PackageFiles files;
    const QFileInfo info(given);
    if (given.isEmpty() || !info.exists()) {
        finding(report, ImportIssue::Severity::Fatal, given, QStringLiteral("the folder does not exist"));
        return files;
    }
    if (!info.isDir()) {
        finding(
            report, ImportIssue::Severity::Fatal, given,
            QStringLiteral("not a package: give a folder that holds services.csv, a .zip or a .json file"));
        return files;
    }
    if (!info.isReadable()) {
        finding(report, ImportIssue::Severity::Fatal, given, QStringLiteral("the folder cannot be read"));
        return files;
    }
    const QString folder = packageFolder(given, report);
    const QDir dir(folder);

    // table -> (path, name, variant) as chosen by datapackage.json, then by file names.
    struct Choice
    {
        QString path, name;
        FileVariant variant;
    };
    QMultiHash<QString, Choice> chosen;
    if (dir.exists(kDescriptor)) {
        QFile descriptor(dir.filePath(kDescriptor));
        QJsonParseError parseError{};
        const QJsonDocument document = descriptor.open(QIODevice::ReadOnly)
                                           ? QJsonDocument::fromJson(descriptor.readAll(), &parseError)
                                           : QJsonDocument();
        if (!document.isObject()) {
            finding(report, ImportIssue::Severity::Warning, kDescriptor,
                    QStringLiteral("cannot be read (%1); using the official file names")
                        .arg(descriptor.error() != QFileDevice::NoError ? descriptor.errorString()
                                                                        : parseError.errorString()));
        }
        const QJsonArray resources = document.object().value(QLatin1StringView("resources")).toArray();
        for (const QJsonValue& value : resources) {
            const QJsonObject resource = value.toObject();
            const QString name = resource.value(QLatin1StringView("name")).toString();
            QJsonValue pathValue = resource.value(QLatin1StringView("path"));
            if (pathValue.isArray()) // a resource split over several files: the first is read
                pathValue = pathValue.toArray().first();
            const QString path = QDir::fromNativeSeparators(pathValue.toString());
            const QString baseName = QFileInfo(path).fileName();
            const LegacyFile* legacy = findLegacyFile(baseName);
            const TableSpec* spec = legacy ? findTableSpec(legacy->table) : findTableSpec(name);
            if (!spec)
                continue; // funding, metadata, ...: reported below if their file is in the folder
            if (!isSafeRelativePath(path)) {
                finding(
                    report, ImportIssue::Severity::Warning, kDescriptor,
                    QStringLiteral("resource \"%1\" has no usable path (a relative path inside the package "
                                   "is needed, not \"%2\"); looking for %3 instead")
                        .arg(name, path, spec->fileName));
                continue;
            }
            QString relative = path;
            if (!QFileInfo::exists(dir.filePath(relative)) && QFileInfo::exists(dir.filePath(baseName))) {
                report.notes << QStringLiteral("datapackage.json: %1 not found, %2 beside it read instead")
                                    .arg(path, baseName);
                relative = baseName;
            }
            chosen.insert(spec->table, Choice{dir.filePath(relative), relative,
                                              legacy ? legacy->variant : FileVariant::Current});
        }
    }

    for (const TableSpec& spec : hsdsTableSpecs()) {
        QList<Choice> candidates = chosen.values(spec.table);
        std::reverse(candidates.begin(), candidates.end()); // QMultiHash gives the last inserted first
        if (candidates.isEmpty()) {
            candidates << Choice{dir.filePath(spec.fileName), spec.fileName, FileVariant::Current};
            for (const LegacyFile& legacy : legacyFiles()) {
                if (legacy.table == spec.table)
                    candidates << Choice{dir.filePath(legacy.fileName), legacy.fileName, legacy.variant};
            }
        }
        for (const Choice& choice : std::as_const(candidates)) {
            if (!QFileInfo::exists(choice.path)) {
                if (chosen.contains(spec.table)) // named by datapackage.json but absent
                    finding(
                        report, ImportIssue::Severity::Warning, choice.name,
                        QStringLiteral("named in datapackage.json for \"%1\" but not found").arg(spec.table));
                continue;
            }
            if (!staysInside(folder, choice.path)) {
                finding(report, ImportIssue::Severity::Warning, choice.name,
                        QStringLiteral("a symbolic link or a file outside the package: refused, not read"));
                continue;
            }
            files.add(spec.table, choice.path, choice.name, choice.variant);
        }
    }

    // Other CSV files are not an error (HSDS has tables we do not keep) but the user should know.
    QSet<QString> used;
    for (const PackageFile& file : std::as_const(files.m_files))
        used.insert(QFileInfo(file.path).absoluteFilePath());
    const QStringList csvFiles = dir.entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
    for (const QString& name : csvFiles) {
        if (used.contains(QFileInfo(dir.filePath(name)).absoluteFilePath()))
            continue;
        if (const QString version = versionOfFileName(name);
            !version.isEmpty() && !files.m_versions.contains(version))
            files.m_versions << version;
        finding(report, ImportIssue::Severity::Warning, name,
                QStringLiteral("not an HSDS table Pathways keeps; not imported"));
    }
    return files;
}

} // namespace pathways::import
