#pragma once

#include "import/TaxonomyMapping.h"

#include <QList>
#include <QString>

namespace pathways::import {

/// The mapping Pathways ships for the Open Eligibility taxonomy (Aunt Bertha / findhelp, CC BY-SA 3.0;
/// term list: github.com/auntbertha/openeligibility, formats/services.csv and formats/situations.csv),
/// applied to a package whose taxonomy is recognised as Open Eligibility and that has no mapping file
/// rows for it. Written for Pathways' codes (docs/taxonomy.md): only terms whose meaning matches a Pathways
/// category or audience are mapped; the rest stay the publisher's categories only. docs/importing.md lists
/// the table.
class OpenEligibilityMapping
{
public:
    /// The taxonomy's name or uri says Open Eligibility ("Open Eligibility", "openeligibility",
    /// "https://openeligibility.org/...").
    static bool recognises(const QString& taxonomyName, const QString& uri);
    /// The rules, their `taxonomy` empty (they apply to the recognised taxonomy), `term` a term key
    /// (TaxonomyMapping::key of the term's name, which is also the last part of its slug).
    static const QList<TaxonomyMapping::Rule>& rules();
    static constexpr auto kSource = "open-eligibility";
};

} // namespace pathways::import
