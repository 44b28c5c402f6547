#pragma once

#include "import/ImportReport.h"

#include <QString>

namespace pathways::import {

struct TableFile;

/// The checks of one record's values, once its id and references are known: typed values and positions,
/// schedules that give no hours, and the conversions a file of an older HSDS version needs. Each problem
/// goes into the report with the file, line and id; a value that cannot be stored as its type is stored
/// as NULL, never guessed.
class RecordChecks
{
public:
    explicit RecordChecks(ImportReport& report);

    /// A record without an id, in a table whose records nothing refers to: its derived id (parent id /
    /// table / row number), reported as a warning.
    QString deriveId(TableFile& file, qint64 line);
    /// The conversions of an older file's record (weekday, language, closed holidays); false drops it.
    bool applyVariant(TableFile& file, qint64 line, const QString& id);
    /// A schedule without days and times is kept with a warning: it gives no hours (never "always open").
    bool checkScheduleHours(TableFile& file, qint64 line, const QString& id);
    /// Types, positions and schedule rules of the current record; sets `file.null` where a value is unusable.
    void checkValues(TableFile& file, qint64 line, const QString& id);

private:
    void issue(ImportIssue::Severity severity, const QString& file, qint64 line, const QString& id,
               const QString& message);

    ImportReport& m_report;
};

} // namespace pathways::import
