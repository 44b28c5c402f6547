#include "import/HsdsImporter.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/DeferredIndexes.h"
#include "db/Transaction.h"
#include "import/HsdsTables.h"
#include "import/JsonPackage.h"
#include "import/PackageArchive.h"
#include "import/PackageFiles.h"
#include "import/SheetPackage.h"
#include "import/TableLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>

namespace pathways::import {

namespace {

void fatal(ImportReport& report, const QString& file, const QString& message)
{
    report.issues << ImportIssue{ImportIssue::Severity::Fatal, file, 0, {}, message};
}

// Raises SQLite's page cache to at least 64 MiB for the import and restores it afterwards. With the default
// 2 MiB, inserting 100,000s of rows under random (UUID) keys spills dirty pages to disk mid-transaction
// again and again.
class LargerPageCache
{
public:
    explicit LargerPageCache(db::Connection& connection)
        : m_connection(connection), m_previous(connection.queryInt(QStringLiteral("PRAGMA cache_size")))
    {
        // Negative sizes are KiB, positive ones pages.
        const qint64 previousKiB =
            m_previous < 0 ? -m_previous
                           : m_previous * connection.queryInt(QStringLiteral("PRAGMA page_size")) / 1024;
        if (previousKiB < kImportCacheKiB)
            m_connection.execute(QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB));
    }
    ~LargerPageCache()
    {
        try {
            m_connection.execute(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
        } catch (...) { // NOLINT(bugprone-empty-catch): the setting only matters for speed
        }
    }
    LargerPageCache(const LargerPageCache&) = delete;
    LargerPageCache& operator=(const LargerPageCache&) = delete;

private:
    static constexpr qint64 kImportCacheKiB = 64 * 1024;
    db::Connection& m_connection;
    qint64 m_previous;
};

// "HSDS 3.0 CSV", or the older version whose file or column names the package uses. 1.1 and 2.0 share
// their file names, so they are told apart from 1.0 (regular_schedules.csv, taxonomy.csv) only.
QString formatName(const PackageFiles& files, const TableLoader& loader)
{
    const QStringList& versions = files.versions();
    const QString older = versions.contains(QStringLiteral("1.x")) ? QStringLiteral("1.x")
                          : versions.contains(QStringLiteral("1.x/2.0")) || loader.usedLegacyColumns()
                              ? QStringLiteral("1.x/2.0")
                              : QString();
    if (older.isEmpty())
        return QStringLiteral("HSDS 3.0 CSV");
    if (versions.contains(QStringLiteral("3.0")))
        return QStringLiteral("HSDS 3.0 CSV with HSDS %1 names").arg(older);
    return QStringLiteral("HSDS %1 CSV").arg(older);
}

} // namespace

ImportReport HsdsImporter::importFolder(const QString& path, db::Connection& target,
                                        const ImportOptions& options)
{
    ImportReport report;
    const QFileInfo info(path);
    // Scratch folders for an unpacked zip or converted JSON go beside the database being built (the data
    // folder, which has room for the directory anyway), not into a /tmp that may be small.
    const QFileInfo database(target.path());
    const QString scratchBase =
        (database.isAbsolute() && database.dir().exists() ? database.absolutePath() : QDir::tempPath()) +
        QStringLiteral("/.import-XXXXXX");
    QString folder = path;
    std::optional<QTemporaryDir> converted;
    if (options.sheet) {
        converted.emplace(scratchBase);
        if (!converted->isValid()) {
            fatal(report, info.fileName(), converted->errorString());
            return report;
        }
        if (!SheetPackage::convert(path, converted->path(), report))
            return report;
        importTables(converted->path(), target, report, options.progress);
        return report;
    }
    std::optional<QTemporaryDir> unpacked;
    if (info.isFile() && info.suffix().compare(QLatin1StringView("zip"), Qt::CaseInsensitive) == 0) {
        unpacked.emplace(scratchBase);
        QString error;
        if (!unpacked->isValid() || !PackageArchive::extract(path, unpacked->path(), &error)) {
            fatal(report, info.fileName(), unpacked->isValid() ? error : unpacked->errorString());
            return report;
        }
        report.notes << QStringLiteral("unpacked from %1").arg(info.fileName());
        folder = unpacked->path();
    }
    // A zip often holds its package in a folder; JSON is recognised there too, not only CSV.
    if (info.isDir() || unpacked)
        folder = PackageFiles::packageFolder(folder, report);
    if (JsonPackage::isJson(folder)) {
        converted.emplace(scratchBase);
        if (!converted->isValid()) {
            fatal(report, info.fileName(), converted->errorString());
            return report;
        }
        if (!JsonPackage::convert(folder, converted->path(), report))
            return report;
        folder = converted->path();
    }
    importTables(folder, target, report, options.progress);
    return report;
}

void HsdsImporter::importTables(const QString& folder, db::Connection& target, ImportReport& report,
                                const ProgressCallback& progress)
{
    const PackageFiles files = PackageFiles::resolve(folder, report);
    if (report.hasFatal())
        return;
    const QString services = QStringLiteral("service");
    const bool noServices = !files.has(services);
    if (noServices)
        fatal(report, folder, QStringLiteral("no services.csv: a directory without services cannot be used"));

    try {
        const LargerPageCache cache(target);
        // One transaction: a Fatal finding anywhere leaves the target exactly as it was (the destructor
        // rolls back), and one commit is what makes 100,000 records take seconds, not hours.
        db::Transaction transaction(target);
        QStringList tables;
        for (const TableSpec& spec : hsdsTableSpecs()) {
            target.execute(QStringLiteral("DELETE FROM %1").arg(spec.table));
            tables << spec.table;
        }
        db::DeferredIndexes indexes(target, tables);

        TableLoader loader(target, report);
        qsizetype firstFatal = noServices ? report.issues.size() : -1; // where the first fatal file ends
        // Progress in bytes of CSV (kB, or MB from 10 MB on): files differ in size a thousandfold, and the
        // number of records is not known ahead.
        qint64 totalBytes = 0;
        qint64 bytesRead = 0;
        for (const PackageFile& file : files.files())
            totalBytes += QFileInfo(file.path).size();
        const bool megabytes = totalBytes >= 10 * 1024 * 1024;
        const qint64 unitBytes = megabytes ? 1024 * 1024 : 1024;
        for (const PackageFile& file : files.files()) {
            if (progress)
                progress({QStringLiteral("reading %1").arg(file.name), bytesRead / unitBytes,
                          std::max<qint64>(1, (totalBytes + unitBytes - 1) / unitBytes),
                          megabytes ? QStringLiteral("MB") : QStringLiteral("kB")});
            bytesRead += QFileInfo(file.path).size();
            // After a fatal finding nothing will be written, but every file is still read so that all
            // fatal problems are reported at once, not one per attempt.
            const bool ok = loader.load(*findTableSpec(file.table), file.path, file.name, file.variant);
            if (!ok && firstFatal < 0)
                firstFatal = report.issues.size();
        }
        if (report.format.isEmpty())
            report.format = formatName(files, loader);
        if (firstFatal >= 0) {
            // Records of later files are checked against tables that will not exist: their findings
            // would only bury the fatal ones.
            QList<ImportIssue> kept = report.issues.mid(0, firstFatal);
            for (qsizetype i = firstFatal; i < report.issues.size(); ++i) {
                if (report.issues.at(i).severity == ImportIssue::Severity::Fatal)
                    kept << report.issues.at(i);
            }
            report.issues = kept;
            return;
        }
        if (loader.rowsWritten(services) == 0) {
            const auto file = std::find_if(files.files().cbegin(), files.files().cend(),
                                           [&](const PackageFile& f) { return f.table == services; });
            fatal(report, file->name, QStringLiteral("no service could be imported"));
            return;
        }
        indexes.recreate();
        transaction.commit();
        for (const TableSpec& spec : hsdsTableSpecs())
            report.rowsImported.insert(spec.table, loader.rowsWritten(spec.table));
    } catch (const db::DatabaseError& error) {
        fatal(report, target.path(), QStringLiteral("database error: %1").arg(error.message()));
        report.rowsImported.clear();
    }
}

} // namespace pathways::import
