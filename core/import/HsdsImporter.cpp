#include "import/HsdsImporter.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/DeferredIndexes.h"
#include "db/Transaction.h"
#include "import/HsdsTables.h"
#include "import/PackageFiles.h"
#include "import/TableLoader.h"

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

} // namespace

ImportReport HsdsImporter::importFolder(const QString& folder, db::Connection& target)
{
    ImportReport report;
    const PackageFiles files = PackageFiles::resolve(folder, report);
    if (report.hasFatal())
        return report;
    const QString services = QStringLiteral("service");
    if (files.pathFor(services).isEmpty()) {
        fatal(report, folder, QStringLiteral("no services.csv: a directory without services cannot be used"));
        return report;
    }

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
        for (const TableSpec& spec : hsdsTableSpecs()) {
            const QString path = files.pathFor(spec.table);
            if (path.isEmpty())
                continue; // optional table not in the package
            if (!loader.load(spec, path, files.displayName(spec.table)))
                return report;
        }
        if (loader.rowsWritten(services) == 0) {
            fatal(report, files.displayName(services), QStringLiteral("no service could be imported"));
            return report;
        }
        indexes.recreate();
        transaction.commit();
        for (const TableSpec& spec : hsdsTableSpecs())
            report.rowsImported.insert(spec.table, loader.rowsWritten(spec.table));
    } catch (const db::DatabaseError& error) {
        fatal(report, target.path(), QStringLiteral("database error: %1").arg(error.message()));
        report.rowsImported.clear();
    }
    return report;
}

} // namespace pathways::import
