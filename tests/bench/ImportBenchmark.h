#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace pathways::bench {

/// Times DirectoryStore::importHsdsFolder (CSV -> staging database -> search index -> ANALYZE -> install),
/// the whole path a user's "import" takes, and reports the process's peak resident memory.
class ImportBenchmark
{
public:
    struct Result
    {
        bool installed = false;
        QString error;
        double seconds = 0;
        double cpuSeconds = 0;      ///< user + system time of all the process's threads during the import
        qint64 progressCalls = -1;  ///< with progress: how often the import reported it
        long long peakKiB = 0;
        qint64 databaseBytes = 0;
        QMap<QString, qint64> rows;
        int warnings = 0;
        int dropped = 0;
        QStringList firstIssues; ///< a few issue lines, to spot a generator bug
        /// With phases: the same work split (into a scratch file beside the data folder).
        double importSeconds = -1;
        double indexSeconds = -1;
        double analyzeSeconds = -1;
    };

    /// With `progress`, the import reports its progress (to a counter) as the CLI's bar hears it.
    ImportBenchmark(QString hsdsFolder, QString dataDir, bool progress = false);

    Result run();
    /// Runs HsdsImporter, SearchIndexBuilder and ANALYZE separately on a scratch database and fills the
    /// *Seconds fields of `result` (for finding where an import spends its time).
    void timePhases(Result& result);

private:
    QString m_hsds;
    QString m_dataDir;
    bool m_progress = false;
};

} // namespace pathways::bench
