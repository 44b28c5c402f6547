#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace pathways::import {

class CsvReader;
class PreparedRowQueue;
struct PreparedRow;
struct TableFile;

/// Hands the checked records of one CSV file to SQLite. Reading and checking a file and writing its rows
/// are about equally costly, so they run on two threads: a reader thread parses, checks and prepares rows
/// (everything that touches the report and the id sets, through the handlers), the calling thread binds
/// and inserts them with `file.insert`.
class TablePipeline
{
public:
    /// Called on the reader thread for each record read; it calls prepare() for a record it keeps.
    using RecordHandler = std::function<void(qint64 line, const QStringList& fields)>;
    /// Called on the reader thread for a record the CSV reader had to skip, with its reason.
    using SkipHandler = std::function<void(qint64 line, const QString& problem)>;

    /// Reads every record of `reader` and writes what the handler prepared. A row SQLite refuses for a
    /// constraint ends up in `file.failures` (the import goes on); any other database error propagates
    /// once both threads have stopped.
    static void run(TableFile& file, CsvReader& reader, const RecordHandler& handle, const SkipHandler& skipped);
    /// Turns the checked current record of `file` into a PreparedRow for the writing thread.
    static void prepare(TableFile& file, qint64 line, const QString& id);

private:
    static void readRecords(TableFile& file, CsvReader& reader, PreparedRowQueue& queue,
                            const RecordHandler& handle, const SkipHandler& skipped);
    static void write(TableFile& file, const PreparedRow& row);
};

} // namespace pathways::import
