#include "bundle/BundleSource.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "import/HsdsExporter.h"
#include "import/JsonPackage.h"
#include "import/LegacyNames.h"
#include "store/DirectoryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pathways::bundle {

bool BundleSource::needsConversion(const QString& path, bool sheet)
{
    const QFileInfo info(path);
    if (sheet || !info.isDir() || import::JsonPackage::isJson(path))
        return true;
    const QDir dir(path);
    if (!dir.exists(QStringLiteral("services.csv")))
        return true; // a datapackage.json pointing into data/, or a folder holding the package folder
    for (const QString& name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files))
        if (import::findLegacyFile(name))
            return true; // services_at_location.csv, physical_addresses.csv, ...: not payload names
    return false;
}

Expected<QString> BundleSource::prepare(const QString& path, bool sheet, const QTemporaryDir& scratch,
                                        QStringList* warnings, const import::ProgressCallback& progress)
{
    if (!QFileInfo::exists(path))
        return Error::notFound(QStringLiteral("%1 does not exist").arg(path));
    if (!needsConversion(path, sheet))
        return path;
    if (!scratch.isValid())
        return Error{Error::Kind::Io,
                     QStringLiteral("cannot create a temporary folder: %1").arg(scratch.errorString()),
                     {}};
    import::ImportReport report;
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("bundle build");
    origin.created = QStringLiteral("1970-01-01T00:00:00Z");
    origin.origin = QStringLiteral("bundle build");
    const Expected<QString> staged =
        store::DirectoryStore(directory::DataFolder(scratch.filePath(QStringLiteral("data"))))
            .buildStagingDatabase(path, origin, &report, {sheet, progress});
    if (warnings) {
        if (!report.format.isEmpty())
            *warnings << QStringLiteral("read as %1 and converted to HSDS 3.0 CSV for the bundle")
                             .arg(report.format);
        *warnings << report.notes << report.summaryLines();
    }
    if (!staged)
        return staged.error();
    const auto dropped =
        std::find_if(report.issues.cbegin(), report.issues.cend(), [](const import::ImportIssue& i) {
            return i.severity == import::ImportIssue::Severity::Dropped;
        });
    if (dropped != report.issues.cend())
        return Error::refused(QStringLiteral("%1 record(s) could not be imported, e.g. %2:%3 [%4] %5")
                                  .arg(report.count(import::ImportIssue::Severity::Dropped))
                                  .arg(dropped->file)
                                  .arg(dropped->line)
                                  .arg(dropped->recordId, dropped->message));
    const QString folder = scratch.filePath(QStringLiteral("hsds"));
    try {
        db::Connection connection(*staged, db::Connection::Mode::ReadOnly);
        const auto written = import::HsdsExporter::write(connection, folder, progress);
        if (!written)
            return written.error();
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(failure.message(), failure.message());
    }
    // The payload carries the tables; the descriptor would only be reported as "not an HSDS file name".
    QFile::remove(QDir(folder).filePath(QStringLiteral("datapackage.json")));
    return folder;
}

} // namespace pathways::bundle
