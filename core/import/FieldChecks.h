#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::import {

/// The value checks of an import, as pure functions so they can be tested alone.
namespace checks {

/// A finite decimal number ("12", "-0.5", "1e3"), or nothing.
std::optional<double> parseNumber(const QString& text);
/// A whole number ("3", also "3.0" as spreadsheets write it), or nothing.
std::optional<qint64> parseInteger(const QString& text);
/// "true", "1", "yes" (any case) are true; everything else is false.
bool parseBoolean(const QString& text);
/// True for the spellings parseBoolean() understands either way ("false", "0", "no", empty too).
bool isBooleanSpelling(const QString& text);

/// "HH:MM" or "HH:MM:SS" on a 24-hour clock; "24:00" is accepted as the end of a day.
bool isTimeOfDay(const QString& text);
/// An RFC 5545 BYDAY list: "MO,TU", with optional ordinals for monthly rules ("1MO,-1FR").
bool isByDayList(const QString& text);
/// A calendar date "YYYY-MM-DD".
bool isIsoDate(const QString& text);

struct ScheduleFields
{
    QString opensAt, closesAt, freq, byday, validFrom, validTo;
};
/// What is wrong with a schedule row, one phrase each; empty when the row can be evaluated.
QStringList scheduleProblems(const ScheduleFields& fields);

} // namespace checks

} // namespace pathways::import
