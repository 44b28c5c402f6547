#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <optional>

/// Parsers for the individual text fields of an HSDS `schedule` row. Kept apart from ParsedRule so
/// each format rule is small, testable and documented in one place. All functions are pure and
/// return std::nullopt (or an invalid value) for text they cannot read; callers decide whether that
/// is an error (times, dates) or a fallback (time zone).
namespace pathways::schedule::fields {

/// A weekday token from `byday`: "MO" has ordinal 0 (every such weekday); "1MO", "+1MO", "-1FR"
/// carry the ordinal within the month (only meaningful for MONTHLY).
struct DayToken
{
    int ordinal = 0;
    Qt::DayOfWeek day = Qt::Monday;
};

/// Seconds since local midnight for "HH:MM" or "HH:MM:SS" (hour may be one digit). "24:00" and
/// "24:00:00" give 86400, the end of the day; anything else past 23:59:59 is rejected.
std::optional<int> parseTimeOfDay(const QString& text);

/// An ISO date "YYYY-MM-DD"; an ISO datetime is accepted and its date part used, because exports
/// often write dates as midnight timestamps. Invalid QDate when unreadable.
QDate parseDate(const QString& text);

/// `until`: an ISO date (inclusive, whole day) or ISO datetime. A datetime without offset is local
/// to `zone`. Returns the last local (date, seconds-of-day) at which an occurrence may start;
/// std::nullopt when unreadable.
struct LocalMoment
{
    QDate date;
    int secs = 0;
};
std::optional<LocalMoment> parseUntil(const QString& text, const QTimeZone& zone);

/// The `timezone` field: a UTC offset in hours ("1", "-5", "5.5", "+02:00", "UTC+2", "GMT-03:30",
/// "UTC", "Z") as a fixed-offset zone, else an IANA id ("Europe/Kyiv", also aliases such as
/// "Europe/Kiev") or an upper-case POSIX zone ("CET"). Invalid QTimeZone when neither; the caller
/// falls back to its default zone.
QTimeZone parseZone(const QString& text);

/// Comma-separated `byday` tokens; std::nullopt and `why` set on the first bad token.
std::optional<QList<DayToken>> parseByDay(const QString& text, QString* why);

/// Comma-separated `bymonthday` values in 1..31 or -31..-1 (-1 = last day of the month).
std::optional<QList<int>> parseByMonthDay(const QString& text, QString* why);

/// Two-letter RFC 5545 weekday ("MO") for display and messages.
QString dayCode(Qt::DayOfWeek day);

} // namespace pathways::schedule::fields
