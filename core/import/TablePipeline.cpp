#include "import/TablePipeline.h"

#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "import/CsvReader.h"
#include "import/FieldChecks.h"
#include "import/PreparedRows.h"
#include "import/TableFile.h"

#include <future>

namespace pathways::import {

namespace {

constexpr int kSqliteConstraint = 19; // SQLITE_CONSTRAINT, the primary result code of any constraint failure

} // namespace

void TablePipeline::run(TableFile& file, CsvReader& reader, const RecordHandler& handle,
                        const SkipHandler& skipped)
{
    PreparedRowQueue queue;
    auto reading = std::async(std::launch::async, [&] {
        try {
            readRecords(file, reader, queue, handle, skipped);
        } catch (...) {
            queue.close();
            throw;
        }
        queue.close();
    });
    try {
        PreparedBatch batch;
        while (queue.pop(batch)) {
            for (const PreparedRow& row : batch)
                write(file, row);
        }
    } catch (...) {
        queue.cancel(); // the future's destructor then waits for the reader to stop
        throw;
    }
    reading.get(); // rethrows the reader's error
}

void TablePipeline::readRecords(TableFile& file, CsvReader& reader, PreparedRowQueue& queue,
                                const RecordHandler& handle, const SkipHandler& skipped)
{
    CsvReader::Record record;
    QString problem;
    file.batch.reserve(PreparedRowQueue::kBatchRows);
    while (!queue.cancelled()) {
        const CsvReader::Result result = reader.next(record, problem);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Skipped)
            skipped(record.line, problem);
        else
            handle(record.line, record.fields);
        if (file.batch.size() >= PreparedRowQueue::kBatchRows) {
            if (!queue.push(std::move(file.batch)))
                return;
            file.batch = {};
            file.batch.reserve(PreparedRowQueue::kBatchRows);
        }
    }
    if (!file.batch.empty())
        queue.push(std::move(file.batch));
    file.batch = {};
}

void TablePipeline::prepare(TableFile& file, qint64 line, const QString& id)
{
    using Kind = PreparedRow::Value::Kind;
    const TableSpec& spec = file.spec;
    PreparedRow row;
    row.line = line;
    row.id = id;
    row.values.resize(spec.columns.size());
    for (int i = 0; i < spec.columns.size(); ++i) {
        const QString& value = file.values.at(i);
        PreparedRow::Value& out = row.values[i];
        switch (spec.columns.at(i).type) {
        case FieldType::Text:
            if (!value.isEmpty()) {
                out.kind = Kind::Text;
                out.text = value;
            }
            break;
        case FieldType::Boolean:
            out.kind = Kind::Integer;
            out.integer = checks::parseBoolean(value) ? 1 : 0;
            break;
        case FieldType::Integer:
            if (!file.null.at(i)) {
                out.kind = Kind::Integer;
                out.integer = file.integer.at(i);
            }
            break;
        case FieldType::Real:
        case FieldType::Latitude:
        case FieldType::Longitude:
            if (!file.null.at(i)) {
                out.kind = Kind::Real;
                out.real = file.number.at(i);
            }
            break;
        }
    }
    file.batch.push_back(std::move(row));
}

void TablePipeline::write(TableFile& file, const PreparedRow& row)
{
    using Kind = PreparedRow::Value::Kind;
    db::Statement& statement = file.insert;
    for (int i = 0; i < row.values.size(); ++i) {
        const PreparedRow::Value& value = row.values.at(i);
        switch (value.kind) {
        case Kind::Null:
            statement.bindNull(i + 1);
            break;
        case Kind::Text:
            statement.bind(i + 1, value.text);
            break;
        case Kind::Integer:
            statement.bind(i + 1, value.integer);
            break;
        case Kind::Real:
            statement.bind(i + 1, value.real);
            break;
        }
    }
    try {
        statement.run();
    } catch (const db::DatabaseError& error) {
        // Every constraint is checked before; should one still fail, lose the record, not the import.
        statement.reset();
        if ((error.sqliteCode() & 0xFF) != kSqliteConstraint)
            throw;
        file.failures << TableFile::Failure{row.line, row.id, error.message()};
    }
}

} // namespace pathways::import
