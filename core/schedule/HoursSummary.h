#pragma once

#include "schedule/ParsedRule.h"

#include <QList>
#include <QString>

namespace pathways::schedule {

/// Turns parsed schedule rows into compact English text for lists and cards, e.g.
/// "Mon–Fri 09:00–17:00; Sat 10:00–13:00". Plain text on purpose: core has no tr(); the GUI builds
/// its own localized view from OpeningHours::weekTable().
class HoursSummary
{
public:
    /// Describes `rules` (all valid). Weekdays with identical hours are grouped, ordered by their
    /// first day ("Mon–Wed, Fri 09:00–17:00; Thu 09:00–12:00"; "Daily ..." when all seven agree);
    /// monthly and every-N rows follow as their own phrases ("1st Mon of the month 09:00–12:00").
    /// "24/7" when coversWholeWeek(); "" when there are no rules.
    static QString describe(const QList<const ParsedRule*>& rules);

    /// True when whole-day rows repeating every day/week cover all seven weekdays in one zone.
    static bool coversWholeWeek(const QList<const ParsedRule*>& rules);

    /// "09:00–17:00", "22:00–02:00" (overnight), "09:00–24:00"; seconds only when not zero.
    static QString formatInterval(int startSecs, int endSecs);

private:
    static QString weeklyPart(const QList<const ParsedRule*>& rules);
    static QString otherRulePart(const ParsedRule& rule);
};

} // namespace pathways::schedule
