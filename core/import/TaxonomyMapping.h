#pragma once

#include "import/ImportReport.h"

#include <QList>
#include <QString>

namespace pathways::db {
class Connection;
}

namespace pathways::import {

/// The publisher's own taxonomy mapped onto Pathways' categories and audiences, so that the category
/// filter finds services a publisher tagged with its own terms (docs/importing.md, "Publishers'
/// categories"). Rules come from the package's `taxonomy_mapping.csv` (columns `taxonomy`, `term`,
/// `pathways_code`) or, for a taxonomy the package's file does not name and Pathways recognises, from a
/// mapping Pathways ships (OpenEligibilityMapping). The import resolves them against the imported terms
/// into the `taxonomy_mapping` table: one row per term and code, a term without a rule of its own taking
/// its nearest ancestor's.
class TaxonomyMapping
{
public:
    static constexpr auto kFileName = "taxonomy_mapping.csv";

    struct Rule
    {
        QString taxonomy; ///< key() of the taxonomy's name or id (empty: the rule set's own taxonomy)
        QString term;     ///< key() of the term's code or name
        QString code;     ///< a Pathways category or audience code
        qint64 line = 0;  ///< line in the package's file (0: shipped with Pathways)
    };

    /// The rules of the package's file at `path` (absent: none). A row with an empty cell is a warning
    /// naming its line and column; an unknown Pathways code is Fatal, naming it; a missing column is Fatal.
    static QList<Rule> read(const QString& path, ImportReport& report);

    /// Writes `taxonomy_mapping` for the terms already imported into `target` (inside the import's
    /// transaction). Rules of the package that match no term are warnings; what was mapped is a note.
    static void apply(const QList<Rule>& packageRules, db::Connection& target, ImportReport& report);

    /// How names are compared: lower case, every run of other characters than letters and digits one '_'
    /// ("Advocacy & Legal Aid" -> "advocacy_legal_aid", the slug Open Eligibility gives it).
    static QString key(const QString& text);
};

} // namespace pathways::import
