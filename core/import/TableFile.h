#pragma once

// Private to core/import: what TableLoader, RecordChecks and TablePipeline share while one file is read.

#include "db/Statement.h"
#include "import/HsdsTables.h"
#include "import/LegacyNames.h"
#include "import/PreparedRows.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>
#include <utility>

namespace pathways::import {

/// What TableLoader::load() keeps while reading one CSV file into one table. Everything that depends only
/// on the header and the table is worked out once here, so the per-record work is index lookups, never
/// name lookups.
struct TableFile
{
    enum class Kind { Plain, Schedule, Attribute, Translation };

    /// A reference column with its target resolved.
    struct Link
    {
        int column = -1; ///< spec column index
        const ReferenceSpec* spec = nullptr;
        const QSet<QString>* targetIds = nullptr; ///< nullptr: the target's file was not read
        bool self = false;                        ///< points into this very table: checked at the end
        bool reported = false;                    ///< the unreadable target has been reported once
    };
    struct SelfReference
    {
        qint64 line;
        QString id;
        const ReferenceSpec* spec;
        QString value;
    };

    const TableSpec& spec;
    QString name;
    db::Statement insert;
    Kind kind = Kind::Plain;
    qsizetype headerSize = 0;
    QList<int> source;  ///< per spec column: index in the CSV record, -1 when the file has no such column
    QStringList values; ///< per spec column: the trimmed value of the current record
    QVarLengthArray<bool, 32> null;             ///< per spec column: store NULL although a value was given
    QVarLengthArray<double, 32> number;         ///< per spec column: the parsed Real/Latitude/Longitude value
    QVarLengthArray<qint64, 32> integer;        ///< per spec column: the parsed Integer value
    /// Schedule columns by ScheduleField, -1 when the table is not `schedule`.
    enum ScheduleField { OpensAt, ClosesAt, Freq, ByDay, ValidFrom, ValidTo, ByMonthDay, ByWeekNo, ByYearDay,
                         DtStart, Description, ScheduleFieldCount };
    int schedule[ScheduleFieldCount] = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1};
    FileVariant variant = FileVariant::Current;
    QStringList implied;        ///< per spec column: the value when the CSV has no such column
    bool splitLanguage = false; ///< a <= 2.0 `language` column: a code goes to `code`, a name to `name`
    bool weekdays = false;      ///< a 1.0 `weekday` column read into byday
    int closedSource = -1;      ///< 1.0 holiday_schedules: the CSV index of `closed`
    QString closedValue;        ///< ... and its value in the current record
    qint64 recordNumber = 0;    ///< data records read so far (1-based row number of the current one)
    /// Another file already filled this table (postal after physical addresses): an id it used is
    /// taken, so a record of this file with the same id gets the file's name in front of it.
    bool mergesIntoTable = false;
    QString idPrefix;
    QSet<QString> fileIds;
    QSet<QString>* ownIds = nullptr;
    int idColumn = 0;
    QList<int> essential, required, typed;
    QList<Link> links;
    QList<SelfReference> selfReferences; ///< checked once the whole file is read
    QSet<QString> translationKeys;
    PreparedBatch batch; ///< checked rows not yet handed to the writing thread

    /// A row SQLite refused after all checks passed (should not happen; the record is then dropped).
    struct Failure
    {
        qint64 line;
        QString id;
        QString message;
    };
    QList<Failure> failures; ///< written by the writing thread only, read once both threads are done

    TableFile(const TableSpec& tableSpec, const QString& fileName, db::Statement statement)
        : spec(tableSpec), name(fileName), insert(std::move(statement))
    {
    }

    int column(const QString& columnName) const
    {
        for (int i = 0; i < spec.columns.size(); ++i) {
            if (spec.columns.at(i).name == columnName)
                return i;
        }
        return -1;
    }
    /// The current record's value of the spec column `columnName`; for the rare per-record name lookups.
    QString value(const char* columnName) const
    {
        const int index = column(QLatin1StringView(columnName));
        return index < 0 ? QString() : values.at(index);
    }
};

} // namespace pathways::import
