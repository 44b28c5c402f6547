#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

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
    /// What the package was recognised as: "HSDS 3.0 CSV", "HSDS 1.1/2.0 CSV", "HSDS 3.0 JSON", ...
    QString format;
    /// How it was read where that differs from HSDS 3.0 CSV (an older file or column name, a zip), one
    /// line each: not findings, but what a publisher checking the result wants to know.
    QStringList notes;

    bool hasFatal() const;
    int count(ImportIssue::Severity severity) const;
    /// "services.csv:12: [id] message" lines, fit for a terminal.
    QStringList toLines() const;

    /// One finding of many alike: the findings grouped by severity, file and message (values in quotes
    /// do not count), with how many there are and the first few of them.
    struct Group
    {
        ImportIssue::Severity severity = ImportIssue::Severity::Warning;
        QString file;
        QString message; ///< the first finding's message
        int count = 0;
        QList<ImportIssue> examples;
    };
    /// The groups in the order their first finding came, Fatal first.
    QList<Group> groups(int examplesPerGroup) const;
    /// The summary for a terminal: one line per group, with its count and first examples.
    QStringList summaryLines(int examplesPerGroup = 3) const;
    /// Everything, for `import --report FILE.json`: format, notes, rows, every finding.
    QJsonObject toJson() const;

    static QString severityName(ImportIssue::Severity severity);
};

} // namespace pathways::import
