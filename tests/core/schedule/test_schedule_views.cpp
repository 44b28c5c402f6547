// The opening-hours views: week table, summary line and "opens at ..." (nextChange).
#include "ScheduleTestSupport.h"

#include <catch2/catch.hpp>

using namespace pathways::schedule;
using namespace pathways::schedule::test;

// 2026-03-02 is a Monday; 2026-03-06 a Friday.

TEST_CASE("week table and summary for a Mon-Fri plus Saturday office")
{
    const OpeningHours h =
        hours({weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00")),
               weekly(QStringLiteral("SA"), QStringLiteral("10:00"), QStringLiteral("13:00"))});
    CHECK(h.summary() == QStringLiteral("Mon–Fri 09:00–17:00; Sat 10:00–13:00"));

    const QList<DayHours> week = h.weekTable(QDate(2026, 3, 4)); // a Wednesday
    REQUIRE(week.size() == 7);
    CHECK(week[0].date == QDate(2026, 3, 2));
    CHECK(week[0].day == Qt::Monday);
    CHECK(week[6].day == Qt::Sunday);
    for (int i = 0; i < 5; ++i) {
        REQUIRE(week[i].intervals.size() == 1);
        CHECK(week[i].intervals[0] == qMakePair(QTime(9, 0), QTime(17, 0)));
        CHECK(week[i].known);
        CHECK_FALSE(week[i].allDay);
    }
    REQUIRE(week[5].intervals.size() == 1);
    CHECK(week[5].intervals[0] == qMakePair(QTime(10, 0), QTime(13, 0)));
    CHECK(week[6].intervals.isEmpty()); // Sunday: known to be closed
    CHECK(week[6].known);
}

TEST_CASE("week table lists an overnight interval on its opening day")
{
    const OpeningHours h =
        hours({weekly(QStringLiteral("FR"), QStringLiteral("22:00"), QStringLiteral("02:00"))});
    const QList<DayHours> week = h.weekTable(QDate(2026, 3, 8));
    REQUIRE(week[4].intervals.size() == 1);
    CHECK(week[4].intervals[0] == qMakePair(QTime(22, 0), QTime(2, 0)));
    CHECK(week[5].intervals.isEmpty());
    CHECK(h.summary() == QStringLiteral("Fri 22:00–02:00"));
}

TEST_CASE("summary scopes to rows in force on a date")
{
    ScheduleRule winter = weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"));
    winter.validTo = QStringLiteral("2026-05-31");
    ScheduleRule summer = weekly(weekdays, QStringLiteral("08:00"), QStringLiteral("14:00"));
    summer.validFrom = QStringLiteral("2026-06-01");
    const OpeningHours h = hours({winter, summer});
    CHECK(h.summary(QDate(2026, 1, 10)) == QStringLiteral("Mon–Fri 09:00–17:00"));
    CHECK(h.summary(QDate(2026, 7, 10)) == QStringLiteral("Mon–Fri 08:00–14:00"));
}

TEST_CASE("nextChange tells when it next opens or closes")
{
    const OpeningHours h = hours({weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"))});
    // Friday evening: next opening is Monday 09:00.
    CHECK(h.nextChange(local("2026-03-06T18:00")) == local("2026-03-09T09:00"));
    // Open now: closes at 17:00 today.
    CHECK(h.nextChange(local("2026-03-02T10:00")) == local("2026-03-02T17:00"));
    // Asked exactly at opening: the next change is the closing.
    CHECK(h.nextChange(local("2026-03-02T09:00")) == local("2026-03-02T17:00"));
    // Opening time inside the DST gap (02:30 does not exist on 2026-03-29): opens when the gap ends.
    const OpeningHours early =
        hours({weekly(QStringLiteral("SU"), QStringLiteral("02:30"), QStringLiteral("05:00"))});
    CHECK(early.stateAt(utc("2026-03-29T00:59")) == OpenState::Closed); // 01:59 CET
    CHECK(early.stateAt(utc("2026-03-29T01:00")) == OpenState::Open);   // 03:00 CEST
    CHECK(early.nextChange(local("2026-03-28T12:00")) == utc("2026-03-29T01:00"));
    // Across the spring DST change: Monday 09:00 CEST.
    CHECK(h.nextChange(local("2026-03-27T18:00")) == local("2026-03-30T09:00"));

    // Lunch breaks: contiguous rows don't produce a fake change.
    const OpeningHours split = hours({weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("12:00")),
                                      weekly(weekdays, QStringLiteral("12:00"), QStringLiteral("17:00"))});
    CHECK(split.nextChange(local("2026-03-02T10:00")) == local("2026-03-02T17:00"));

    // A monthly service more than two weeks away: not found within the window.
    ScheduleRule monthly = weekly(QStringLiteral("1MO"), QStringLiteral("09:00"), QStringLiteral("12:00"));
    monthly.freq = QStringLiteral("MONTHLY");
    CHECK_FALSE(hours({monthly}).nextChange(local("2026-03-03T10:00")).has_value());
}

TEST_CASE("summary phrases monthly and every-N rows")
{
    ScheduleRule lastFriday =
        weekly(QStringLiteral("-1FR"), QStringLiteral("14:00"), QStringLiteral("16:00"));
    lastFriday.freq = QStringLiteral("MONTHLY");
    ScheduleRule days;
    days.freq = QStringLiteral("MONTHLY");
    days.bymonthday = QStringLiteral("1,15,-1");
    days.opensAt = QStringLiteral("10:00");
    days.closesAt = QStringLiteral("12:00");
    ScheduleRule everyThird;
    everyThird.freq = QStringLiteral("DAILY");
    everyThird.interval = 3;
    everyThird.validFrom = QStringLiteral("2026-03-01");
    everyThird.opensAt = QStringLiteral("08:00");
    everyThird.closesAt = QStringLiteral("10:00");
    const OpeningHours h = hours(
        {weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00")), lastFriday, days, everyThird});
    CHECK(h.summary() ==
          QStringLiteral("Mon–Fri 09:00–17:00; last Fri of the month 14:00–16:00; "
                         "days 1, 15 and last day of the month 10:00–12:00; every 3 days 08:00–10:00"));
    CHECK(hours({weekly(QStringLiteral("MO,TU,WE,TH,FR,SA,SU"), QStringLiteral("08:00"),
                        QStringLiteral("20:00"))})
              .summary() == QStringLiteral("Daily 08:00–20:00"));
    CHECK(hours({weekly(QStringLiteral("MO,WE,FR"), QStringLiteral("09:00"), QStringLiteral("12:00"))})
              .summary() == QStringLiteral("Mon, Wed, Fri 09:00–12:00"));
}
