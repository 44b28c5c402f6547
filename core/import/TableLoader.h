#pragma once

#include "import/HsdsTables.h"
#include "import/ImportReport.h"
#include "import/LegacyNames.h"
#include "import/RecordChecks.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <map>

namespace pathways::db {
class Connection;
}

namespace pathways::import {

class CsvReader;
struct TableFile;

/// Reads the CSV files of one import, table by table, into the target database: checks each record,
/// reports what is wrong, and inserts what can be used. Call load() in hsdsTableSpecs() order, so that
/// every reference points at a table already read; the ids read so far are kept in memory, so checking
/// a reference costs a hash lookup, never a query.
class TableLoader
{
public:
    TableLoader(db::Connection& target, ImportReport& report);

    /// Loads `path` (shown as `fileName` in findings) into `spec.table`. Returns false after a Fatal
    /// finding (file unreadable, not UTF-8, no `id` column); the caller must then not commit. An empty
    /// file (not even a header) is a warning and counts as absent.
    /// db::DatabaseError other than a constraint violation of one record propagates.
    /// `variant` says how a file of an older HSDS version feeds the table (several files may feed one).
    bool load(const TableSpec& spec, const QString& path, const QString& fileName,
              FileVariant variant = FileVariant::Current);

    qint64 rowsWritten(const QString& table) const { return m_rows.value(table); }
    /// Whether a file used a column name of HSDS <= 2.0 (url, term, language, weekday, ...).
    bool usedLegacyColumns() const { return m_legacyColumns; }

private:
    enum class Header { Read, Empty, Fatal };
    Header readHeader(TableFile& file, CsvReader& reader);
    void resolveReferences(TableFile& file);
    const QSet<QString>* idsOf(const QString& table) const;
    /// Runs on TablePipeline's reader thread: checks the record and prepares it, or reports why not.
    void loadRecord(TableFile& file, qint64 line, const QStringList& fields);
    bool checkReferences(TableFile& file, qint64 line, const QString& id);
    /// Reads and writes every record (TablePipeline), then books the rows SQLite refused.
    void loadRecords(TableFile& file, CsvReader& reader);
    void issue(ImportIssue::Severity severity, const QString& file, qint64 line, const QString& id,
               const QString& message);

    db::Connection& m_db;
    ImportReport& m_report;
    RecordChecks m_checks;
    /// table -> ids written, for reference checks; only tables whose file was read have an entry. A map
    /// because TableFile keeps pointers to the sets, which must survive later insertions.
    std::map<QString, QSet<QString>> m_ids;
    QHash<QString, qint64> m_rows;
    bool m_legacyColumns = false;
};

} // namespace pathways::import
