#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::directory {

/// Pathways' own category and audience codes with their names in the languages docs/taxonomy.md gives
/// them (English, Slovenian, Ukrainian): the one copy of that table in the code. A directory whose
/// publisher maps its own taxonomy onto these codes (TaxonomyMapping) need not carry the terms: their names
/// come from here.
class PathwaysTerms
{
public:
    struct Term
    {
        QString taxonomy; ///< TaxonomyTerms::kCategoryTaxonomy or kAudienceTaxonomy
        QString code;
        QStringList names; ///< en, sl, uk
    };

    /// The built-in term with `code`, in either taxonomy, or nullopt.
    static std::optional<Term> find(const QString& code);
    /// Its name in the first of `languages` Pathways has (English when none).
    static QString name(const Term& term, const QStringList& languages);
    /// Every code of `taxonomy` in the order of docs/taxonomy.md.
    static QStringList codes(const QString& taxonomy);
};

} // namespace pathways::directory
