#include "import/HsdsTables.h"

namespace pathways::import {

namespace {

// Column lists follow core/directory/DirectorySchema.cpp. A compact "name:type" notation keeps the table
// readable: r = Real, i = Integer, b = Boolean, lat/lon = coordinates, no suffix = Text.
QList<ColumnSpec> columns(QLatin1StringView spec)
{
    QList<ColumnSpec> result;
    for (const QString& item : QString(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        ColumnSpec column{colon < 0 ? item : item.left(colon), FieldType::Text};
        const QString type = colon < 0 ? QString() : item.mid(colon + 1);
        if (type == QLatin1StringView("r"))
            column.type = FieldType::Real;
        else if (type == QLatin1StringView("i"))
            column.type = FieldType::Integer;
        else if (type == QLatin1StringView("b"))
            column.type = FieldType::Boolean;
        else if (type == QLatin1StringView("lat"))
            column.type = FieldType::Latitude;
        else if (type == QLatin1StringView("lon"))
            column.type = FieldType::Longitude;
        result << column;
    }
    return result;
}

QStringList words(QLatin1StringView spec)
{
    return QString(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "column>target" warns when the target is missing, "column!target" drops the record.
QList<ReferenceSpec> references(QLatin1StringView spec)
{
    QList<ReferenceSpec> result;
    for (const QString& item : words(spec)) {
        const bool drop = item.contains(QLatin1Char('!'));
        const QStringList parts = item.split(drop ? QLatin1Char('!') : QLatin1Char('>'));
        result << ReferenceSpec{parts.at(0), parts.at(1), drop};
    }
    return result;
}

TableSpec table(const char* name, const char* file, const char* cols, const char* essential,
                const char* required, const char* refs)
{
    return TableSpec{QString::fromLatin1(name),          QString::fromLatin1(file),
                     columns(QLatin1StringView(cols)),   words(QLatin1StringView(essential)),
                     words(QLatin1StringView(required)), references(QLatin1StringView(refs))};
}

QList<TableSpec> buildSpecs()
{
    QList<TableSpec> specs;
    specs << table("taxonomy", "taxonomies.csv", "id name description uri version", "name", "", "");
    specs << table("taxonomy_term", "taxonomy_terms.csv",
                   "id code name description parent_id taxonomy language taxonomy_id term_uri", "name", "",
                   "parent_id>taxonomy_term taxonomy_id>taxonomy");
    specs << table("organization", "organizations.csv",
                   "id name alternate_name description email website tax_status tax_id year_incorporated:i "
                   "legal_status logo uri parent_organization_id x_source x_demonstration:b",
                   "name", "", "parent_organization_id>organization");
    specs << table("program", "programs.csv", "id organization_id name alternate_name description", "name",
                   "organization_id", "organization_id>organization");
    specs << table(
        "service", "services.csv",
        "id organization_id program_id name alternate_name description url email status "
        "interpretation_services application_process fees_description wait_time fees accreditations "
        "eligibility_description minimum_age:r maximum_age:r assured_date assurer_email licenses "
        "alert last_modified x_source x_demonstration:b",
        "name", "organization_id status", "organization_id>organization program_id>program");
    specs << table("location", "locations.csv",
                   "id location_type url organization_id name alternate_name description transportation "
                   "latitude:lat longitude:lon external_identifier external_identifier_type",
                   "", "", "organization_id>organization");
    specs << table("service_at_location", "service_at_location.csv", "id service_id location_id description",
                   "service_id location_id", "", "service_id!service location_id!location");
    specs << table(
        "contact", "contacts.csv",
        "id organization_id service_id service_at_location_id location_id name title department email", "",
        "",
        "organization_id>organization service_id>service service_at_location_id>service_at_location "
        "location_id>location");
    specs << table(
        "phone", "phones.csv",
        "id location_id service_id organization_id contact_id service_at_location_id number extension "
        "type description",
        "number", "",
        "location_id>location service_id>service organization_id>organization contact_id>contact "
        "service_at_location_id>service_at_location");
    specs << table(
        "address", "addresses.csv",
        "id location_id attention address_1 address_2 city region state_province postal_code country "
        "address_type",
        "", "", "location_id>location");
    specs << table(
        "schedule", "schedules.csv",
        "id service_id location_id service_at_location_id valid_from valid_to dtstart timezone until "
        "count:i wkst freq interval:i byday byweekno bymonthday byyearday description opens_at "
        "closes_at schedule_link attending_type notes",
        "", "", "service_id>service location_id>location service_at_location_id>service_at_location");
    specs << table("language", "languages.csv", "id service_id location_id phone_id name code note", "", "",
                   "service_id>service location_id>location phone_id>phone");
    specs << table("service_area", "service_areas.csv",
                   "id service_id service_at_location_id name description extent extent_type uri", "", "",
                   "service_id>service service_at_location_id>service_at_location");
    specs << table("cost_option", "cost_options.csv",
                   "id service_id valid_from valid_to option currency amount:r amount_description", "",
                   "service_id", "service_id>service");
    specs << table("required_document", "required_documents.csv", "id service_id document uri", "", "",
                   "service_id>service");
    specs << table("accessibility", "accessibility.csv", "id location_id description details url", "", "",
                   "location_id>location");
    // link_id is checked against the table its link_entity names (see TableLoader), not here.
    specs << table("attribute", "attributes.csv",
                   "id link_id taxonomy_term_id link_type link_entity value label",
                   "link_id taxonomy_term_id", "", "taxonomy_term_id!taxonomy_term");
    // Our extension: (entity, id) names a row of any table above; checked by TableLoader.
    TableSpec translation = table("translation", "translations.csv", "entity id field locale value",
                                  "entity field locale value", "", "");
    translation.keyedById = false;
    specs << translation;
    for (TableSpec& spec : specs) {
        static const QStringList kChildTables = {
            QStringLiteral("service_at_location"), QStringLiteral("contact"),      QStringLiteral("phone"),
            QStringLiteral("address"),             QStringLiteral("schedule"),     QStringLiteral("language"),
            QStringLiteral("service_area"),        QStringLiteral("cost_option"),  QStringLiteral("accessibility"),
            QStringLiteral("required_document"),   QStringLiteral("attribute")};
        spec.derivesMissingIds = kChildTables.contains(spec.table);
    }
    return specs;
}

} // namespace

const QList<TableSpec>& hsdsTableSpecs()
{
    static const QList<TableSpec> specs = buildSpecs();
    return specs;
}

const TableSpec* findTableSpec(const QString& name)
{
    for (const TableSpec& spec : hsdsTableSpecs()) {
        const QString base = spec.fileName.chopped(4);
        if (name == spec.table || name == base || name == spec.table + QLatin1Char('s'))
            return &spec;
    }
    return nullptr;
}

} // namespace pathways::import
