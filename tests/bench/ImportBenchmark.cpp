#include "ImportBenchmark.h"

#include "ProcessMemory.h"
#include "db/Connection.h"
#include "directory/DataFolder.h"
#include "directory/DirectorySchema.h"
#include "import/HsdsImporter.h"
#include "search/SearchIndexBuilder.h"
#include "store/DirectoryStore.h"

#include <QFile>
#include <QFileInfo>
#include <chrono>
#include <stdexcept>

namespace pathways::bench {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

ImportBenchmark::ImportBenchmark(QString hsdsFolder, QString dataDir)
    : m_hsds(std::move(hsdsFolder)), m_dataDir(std::move(dataDir))
{
}

ImportBenchmark::Result ImportBenchmark::run()
{
    Result result;
    store::DirectoryStore store{directory::DataFolder(m_dataDir)};
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("pathways-bench (synthetic benchmark data)");
    origin.sequence = 1;
    origin.created = QStringLiteral("2026-11-01T00:00:00Z");
    origin.origin = QStringLiteral("import");

    const auto start = Clock::now();
    const auto outcome = store.importHsdsFolder(m_hsds, origin);
    result.seconds = secondsSince(start);
    result.peakKiB = ProcessMemory::peakKiB();
    result.installed = outcome.installed;
    result.error = outcome.error;
    result.rows = outcome.report.rowsImported;
    result.warnings = outcome.report.count(import::ImportIssue::Severity::Warning);
    result.dropped = outcome.report.count(import::ImportIssue::Severity::Dropped);
    result.firstIssues = outcome.report.toLines().mid(0, 5);
    result.databaseBytes = QFileInfo(store.data().installedDatabasePath()).size();
    return result;
}

void ImportBenchmark::timePhases(Result& result)
{
    const QString scratch = directory::DataFolder(m_dataDir).stagingPath(QStringLiteral(".phases.sqlite"));
    {
        db::Connection connection(scratch);
        store::DirectoryStore::configureStagingConnection(connection);
        if (!directory::migrateDirectorySchema(connection))
            throw std::runtime_error("cannot create the benchmark's directory schema");
        auto start = Clock::now();
        import::HsdsImporter::importFolder(m_hsds, connection);
        result.importSeconds = secondsSince(start);
        start = Clock::now();
        search::SearchIndexBuilder::rebuild(connection);
        result.indexSeconds = secondsSince(start);
        start = Clock::now();
        connection.execute(QStringLiteral("ANALYZE"));
        result.analyzeSeconds = secondsSince(start);
    }
    QFile::remove(scratch);
}

} // namespace pathways::bench
