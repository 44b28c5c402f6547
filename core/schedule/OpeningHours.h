#pragma once

#include "schedule/DayHours.h"
#include "schedule/ParsedRule.h"
#include "schedule/ScheduleRule.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace pathways::schedule {

enum class OpenState { Open, Closed, Unknown };

/// The opening hours of one service: all its HSDS 3.0 `schedule` rows, evaluated in each row's zone.
///
/// Rows are parsed once in the constructor; stateAt() does no string work, because search calls it
/// for every candidate result on every keystroke.
///
/// Semantics of a row (ScheduleRule fields):
/// - freq: WEEKLY, DAILY or MONTHLY (case-insensitive). Empty: WEEKLY when byday is set, MONTHLY when
///   only bymonthday is set, otherwise DAILY. Anything else makes the row invalid.
/// - interval: every N days/weeks/months, counted from dtstart, else valid_from (weeks Monday-based,
///   months by calendar month). 0 (an imported NULL) means 1; N > 1 without either date is invalid.
/// - byday: "MO,TU" for DAILY/WEEKLY; for MONTHLY also ordinals ("1MO" first Monday, "-1FR" last
///   Friday). WEEKLY without byday uses dtstart's weekday (RFC 5545).
/// - bymonthday (MONTHLY only): "1,15", negative from the end ("-1" = last day). With byday too,
///   a day must match both (RFC 5545: "FR" + "13" = Friday the 13th).
/// - opens_at / closes_at: local wall clock "HH:MM" or "HH:MM:SS". closes_at <= opens_at means it
///   closes the next day; the weekday/date pattern applies to the day it OPENS (FR 22:00-02:00 is
///   open Saturday 01:00). closes_at "24:00", "23:59" or "23:59:59" means midnight. Opening minute
///   inclusive, closing minute exclusive. Both empty = open all day; only one given = invalid.
/// - valid_from / valid_to: inclusive local dates; until: inclusive end of the recurrence (a date
///   covers that whole day; a datetime is the last moment an occurrence may open); dtstart: first
///   possible occurrence. A row is "in force" on the local dates between these bounds.
/// - timezone: IANA id ("Europe/Kyiv"), or a UTC offset in hours ("1", "-5", "5.5", "+02:00",
///   "UTC+2") as a fixed offset; empty or unreadable falls back to the constructor's defaultZone
///   (the system zone if that is invalid too). Times compare as local wall clock in that zone, so
///   09:00-17:00 Europe/Ljubljana is 09:00 local on both sides of a DST change.
/// - A row with no days and no times (ScheduleRule::givesNoHours: nothing but ids, dates, a zone or a
///   description) gives no hours: it is counted in ruleCount() but takes no part, so alone it is
///   Unknown, never "24/7". DAILY (or any day field) without times is still "all day on those days".
///
/// Combining rows: Open when any valid row says open. Closed when at least one valid row is in force
/// at that moment and none is open. Unknown when there are no rows, no valid rows, or none in force
/// at that moment -- including when every row has expired: an out-of-date schedule says nothing
/// reliable about today, and showing "closed" would send people away from a service that may be open.
class OpeningHours
{
public:
    OpeningHours(QList<ScheduleRule> rules, QTimeZone defaultZone);

    /// Open, Closed, or Unknown when no usable row is in force at `moment` (see class comment).
    OpenState stateAt(const QDateTime& moment) const;

    /// Checks one row; false with a one-line reason when it cannot be evaluated. A time zone that
    /// cannot be read is not an error (the default zone is used), nor is a row that gives no hours.
    static bool validate(const ScheduleRule& rule, QString* why);

    /// True when the rows make it open around the clock on every weekday (the UI shows "24/7"):
    /// whole-day rows (00:00-00:00, 00:00-24:00, 00:00-23:59, or no times) repeating every
    /// day/week, together covering Monday to Sunday in one zone. Describes the rules, not a date:
    /// valid_from/valid_to are not consulted, so pair it with stateAt() for "right now".
    bool isAlwaysOpen() const;

    /// The seven days (Monday first) of the week containing `anyDayInWeek`, with what opens on each.
    QList<DayHours> weekTable(QDate anyDayInWeek) const;

    /// Compact English text of the recurring hours, e.g. "Mon–Fri 09:00–17:00; Sat 10:00–13:00",
    /// "24/7", or "" when there is no valid row. Plain text, no tr(): the GUI formats its own.
    /// This overload describes every valid row regardless of valid_from/valid_to.
    QString summary() const;
    /// Same, limited to the rows in force on `asOf` (pass today for seasonal schedules).
    QString summary(QDate asOf) const;

    /// The first moment after `from` at which stateAt() changes (opens, closes, or becomes
    /// Unknown/known), searching at most 14 days ahead; nullopt when nothing changes in that window.
    std::optional<QDateTime> nextChange(const QDateTime& from) const;

    /// Number of rows given / rows that take part (valid and giving hours).
    qsizetype ruleCount() const { return m_ruleCount; }
    qsizetype validRuleCount() const { return m_rules.size(); }
    /// One line per invalid row ("row <id>: <reason>"), for import diagnostics.
    const QStringList& problems() const { return m_problems; }

private:
    QList<ParsedRule> m_rules; // valid rows only
    QList<int> m_zoneOfRule;   // index into m_zones, parallel to m_rules
    QList<QTimeZone> m_zones;  // distinct zones, so stateAt() converts the moment once per zone
    QStringList m_problems;
    qsizetype m_ruleCount = 0;
    bool m_alwaysOpen = false;
};

} // namespace pathways::schedule
