#pragma once

#include "schedule/ScheduleRule.h"

#include <QList>
#include <QString>

namespace pathways::schedule {

/// Opening hours as people write them in a referral-pathway table, read into HSDS schedule rows:
/// "Mon–Fri 9–16", "pon–pet 9.00–16.00; sob 9–12", "пн-пт 9:00-13:00, 14:00-18:00", "Tue, Thu 10am–2pm",
/// "daily 8–20", "vsak dan 0–24", "24/7", "non-stop", "цілодобово".
///
/// Day names and abbreviations in English, Slovenian and Ukrainian; ranges with -, –, to, do, до; times as
/// 9, 9:00, 9.00, 9h, 9am; several intervals after one set of days; groups separated by ; or a new line or
/// a comma. "closed" (zaprto, зачинено) after days adds no row. Nothing is guessed: a text with any word or
/// number it cannot place, or times without days, is not understood (`problem` says what stopped it) and
/// gives no rows, so the caller keeps it as text.
struct WrittenHours
{
    QList<ScheduleRule> rules; ///< WEEKLY rows with byday and opens_at/closes_at ("HH:MM"); zone left empty
    QString problem;           ///< empty when the whole text was understood

    static WrittenHours parse(const QString& text);
};

} // namespace pathways::schedule
