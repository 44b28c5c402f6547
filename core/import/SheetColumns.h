#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::import {

/// The columns of the one-sheet template (docs/sheet-template.md): what a referral-pathway table has, one
/// row per service at a place.
enum class SheetColumn {
    Organization,
    Service,
    Categories,
    Audience,
    Description,
    Eligibility,
    HowToApply,
    Documents,
    Cost,
    Address,
    Municipality,
    Phones,
    Email,
    Website,
    Hours,
    Languages,
    LastVerified,
    Source,
};
constexpr int kSheetColumnCount = static_cast<int>(SheetColumn::Source) + 1;

/// The column a header names, in English, Slovenian or Ukrainian ("Opening hours", "Uradne ure",
/// "Години роботи"); case, spaces, a trailing colon or asterisk and "(s)" do not matter.
std::optional<SheetColumn> sheetColumnForHeader(const QString& header);
/// The template's headers in one language ("en", "sl", "uk"), in the template's order.
QStringList sheetTemplateHeaders(const QString& language);

/// Pathways' own codes (docs/taxonomy.md), for reading the categories and audience columns.
const QStringList& pathwaysCategoryCodes();
const QStringList& pathwaysAudienceCodes();

} // namespace pathways::import
