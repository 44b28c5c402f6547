#include "import/OpenEligibilityMapping.h"

namespace pathways::import {

namespace {

// Term (its name as TaxonomyMapping::key folds it, equal to the last part of its slug) -> Pathways code.
// A term not listed inherits its nearest listed ancestor's codes (TaxonomyMapping), so "Legal" covers
// "Representation", "Mediation", "Notary", "Citizenship & Immigration"...; a listed child replaces what it
// would inherit ("Translation & Interpretation" under Legal is mediation between languages, not legal aid).
const char* const kRules[][2] = {
    // Human services
    {"legal", "legal-aid"},
    {"advocacy_legal_aid", "legal-aid"},
    {"translation_interpretation", "intercultural-mediation"},
    {"health", "health-care"},
    {"medical_care", "health-care"},
    {"mental_health_care", "psychosocial-support"},
    {"mental_health_care", "health-care"},
    {"counseling", "psychosocial-support"},
    {"support_network", "psychosocial-support"},
    {"support_groups", "psychosocial-support"},
    {"help_hotlines", "hotline"},
    {"emergency_shelter", "shelter"},
    {"temporary_shelter", "shelter"},
    {"safe_housing", "shelter"},
    {"short_term_housing", "shelter"},
    {"help_escape_violence", "gbv-support"},
    {"education", "education"},
    {"english_as_a_second_language_esl", "language-course"},
    {"foreign_languages", "language-course"},
    {"work", "employment"},
    {"help_find_work", "employment"},
    // Human situations
    {"women", "women"},
    {"children", "children"},
    {"infants", "children"},
    {"teens", "children"},
    {"lgbtq", "lgbtiq"},
    {"transgender", "lgbtiq"},
    {"domestic_violence_survivors", "gbv-survivors"},
    {"sexual_assault_survivors", "gbv-survivors"},
    {"human_trafficking_survivors", "trafficking-victims"},
    {"refugees", "refugees"},
    {"immigrants", "migrants"},
    {"undocumented", "migrants"},
};

} // namespace

bool OpenEligibilityMapping::recognises(const QString& taxonomyName, const QString& uri)
{
    const auto squeezed = [](const QString& text) {
        return TaxonomyMapping::key(text).remove(QLatin1Char('_'));
    };
    return squeezed(taxonomyName).contains(QLatin1String("openeligibility")) ||
           squeezed(uri).contains(QLatin1String("openeligibility"));
}

const QList<TaxonomyMapping::Rule>& OpenEligibilityMapping::rules()
{
    static const QList<TaxonomyMapping::Rule> list = [] {
        QList<TaxonomyMapping::Rule> rules;
        for (const auto& rule : kRules)
            rules << TaxonomyMapping::Rule{{}, QString::fromLatin1(rule[0]), QString::fromLatin1(rule[1]), 0};
        return rules;
    }();
    return list;
}

} // namespace pathways::import
