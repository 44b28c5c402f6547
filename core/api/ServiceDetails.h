#pragma once

#include "directory/ServiceRecord.h"
#include "schedule/DayHours.h"
#include "schedule/OpeningHours.h"
#include "schedule/ScheduleRule.h"

#include <QList>
#include <QString>

namespace pathways::api {

/// Everything a referral needs about one service, as the detail pane, `pathways-cli show` and the referral
/// slip render it. `record.hoursSummary` describes every valid schedule row; `hoursInForce` only those in
/// force on the day asked (seasonal schedules); both are empty when the data gives no hours.
struct ServiceDetails
{
    directory::ServiceRecord record;
    QList<schedule::ScheduleRule> schedules; ///< the HSDS rows as published
    QString hoursInForce;                    ///< summary of the rows in force on the day asked
    QList<schedule::DayHours> week;          ///< Monday first, the week of the day asked
    bool alwaysOpen = false;                 ///< the rows say 24/7 (never inferred from missing rows)
    bool noLongerRunning = false;   ///< HSDS status inactive or defunct (search/RunningServices.h)
    bool temporarilyClosed = false; ///< running, but closed for now
    schedule::OpenState openNow = schedule::OpenState::Unknown; ///< at the moment asked
};

} // namespace pathways::api
