#pragma once

#include "schedule/RuleFields.h"
#include "schedule/ScheduleRule.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace pathways::schedule {

/// One schedule row parsed once into numbers, so evaluating it (hundreds of times per keystroke
/// during search) does no string work. Built by parse(); an invalid result carries the reason.
///
/// An occurrence is identified by the local date it OPENS on, in the row's zone. It covers local
/// wall-clock seconds [startSecs, endSecs) counted from that date's midnight; endSecs may exceed
/// 86400 when it closes after midnight (closes_at <= opens_at), so the weekday rule applies to the
/// opening day only. Comparing wall-clock times instead of UTC instants is what keeps 09:00-17:00
/// meaning 09:00 local on both sides of a DST change.
class ParsedRule
{
public:
    enum class Freq { Daily, Weekly, Monthly };

    static constexpr int secsPerDay = 24 * 3600;

    /// Parses `rule`; `defaultZone` is used when the row's timezone is empty or unreadable.
    static ParsedRule parse(const ScheduleRule& rule, const QTimeZone& defaultZone);

    bool isValid() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    /// True when the row is in force on local date `d` (valid_from/valid_to/until and dtstart).
    bool inForceOn(QDate d) const;
    /// True when an occurrence opens on local date `d` (recurrence pattern and validity).
    bool opensOn(QDate d) const;
    /// True when no date is left on or after `d` on which the row is in force: it has expired.
    bool expiredBy(QDate d) const;
    /// True when the row only comes into force after `d`.
    bool notYetIn(QDate d) const;

    /// Open for at least a full day from each opening: 00:00-00:00, 00:00-24:00, 00:00-23:59, no times.
    bool isFullDay() const { return m_endSecs - m_startSecs >= secsPerDay; }
    /// Repeats on every matching weekday with no week/day skipping and no month pattern.
    bool isPlainWeekly() const { return m_freq != Freq::Monthly && m_interval == 1; }

    Freq freq() const { return m_freq; }
    int interval() const { return m_interval; }
    /// Bit (1 << dayOfWeek) per weekday on which DAILY/WEEKLY rows may open; all seven when unset.
    int weekdayMask() const { return m_weekdayMask; }
    const QList<fields::DayToken>& monthDays() const { return m_monthWeekdays; }
    const QList<int>& monthDates() const { return m_monthDates; }
    int startSecs() const { return m_startSecs; }
    int endSecs() const { return m_endSecs; }
    const QTimeZone& zone() const { return m_zone; }
    QDate validFrom() const { return m_validFrom; }
    /// Last local date on which an occurrence may open (min of valid_to and until); null = open-ended.
    QDate lastDate() const { return m_lastDate; }

private:
    bool matchesPattern(QDate d) const;
    bool matchesMonthly(QDate d) const;

    QString m_error;
    Freq m_freq = Freq::Weekly;
    int m_interval = 1;
    QDate m_anchor;               // dtstart, else valid_from: where interval counting starts
    bool m_anchorIsStart = false; // dtstart given: no occurrences before it (RFC 5545)
    int m_weekdayMask = 0;
    QList<fields::DayToken> m_monthWeekdays;
    QList<int> m_monthDates;
    int m_startSecs = 0;
    int m_endSecs = secsPerDay;
    QDate m_validFrom;
    QDate m_lastDate;
    int m_untilSecs = secsPerDay; // on m_lastDate, occurrences must open at or before this
    QTimeZone m_zone;
};

} // namespace pathways::schedule
