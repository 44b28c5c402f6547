#pragma once

#include "directory/ServiceRecord.h"
#include "schedule/OpeningHours.h"

#include <QList>
#include <QString>
#include <optional>

namespace pathways::api {

/// One row of a result list: everything either front end shows of a service in a list, in the user's
/// languages (category and audience names localized), read on the thread that searched.
struct ResultRow
{
    QString id;
    directory::LocalizedText name;
    QString organization;
    QList<directory::TermRef> categories; ///< code + name in the user's language
    QList<directory::TermRef> audiences;
    QString municipality;             ///< first municipality of its locations, empty when none
    std::optional<double> distanceKm; ///< to the nearest location, when the query has an origin
    schedule::OpenState open = schedule::OpenState::Unknown; ///< at the query's openAt, or now
    bool alwaysOpen = false;                                 ///< its schedule says 24/7
    double score = 0;                                        ///< comparable within one page only
    QString verified; ///< ISO date a person last verified the record (assured_date); empty if never
    std::optional<qint64>
        verifiedDaysAgo; ///< days from `verified` to the search; absent when never or unreadable
    bool demonstration = false;
    /// HSDS status as the data writes it: "active", "temporarily closed", "inactive", "defunct"; empty when
    /// the record gives none (read as running). search::isNoLongerRunning tells the ended ones.
    QString status;
    bool noLongerRunning = false;   ///< inactive or defunct (search::isNoLongerRunning)
    bool temporarilyClosed = false; ///< running, but closed for now
};

/// One page of ranked results.
struct ResultPage
{
    QList<ResultRow> rows;
    bool more = false;              ///< further results exist past offset + limit
    qint64 total = 0;               ///< services the query matches in all (the true count, not the page)
    bool totalIsLowerBound = false; ///< the count stopped at a cap: show it as "10,000+"
};

} // namespace pathways::api
