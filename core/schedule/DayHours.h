#pragma once

#include <QDate>
#include <QList>
#include <QPair>
#include <QTime>

namespace pathways::schedule {

/// One row of the "opening hours" week view (OpeningHours::weekTable()).
struct DayHours
{
    QDate date;
    Qt::DayOfWeek day = Qt::Monday;
    /// Opening intervals that START on this date, in the row's own zone and as written in the data,
    /// sorted by opening time. An overnight interval (Fri 22:00-02:00) is listed on the day it opens,
    /// so its closing time is earlier than its opening time; a closing time of 24:00 reads 00:00.
    QList<QPair<QTime, QTime>> intervals;
    /// Open around the clock on this date; `intervals` is then empty.
    bool allDay = false;
    /// At least one usable schedule row is in force on this date. False means the data says nothing
    /// about this day (no rows, or all expired / not yet valid): show "unknown", not "closed".
    bool known = false;
};

} // namespace pathways::schedule
