#pragma once

#include "import/ImportReport.h"

#include <QHash>
#include <QList>
#include <QString>

namespace pathways::import {

/// The HSDS 3.0 tables a one-sheet CSV becomes (SheetPackage), row by row, until they are written as the
/// CSV files the importer reads.
class SheetTables
{
public:
    using Row = QHash<QString, QString>; ///< column -> value

    void add(const QString& table, const Row& row);
    bool has(const QString& table, const QString& id) const;
    /// The row of `table` with `id`, which must exist (has()).
    Row& row(const QString& table, const QString& id);
    QList<Row> rows(const QString& table) const { return m_tables.value(table); }

    /// Tags a service with a term of `kind` ("category", "audience"): Pathways' own term `code` (with its
    /// English, Slovenian and Ukrainian names), or, when `code` is empty, the sheet's own term `ownName` in
    /// the taxonomy "sheet-category" / "sheet-audience". The taxonomy and term rows are added once.
    void tag(const QString& serviceId, const QString& kind, const QString& code, const QString& ownName);

    /// Writes one CSV file per table that has rows into `folder`; false with a Fatal finding otherwise.
    bool write(const QString& folder, ImportReport& report) const;

    /// A readable id part: lower-case letters and digits of any script; other runs of characters one '-'.
    static QString slug(const QString& text);

private:
    QHash<QString, QList<Row>> m_tables;
    QHash<QString, QHash<QString, qsizetype>> m_rowOfId;
};

} // namespace pathways::import
