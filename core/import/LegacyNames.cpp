#include "import/LegacyNames.h"

#include <QRegularExpression>

namespace pathways::import {

namespace {

QList<LegacyFile> buildLegacyFiles()
{
    const auto file = [](const char* name, const char* table, FileVariant variant, const char* version) {
        return LegacyFile{QString::fromLatin1(name), QString::fromLatin1(table), variant,
                          QString::fromLatin1(version)};
    };
    using V = FileVariant;
    return {
        file("taxonomy.csv", "taxonomy_term", V::Taxonomy10, "1.x"),
        file("services_at_location.csv", "service_at_location", V::Current, "1.x/2.0"),
        file("physical_addresses.csv", "address", V::PhysicalAddress, "1.x/2.0"),
        file("postal_addresses.csv", "address", V::PostalAddress, "1.x/2.0"),
        file("regular_schedules.csv", "schedule", V::RegularSchedule, "1.x"),
        file("holiday_schedules.csv", "schedule", V::HolidaySchedule, "1.x"),
        file("accessibility_for_disabilities.csv", "accessibility", V::Current, "1.x/2.0"),
        file("service_attributes.csv", "attribute", V::ServiceAttribute, "1.x/2.0"),
        file("other_attributes.csv", "attribute", V::OtherAttribute, "1.x/2.0"),
        file("services_taxonomy.csv", "attribute", V::ServiceTaxonomy, "1.x"),
    };
}

} // namespace

const QList<LegacyFile>& legacyFiles()
{
    static const QList<LegacyFile> files = buildLegacyFiles();
    return files;
}

const LegacyFile* findLegacyFile(const QString& fileName)
{
    for (const LegacyFile& file : legacyFiles()) {
        if (file.fileName.compare(fileName, Qt::CaseInsensitive) == 0)
            return &file;
    }
    return nullptr;
}

QList<std::pair<QString, QString>> legacyColumns(const QString& table)
{
    const auto pairs = [](std::initializer_list<std::pair<const char*, const char*>> list) {
        QList<std::pair<QString, QString>> result;
        for (const auto& [from, to] : list)
            result.append({QString::fromLatin1(from), QString::fromLatin1(to)});
        return result;
    };
    if (table == QLatin1StringView("organization"))
        return pairs({{"url", "website"}});
    if (table == QLatin1StringView("taxonomy_term"))
        return pairs({{"term", "name"}, {"vocabulary", "taxonomy"}});
    if (table == QLatin1StringView("language"))
        return pairs({{"language", "name"}}); // split into name or code per value by TableLoader
    if (table == QLatin1StringView("service_area"))
        return pairs({{"service_area", "name"}});
    if (table == QLatin1StringView("accessibility"))
        return pairs({{"accessibility", "description"}});
    if (table == QLatin1StringView("schedule"))
        return pairs({{"weekday", "byday"}, {"start_date", "valid_from"}, {"end_date", "valid_to"}});
    if (table == QLatin1StringView("attribute"))
        return pairs({{"service_id", "link_id"},
                      {"taxonomy_id", "taxonomy_term_id"},
                      {"taxonomy_detail", "value"},
                      {"other_value", "value"}});
    return {};
}

QList<std::pair<QString, QString>> impliedValues(FileVariant variant)
{
    const auto one = [](const char* column, const char* value) {
        return QList<std::pair<QString, QString>>{{QString::fromLatin1(column), QString::fromLatin1(value)}};
    };
    switch (variant) {
    case FileVariant::PhysicalAddress:
        return one("address_type", "physical");
    case FileVariant::PostalAddress:
        return one("address_type", "postal");
    case FileVariant::RegularSchedule:
        return one("freq", "WEEKLY");
    case FileVariant::ServiceAttribute:
    case FileVariant::ServiceTaxonomy:
        return one("link_entity", "service");
    case FileVariant::HolidaySchedule: // the dates it gives, every day between them
        return one("freq", "DAILY");
    case FileVariant::OtherAttribute:
    case FileVariant::Taxonomy10:
    case FileVariant::Current:
        break;
    }
    return {};
}

QString weekdayCode(const QString& weekday, bool* numeric)
{
    static const char* const kCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    static const char* const kNames[] = {"monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday", "sunday"};
    *numeric = false;
    const QString text = weekday.trimmed().toLower();
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber) {
        *numeric = true;
        return number >= 1 && number <= 7 ? QString::fromLatin1(kCodes[number - 1]) : QString();
    }
    for (int i = 0; i < 7; ++i) {
        const QString name = QString::fromLatin1(kNames[i]);
        if (text == name || (text.size() == 3 && name.startsWith(text)) ||
            text == QString::fromLatin1(kCodes[i]).toLower())
            return QString::fromLatin1(kCodes[i]);
    }
    return {};
}

bool looksLikeLanguageCode(const QString& text)
{
    // ISO 639-1/-2 codes are lower case ("en", "eng"); a BCP 47 tag adds a region or script ("pt-BR").
    // Names start with a capital ("English", "Lao"), which keeps three-letter names out.
    static const QRegularExpression kCode(QStringLiteral("^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    return kCode.match(text).hasMatch();
}

} // namespace pathways::import
