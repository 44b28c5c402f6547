#include "directory/PathwaysTerms.h"

#include "directory/TaxonomyTerms.h"

#include <QHash>
#include <QList>

namespace pathways::directory {

namespace {

// Copied from docs/taxonomy.md (code, English, Slovenian, Ukrainian); keep the two in step.
struct Row
{
    bool category;
    const char* names[4];
};
const Row kRows[] = {
    {true, {"legal-aid", "Legal aid", "Pravna pomoč", "Правова допомога"}},
    {true, {"psychosocial-support", "Psychosocial support", "Psihosocialna podpora", "Психосоціальна підтримка"}},
    {true, {"blue-dot", "Blue Dot", "Modra točka (Blue Dot)", "«Блакитна точка» (Blue Dot)"}},
    {true, {"daily-centre", "Daily centre", "Dnevni center", "Денний центр"}},
    {true, {"health-care", "Health care", "Zdravstvena oskrba", "Медична допомога"}},
    {true, {"shelter", "Shelter and accommodation", "Zatočišče in nastanitev", "Прихисток і тимчасове житло"}},
    {true, {"gbv-support", "Gender-based violence support", "Pomoč ob nasilju na podlagi spola", "Допомога у разі ґендерно зумовленого насильства"}},
    {true, {"anti-trafficking", "Anti-trafficking", "Boj proti trgovini z ljudmi", "Протидія торгівлі людьми"}},
    {true, {"hotline", "Hotline", "Telefonska linija za pomoč", "Гаряча лінія"}},
    {true, {"language-course", "Language course", "Jezikovni tečaj", "Мовні курси"}},
    {true, {"intercultural-mediation", "Intercultural mediation", "Medkulturna mediacija", "Міжкультурна медіація"}},
    {true, {"family-reunification", "Family reunification", "Združitev družine", "Возз’єднання сім’ї"}},
    {true, {"child-protection", "Child protection", "Zaščita otrok", "Захист дітей"}},
    {true, {"employment", "Employment", "Zaposlovanje", "Працевлаштування"}},
    {true, {"education", "Education", "Izobraževanje", "Освіта"}},
    {true, {"voluntary-return", "Voluntary return", "Prostovoljno vračanje", "Добровільне повернення"}},
    {true, {"lgbtiq-support", "LGBTIQ+ support", "Podpora za LGBTIQ+ osebe", "Підтримка ЛГБТІК+ людей"}},
    {false, {"women", "Women", "Ženske", "Жінки"}},
    {false, {"children", "Children", "Otroci", "Діти"}},
    {false, {"unaccompanied-minors", "Unaccompanied minors", "Mladoletniki brez spremstva", "Неповнолітні без супроводу"}},
    {false, {"lgbtiq", "LGBTIQ+ people", "LGBTIQ+ osebe", "ЛГБТІК+ люди"}},
    {false, {"gbv-survivors", "Survivors of gender-based violence", "Žrtve nasilja na podlagi spola", "Постраждалі від ґендерно зумовленого насильства"}},
    {false, {"trafficking-victims", "Victims of human trafficking", "Žrtve trgovine z ljudmi", "Постраждалі від торгівлі людьми"}},
    {false, {"asylum-seekers", "Asylum seekers", "Prosilci za mednarodno zaščito", "Шукачі притулку"}},
    {false, {"temporary-protection", "People with temporary protection", "Osebe z začasno zaščito", "Особи з тимчасовим захистом"}},
    {false, {"refugees", "Refugees", "Begunci", "Біженці"}},
    {false, {"uninsured", "People without health insurance", "Osebe brez obveznega zdravstvenega zavarovanja", "Особи без медичного страхування"}},
    {false, {"migrants", "Migrants", "Migranti", "Мігранти"}},
};

const QList<PathwaysTerms::Term>& allTerms()
{
    static const QList<PathwaysTerms::Term> terms = [] {
        QList<PathwaysTerms::Term> list;
        for (const Row& row : kRows)
            list << PathwaysTerms::Term{
                QString::fromLatin1(row.category ? TaxonomyTerms::kCategoryTaxonomy
                                                 : TaxonomyTerms::kAudienceTaxonomy),
                QString::fromUtf8(row.names[0]),
                {QString::fromUtf8(row.names[1]), QString::fromUtf8(row.names[2]),
                 QString::fromUtf8(row.names[3])}};
        return list;
    }();
    return terms;
}

} // namespace

std::optional<PathwaysTerms::Term> PathwaysTerms::find(const QString& code)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> byCode;
        for (qsizetype i = 0; i < allTerms().size(); ++i)
            byCode.insert(allTerms().at(i).code, i);
        return byCode;
    }();
    const auto it = index.constFind(code);
    if (it == index.constEnd())
        return std::nullopt;
    return allTerms().at(it.value());
}

QString PathwaysTerms::name(const Term& term, const QStringList& languages)
{
    static const QStringList kLanguages{QStringLiteral("en"), QStringLiteral("sl"), QStringLiteral("uk")};
    for (const QString& language : languages) {
        const qsizetype index = kLanguages.indexOf(language.section(QLatin1Char('-'), 0, 0).toLower());
        if (index >= 0)
            return term.names.at(index);
    }
    return term.names.constFirst();
}

QStringList PathwaysTerms::codes(const QString& taxonomy)
{
    QStringList codes;
    for (const Term& term : allTerms())
        if (term.taxonomy == taxonomy)
            codes << term.code;
    return codes;
}

} // namespace pathways::directory
