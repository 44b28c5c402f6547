#pragma once

#include <QString>

namespace pathways::schedule {

/// One HSDS 3.0 `schedule` row, as text (exactly as stored), for evaluation by OpeningHours.
struct ScheduleRule
{
    QString id;
    QString freq; ///< WEEKLY, MONTHLY, DAILY (RFC 5545), empty = weekly when byday is set
    int interval = 1;
    QString byday;      ///< "MO,TU" or with ordinals for MONTHLY ("1MO,-1FR")
    QString bymonthday; ///< "1,15"
    QString opensAt;    ///< "09:00" or "09:00:00"; empty with closesAt empty means all day
    QString closesAt;   ///< may be earlier than opensAt: closes after midnight (overnight)
    QString validFrom;  ///< ISO date, inclusive
    QString validTo;    ///< ISO date, inclusive
    QString dtstart;
    QString until;
    QString
        timezone; ///< IANA name ("Europe/Ljubljana") or UTC offset in hours ("1", "+02:00"); empty = default
    QString description;

    /// No days and no times (no freq, byday, bymonthday, dtstart, opens_at, closes_at): the row says
    /// nothing about when the service opens. Exporters write such placeholder rows holding only ids;
    /// read as a rule they would mean "every day, all day" and send people to a closed door at 3 am.
    bool givesNoHours() const
    {
        return freq.trimmed().isEmpty() && byday.trimmed().isEmpty() && bymonthday.trimmed().isEmpty() &&
               dtstart.trimmed().isEmpty() && opensAt.trimmed().isEmpty() && closesAt.trimmed().isEmpty();
    }
};

} // namespace pathways::schedule
