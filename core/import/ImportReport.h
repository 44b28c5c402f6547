#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace pathways::import {

/// One finding of the import's validation.
struct ImportIssue
{
    enum class Severity {
        Warning, ///< the record was kept; a field was ignored or is suspicious (bad coordinates, bad
                 ///< schedule)
        Dropped, ///< the record could not be used (no id, no name, duplicate id) and was left out
        Fatal    ///< the import as a whole cannot be used (unreadable file, no services, bad encoding)
    };
    Severity severity = Severity::Warning;
    QString file;     ///< CSV file name, e.g. "services.csv"
    qint64 line = 0;  ///< 1-based line where the record starts (0: whole file)
    QString recordId; ///< the record's id when it has one
    QString message;  ///< one line, no trailing period
};

/// What an import did: rows kept per table, and every finding.
struct ImportReport
{
    QList<ImportIssue> issues;
    QMap<QString, qint64> rowsImported; ///< singular table name -> rows written

    bool hasFatal() const;
    int count(ImportIssue::Severity severity) const;
    /// "services.csv:12: [id] message" lines, fit for a terminal.
    QStringList toLines() const;
};

} // namespace pathways::import
