#include "search/TaxonomyNames.h"

#include <QHash>

namespace pathways::search {

namespace {

// Copied from docs/taxonomy.md (code, English, Slovenian, Ukrainian); keep the two in step.
const char* const kNames[][4] = {
    {"legal-aid", "Legal aid", "Pravna pomoč", "Правова допомога"},
    {"psychosocial-support", "Psychosocial support", "Psihosocialna podpora", "Психосоціальна підтримка"},
    {"blue-dot", "Blue Dot", "Modra točka (Blue Dot)", "«Блакитна точка» (Blue Dot)"},
    {"daily-centre", "Daily centre", "Dnevni center", "Денний центр"},
    {"health-care", "Health care", "Zdravstvena oskrba", "Медична допомога"},
    {"shelter", "Shelter and accommodation", "Zatočišče in nastanitev", "Прихисток і тимчасове житло"},
    {"gbv-support", "Gender-based violence support", "Pomoč ob nasilju na podlagi spola", "Допомога у разі ґендерно зумовленого насильства"},
    {"anti-trafficking", "Anti-trafficking", "Boj proti trgovini z ljudmi", "Протидія торгівлі людьми"},
    {"hotline", "Hotline", "Telefonska linija za pomoč", "Гаряча лінія"},
    {"language-course", "Language course", "Jezikovni tečaj", "Мовні курси"},
    {"intercultural-mediation", "Intercultural mediation", "Medkulturna mediacija", "Міжкультурна медіація"},
    {"family-reunification", "Family reunification", "Združitev družine", "Возз’єднання сім’ї"},
    {"child-protection", "Child protection", "Zaščita otrok", "Захист дітей"},
    {"employment", "Employment", "Zaposlovanje", "Працевлаштування"},
    {"education", "Education", "Izobraževanje", "Освіта"},
    {"voluntary-return", "Voluntary return", "Prostovoljno vračanje", "Добровільне повернення"},
    {"lgbtiq-support", "LGBTIQ+ support", "Podpora za LGBTIQ+ osebe", "Підтримка ЛГБТІК+ людей"},
    {"women", "Women", "Ženske", "Жінки"},
    {"children", "Children", "Otroci", "Діти"},
    {"unaccompanied-minors", "Unaccompanied minors", "Mladoletniki brez spremstva", "Неповнолітні без супроводу"},
    {"lgbtiq", "LGBTIQ+ people", "LGBTIQ+ osebe", "ЛГБТІК+ люди"},
    {"gbv-survivors", "Survivors of gender-based violence", "Žrtve nasilja na podlagi spola", "Постраждалі від ґендерно зумовленого насильства"},
    {"trafficking-victims", "Victims of human trafficking", "Žrtve trgovine z ljudmi", "Постраждалі від торгівлі людьми"},
    {"asylum-seekers", "Asylum seekers", "Prosilci za mednarodno zaščito", "Шукачі притулку"},
    {"temporary-protection", "People with temporary protection", "Osebe z začasno zaščito", "Особи з тимчасовим захистом"},
    {"refugees", "Refugees", "Begunci", "Біженці"},
    {"uninsured", "People without health insurance", "Osebe brez obveznega zdravstvenega zavarovanja", "Особи без медичного страхування"},
    {"migrants", "Migrants", "Migranti", "Мігранти"},
};

} // namespace

QStringList builtInTermNames(const QString& code)
{
    static const QHash<QString, QStringList> names = [] {
        QHash<QString, QStringList> table;
        for (const auto& row : kNames)
            table.insert(QString::fromUtf8(row[0]),
                         {QString::fromUtf8(row[1]), QString::fromUtf8(row[2]), QString::fromUtf8(row[3])});
        return table;
    }();
    return names.value(code);
}

} // namespace pathways::search
