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
#include <sys/resource.h>

namespace pathways::bench {

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time of the whole process (every thread): on a loaded machine it moves far less than wall time.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

} // namespace

ImportBenchmark::ImportBenchmark(QString hsdsFolder, QString dataDir, bool progress)
    : m_hsds(std::move(hsdsFolder)), m_dataDir(std::move(dataDir)), m_progress(progress)
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

    import::ImportOptions options;
    qint64 calls = 0;
    if (m_progress)
        options.progress = [&calls](const import::Progress&) { ++calls; };
    const double cpuStart = processCpuSeconds();
    const auto start = Clock::now();
    const auto outcome = store.importHsdsFolder(m_hsds, origin, options);
    result.seconds = secondsSince(start);
    result.cpuSeconds = processCpuSeconds() - cpuStart;
    result.progressCalls = m_progress ? calls : -1;
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
        if (!search::SearchIndexBuilder::rebuild(connection))
            throw std::runtime_error("cannot build the benchmark's search index");
        result.indexSeconds = secondsSince(start);
        start = Clock::now();
        connection.execute(QStringLiteral("ANALYZE"));
        result.analyzeSeconds = secondsSince(start);
    }
    QFile::remove(scratch);
}

} // namespace pathways::bench
