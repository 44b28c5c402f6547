#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace pathways::import {

/// How a CSV file feeds its 3.0 table. HSDS 1.x and 2.0 split some 3.0 tables over several files
/// (physical and postal addresses; regular and holiday schedules; service and other attributes), and
/// name some columns differently; the importer reads them into the 3.0 model.
enum class FileVariant {
    Current,          ///< the 3.0 file (or an older file with the same shape)
    PhysicalAddress,  ///< physical_addresses.csv (1.x, 2.0): address_type "physical"
    PostalAddress,    ///< postal_addresses.csv (1.x, 2.0): address_type "postal"
    RegularSchedule,  ///< regular_schedules.csv (1.0): one weekday per row
    HolidaySchedule,  ///< holiday_schedules.csv (1.0): dates, open hours or closed
    ServiceAttribute, ///< service_attributes.csv (1.1, 2.0): service_id, taxonomy_term_id
    OtherAttribute,   ///< other_attributes.csv (1.1, 2.0): link_id, link_type, taxonomy_term_id
    ServiceTaxonomy,  ///< services_taxonomy.csv (exporters of 1.x): service_id, taxonomy_id, taxonomy_detail
    Taxonomy10,       ///< taxonomy.csv (1.0): the terms, id/name/parent_id
};

/// A file name of an older HSDS version and the 3.0 table it feeds.
struct LegacyFile
{
    QString fileName; ///< "services_at_location.csv"
    QString table;    ///< "service_at_location"
    FileVariant variant = FileVariant::Current;
    QString version; ///< the versions that use this name, for the report: "1.x" or "1.x/2.0"
};

/// Every older file name the importer reads, in the order to read them within their table.
const QList<LegacyFile>& legacyFiles();

/// The legacy file named `fileName` (no folder), or nullptr.
const LegacyFile* findLegacyFile(const QString& fileName);

/// Columns an older version names differently in `table`: (old name, 3.0 name). An alias applies only
/// when the header lacks the 3.0 name.
QList<std::pair<QString, QString>> legacyColumns(const QString& table);

/// Values the rows of a legacy file carry by being in that file: (3.0 column, value).
QList<std::pair<QString, QString>> impliedValues(FileVariant variant);

/// An RFC 5545 day ("MO") for a 1.0 `weekday`: a day name in English (any case, or its first three
/// letters), a two-letter code, or 1..7 counted from Monday (ISO 8601). Empty when unreadable.
/// `numeric` is set when the day was a number (the numbering is then an assumption the report states).
QString weekdayCode(const QString& weekday, bool* numeric);

/// True for a language code ("en", "ur", "pt-BR", "zh_Hant") rather than a language name ("English").
bool looksLikeLanguageCode(const QString& text);

} // namespace pathways::import
