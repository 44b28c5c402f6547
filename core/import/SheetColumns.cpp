#include "import/SheetColumns.h"

#include <QHash>

namespace pathways::import {

namespace {

struct Names
{
    SheetColumn column;
    const char* en;
    const char* sl;
    const char* uk;
    std::initializer_list<const char*> more; ///< other ways people head the column
};

// The first three names are the template's headers; the others are read too.
const Names kNames[] = {
    {SheetColumn::Organization,
     "Organisation",
     "Organizacija",
     "Організація",
     {"organization", "provider", "izvajalec", "nosilec", "установа"}},
    {SheetColumn::Service, "Service", "Storitev", "Послуга", {"programme", "program", "програма"}},
    {SheetColumn::Categories,
     "Categories",
     "Kategorije",
     "Категорії",
     {"category", "kategorija", "категорія", "type of support", "vrsta pomoči", "вид допомоги"}},
    {SheetColumn::Audience,
     "Audience",
     "Ciljna skupina",
     "Цільова група",
     {"for whom", "komu", "za koga", "для кого", "target group", "ciljne skupine"}},
    {SheetColumn::Description, "Description", "Opis", "Опис", {"what they offer", "kaj nudijo"}},
    {SheetColumn::Eligibility,
     "Eligibility",
     "Pogoji",
     "Хто може звернутися",
     {"who can use it", "upravičenci", "komu je namenjeno", "умови"}},
    {SheetColumn::HowToApply,
     "How to apply",
     "Kako dostopati",
     "Як звернутися",
     {"application", "access", "postopek", "kako do storitve", "порядок звернення"}},
    {SheetColumn::Documents,
     "Documents to bring",
     "Potrebni dokumenti",
     "Які документи взяти",
     {"documents", "dokumenti", "документи", "required documents"}},
    {SheetColumn::Cost, "Cost", "Cena", "Вартість", {"fees", "fee", "stroški", "plačilo", "ціна", "оплата"}},
    {SheetColumn::Address, "Address", "Naslov", "Адреса", {"street", "ulica", "вулиця"}},
    {SheetColumn::Municipality,
     "Municipality",
     "Občina",
     "Громада",
     {"city", "town", "kraj", "mesto", "місто", "населений пункт"}},
    {SheetColumn::Phones,
     "Phone",
     "Telefon",
     "Телефон",
     {"phones", "phone number", "telephone", "tel", "telefonska številka", "номер телефону"}},
    {SheetColumn::Email,
     "E-mail",
     "E-pošta",
     "Електронна пошта",
     {"email", "e-mail address", "mail", "e-naslov", "email адреса", "ел. пошта", "e-mail адреса"}},
    {SheetColumn::Website,
     "Website",
     "Spletna stran",
     "Вебсайт",
     {"web", "url", "www", "splet", "сайт", "веб-сайт"}},
    {SheetColumn::Hours,
     "Opening hours",
     "Uradne ure",
     "Години роботи",
     {"hours", "delovni čas", "odpiralni čas", "urnik", "графік роботи", "час роботи", "графік"}},
    {SheetColumn::Languages,
     "Languages spoken",
     "Jeziki",
     "Мови",
     {"languages", "language", "jezik", "govorijo", "мова", "мови спілкування"}},
    {SheetColumn::LastVerified,
     "Last verified",
     "Nazadnje preverjeno",
     "Остання перевірка",
     {"verified", "preverjeno", "datum preverjanja", "перевірено", "дата перевірки"}},
    {SheetColumn::Source, "Source", "Vir", "Джерело", {"sources", "viri", "джерела"}},
};

QString key(QString header)
{
    header = header.toLower().simplified();
    header.remove(QStringLiteral("(s)"));
    while (header.endsWith(QLatin1Char(':')) || header.endsWith(QLatin1Char('*')))
        header.chop(1);
    return header.trimmed();
}

} // namespace

std::optional<SheetColumn> sheetColumnForHeader(const QString& header)
{
    static const QHash<QString, SheetColumn> columns = [] {
        QHash<QString, SheetColumn> map;
        for (const Names& n : kNames) {
            for (const char* name : {n.en, n.sl, n.uk})
                map.insert(key(QString::fromUtf8(name)), n.column);
            for (const char* name : n.more)
                map.insert(key(QString::fromUtf8(name)), n.column);
        }
        return map;
    }();
    const auto found = columns.constFind(key(header));
    return found == columns.cend() ? std::nullopt : std::optional<SheetColumn>(*found);
}

QStringList sheetTemplateHeaders(const QString& language)
{
    QStringList headers;
    for (const Names& n : kNames)
        headers << QString::fromUtf8(language == QLatin1StringView("sl")   ? n.sl
                                     : language == QLatin1StringView("uk") ? n.uk
                                                                           : n.en);
    return headers;
}

// docs/taxonomy.md lists them with their names (search::builtInTermNames); keep in step.
const QStringList& pathwaysCategoryCodes()
{
    static const QStringList codes = QStringLiteral("legal-aid psychosocial-support blue-dot daily-centre "
                                                    "health-care shelter gbv-support anti-trafficking "
                                                    "hotline language-course intercultural-mediation "
                                                    "family-reunification child-protection employment "
                                                    "education voluntary-return lgbtiq-support")
                                         .split(QLatin1Char(' '));
    return codes;
}

const QStringList& pathwaysAudienceCodes()
{
    static const QStringList codes =
        QStringLiteral(
            "women children unaccompanied-minors lgbtiq gbv-survivors trafficking-victims asylum-seekers "
            "temporary-protection refugees uninsured migrants")
            .split(QLatin1Char(' '));
    return codes;
}

} // namespace pathways::import
