#pragma once

#include "import/ImportReport.h"
#include "import/SheetColumns.h"
#include "import/SheetTables.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pathways::import {

/// Reads the one-sheet template (docs/sheet-template.md: one row per service at a place, the columns of a
/// referral-pathway table, headers in English, Slovenian or Ukrainian) into the tables of an HSDS 3.0 CSV
/// package, which the CSV importer then reads with all its checks.
///
/// Every finding names the sheet's row (its line) and the column as headed in the sheet. Nothing is
/// invented: a service repeated on several rows is one service at several places (a differing text is
/// reported and the first kept); opening hours that WrittenHours cannot read are kept as the schedule's text
/// and give no hours; a category that is not one of Pathways' is kept as the sheet's own term.
class SheetPackage
{
public:
    /// Reads the CSV file at `path` and writes the HSDS CSV files into the existing folder `csvFolder`.
    /// False after a Fatal finding (unreadable, not UTF-8, no service column, no service).
    static bool convert(const QString& path, const QString& csvFolder, ImportReport& report);

private:
    struct Cell
    {
        QString text;
        QString header; ///< the column as headed in the sheet
    };

    bool readRow(qint64 line, const QList<Cell>& cells);
    void addService(const QString& serviceId, const QString& organizationId, qint64 line);
    QString addPlace(const QString& serviceId, const QString& organizationId, qint64 line);
    void addHours(const QString& serviceId, const QString& placeLink, qint64 line);
    void addTerms(const QString& serviceId, SheetColumn column, qint64 line);
    void addContacts(const QString& serviceId, qint64 line);
    void addListed(const QString& serviceId, SheetColumn column);
    void finding(ImportIssue::Severity severity, qint64 line, SheetColumn column, const QString& message);
    const QString& text(SheetColumn column) const { return m_cells.at(static_cast<int>(column)).text; }

    QString m_file;
    ImportReport* m_report = nullptr;
    QList<Cell> m_cells; ///< the current row, indexed by SheetColumn
    SheetTables m_tables;
    QHash<QString, qint64> m_serviceLine; ///< service id -> the row that first gave it
    QHash<QString, QList<QString>> m_serviceTexts;
};

} // namespace pathways::import
