// Opening hours: "is this office open now?" as a mediator in the field would ask it.
#include "ScheduleTestSupport.h"
#include "schedule/RuleFields.h"

#include <catch2/catch.hpp>
#include <thread>

using namespace pathways::schedule;
using namespace pathways::schedule::test;

// 2026-03-02 is a Monday; 2026-03-06 a Friday.

TEST_CASE("weekday office: opening minute is open, closing minute is closed")
{
    const OpeningHours h = hours({weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"))});
    CHECK(h.stateAt(local("2026-03-02T08:59:59")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-02T09:00:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-02T16:59:59")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-02T17:00:00")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-07T10:00")) == OpenState::Closed); // Saturday
    CHECK(h.stateAt(QDateTime()) == OpenState::Unknown);
}

TEST_CASE("seconds in opening times are honoured")
{
    const OpeningHours h = hours({weekly(weekdays, QStringLiteral("09:00:30"), QStringLiteral("17:00:00"))});
    CHECK(h.stateAt(local("2026-03-02T09:00:29")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-02T09:00:30")) == OpenState::Open);
}

TEST_CASE("overnight shelter Fri 22:00-02:00 is open early Saturday, counted on Friday")
{
    const OpeningHours h =
        hours({weekly(QStringLiteral("FR"), QStringLiteral("22:00"), QStringLiteral("02:00"))});
    CHECK(h.stateAt(local("2026-03-06T21:59")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-06T22:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-07T01:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-07T02:00")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-07T03:00")) == OpenState::Closed);
    // The weekday applies to the opening day: nothing opens Thursday night or Saturday night.
    CHECK(h.stateAt(local("2026-03-06T01:00")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-07T23:00")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-08T01:00")) == OpenState::Closed);
}

TEST_CASE("DST spring forward in Ljubljana keeps 09:00-17:00 on the local wall clock")
{
    // 2026-03-29 (Sunday): clocks jump 02:00 CET -> 03:00 CEST, so local = UTC+2 from then on.
    const OpeningHours h =
        hours({weekly(QStringLiteral("SA,SU,MO"), QStringLiteral("09:00"), QStringLiteral("17:00"))});
    // Saturday before the change: UTC+1.
    CHECK(h.stateAt(utc("2026-03-28T07:30")) == OpenState::Closed); // 08:30 local
    CHECK(h.stateAt(utc("2026-03-28T08:30")) == OpenState::Open);   // 09:30 local
    CHECK(h.stateAt(utc("2026-03-28T16:00")) == OpenState::Closed); // 17:00 local
    // The change day itself and the Monday after: UTC+2.
    CHECK(h.stateAt(utc("2026-03-29T06:59")) == OpenState::Closed); // 08:59 local
    CHECK(h.stateAt(utc("2026-03-29T07:30")) == OpenState::Open);   // 09:30 local
    CHECK(h.stateAt(utc("2026-03-29T15:00")) == OpenState::Closed); // 17:00 local
    CHECK(h.stateAt(utc("2026-03-30T07:30")) == OpenState::Open);   // 09:30 local
    CHECK(h.stateAt(utc("2026-03-30T14:59")) == OpenState::Open);   // 16:59 local
    CHECK(h.stateAt(local("2026-03-29T09:00")) == OpenState::Open);
}

TEST_CASE("DST fall back in Ljubljana keeps 09:00-17:00 on the local wall clock")
{
    // 2026-10-25 (Sunday): clocks go back 03:00 CEST -> 02:00 CET, so local = UTC+1 from then on.
    const OpeningHours h =
        hours({weekly(QStringLiteral("SA,SU"), QStringLiteral("09:00"), QStringLiteral("17:00"))});
    CHECK(h.stateAt(utc("2026-10-24T07:30")) == OpenState::Open);   // 09:30 CEST, day before
    CHECK(h.stateAt(utc("2026-10-24T15:00")) == OpenState::Closed); // 17:00 CEST
    CHECK(h.stateAt(utc("2026-10-25T07:30")) == OpenState::Closed); // 08:30 CET
    CHECK(h.stateAt(utc("2026-10-25T08:30")) == OpenState::Open);   // 09:30 CET
    CHECK(h.stateAt(utc("2026-10-25T15:59")) == OpenState::Open);   // 16:59 CET
    CHECK(h.stateAt(utc("2026-10-25T16:00")) == OpenState::Closed); // 17:00 CET
}

TEST_CASE("a Kyiv office is evaluated on Kyiv time whatever zone the question comes in")
{
    const OpeningHours h = hours(
        {weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("18:00"), QStringLiteral("Europe/Kyiv"))});
    // Winter: Kyiv is UTC+2, Ljubljana UTC+1.
    CHECK(h.stateAt(utc("2026-01-14T06:59")) == OpenState::Closed); // 08:59 Kyiv
    CHECK(h.stateAt(utc("2026-01-14T07:00")) == OpenState::Open);   // 09:00 Kyiv
    CHECK(h.stateAt(utc("2026-01-14T15:59")) == OpenState::Open);   // 17:59 Kyiv
    CHECK(h.stateAt(utc("2026-01-14T16:00")) == OpenState::Closed); // 18:00 Kyiv
    // Summer: Kyiv is UTC+3. 17:30 in Ljubljana is 18:30 in Kyiv: already closed.
    CHECK(h.stateAt(local("2026-07-15T17:30")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-07-15T08:30")) == OpenState::Open); // 09:30 Kyiv
}

TEST_CASE("a numeric UTC offset zone is a fixed offset")
{
    const OpeningHours h =
        hours({weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"), QStringLiteral("3"))});
    CHECK(h.stateAt(utc("2026-07-15T05:59")) == OpenState::Closed);
    CHECK(h.stateAt(utc("2026-07-15T06:00")) == OpenState::Open);
    CHECK(h.stateAt(utc("2026-01-14T13:59")) == OpenState::Open); // no DST: same UTC hours in winter
    CHECK(h.stateAt(utc("2026-01-14T14:00")) == OpenState::Closed);
}

TEST_CASE("time zone field forms")
{
    const QDateTime now = utc("2026-01-14T12:00");
    CHECK(fields::parseZone(QStringLiteral("1")).offsetFromUtc(now) == 3600);
    CHECK(fields::parseZone(QStringLiteral("-5")).offsetFromUtc(now) == -5 * 3600);
    CHECK(fields::parseZone(QStringLiteral("5.5")).offsetFromUtc(now) == 5 * 3600 + 1800);
    CHECK(fields::parseZone(QStringLiteral("+02:00")).offsetFromUtc(now) == 2 * 3600);
    CHECK(fields::parseZone(QStringLiteral("UTC+2")).offsetFromUtc(now) == 2 * 3600);
    CHECK(fields::parseZone(QStringLiteral("Europe/Kyiv")).offsetFromUtc(now) == 2 * 3600);
    CHECK(fields::parseZone(QStringLiteral("Europe/Kiev")).offsetFromUtc(now) == 2 * 3600); // old spelling
    CHECK_FALSE(fields::parseZone(QStringLiteral("Mars/Olympus")).isValid());
    CHECK_FALSE(fields::parseZone(QStringLiteral("somewhere")).isValid());
    CHECK_FALSE(fields::parseZone(QStringLiteral("+25")).isValid());

    // Unreadable or empty zone: the default zone (Ljubljana) is used, and the row stays valid.
    const OpeningHours h = hours(
        {weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"), QStringLiteral("somewhere"))});
    CHECK(h.stateAt(utc("2026-01-14T08:00")) == OpenState::Open); // 09:00 Ljubljana
    CHECK(h.stateAt(utc("2026-01-14T07:59")) == OpenState::Closed);
}

TEST_CASE("a field read again or first on another thread reads as the first time")
{
    // The parses are kept per thread (FieldMemo): a second meeting, an error's reason, and a thread that has
    // not seen the text yet must all answer as a fresh parse does.
    const auto readAll = [] {
        QStringList seen;
        for (int round = 0; round < 3; ++round) {
            QString why;
            const auto days = fields::parseByDay(QStringLiteral("MO,XX"), &why);
            seen << (days ? QStringLiteral("days") : why);
            why.clear();
            const auto good = fields::parseByDay(QStringLiteral("MO, we ,FR"), &why);
            seen << QString::number(good ? good->size() : -1) + why;
            seen << QString::number(fields::parseTimeOfDay(QStringLiteral(" 09:30 ")).value_or(-1));
            seen << QString::number(fields::parseTimeOfDay(QStringLiteral("25:00")).value_or(-1));
            seen << QString::number(
                fields::parseZone(QStringLiteral("Europe/Kyiv")).offsetFromUtc(utc("2026-01-14T12:00")));
            seen << (fields::parseZone(QStringLiteral("somewhere")).isValid() ? QStringLiteral("valid")
                                                                              : QStringLiteral("invalid"));
        }
        return seen;
    };
    const QStringList here = readAll();
    const QStringList expected{
        QStringLiteral("bad byday token \"XX\" (expected MO..SU, optionally with 1..5 or "
                       "-1..-5)"),
        QStringLiteral("3"),
        QStringLiteral("34200"),
        QStringLiteral("-1"),
        QStringLiteral("7200"),
        QStringLiteral("invalid")};
    REQUIRE(here.size() == 18);
    for (int round = 0; round < 3; ++round)
        CHECK(here.mid(round * 6, 6) == expected);
    QStringList there;
    std::thread other([&] { there = readAll(); });
    other.join();
    CHECK(there == here);
    // Many distinct texts (hostile data) start the memory again and still read right.
    for (int minute = 0; minute < 600; ++minute)
        CHECK(fields::parseTimeOfDay(
                  QStringLiteral("%1:%2").arg(minute / 60).arg(minute % 60, 2, 10, QLatin1Char('0'))) ==
              minute * 60);
    CHECK(readAll() == here);
}

TEST_CASE("a row whose valid_to has passed no longer applies")
{
    ScheduleRule old = weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"));
    old.validTo = QStringLiteral("2025-12-31");
    CHECK(hours({old}).stateAt(local("2025-12-31T10:00")) == OpenState::Open); // valid_to is inclusive
    // Only expired rows: the schedule is out of date, so Unknown, not Closed.
    CHECK(hours({old}).stateAt(local("2026-01-14T10:00")) == OpenState::Unknown);

    ScheduleRule current = weekly(QStringLiteral("WE"), QStringLiteral("13:00"), QStringLiteral("15:00"));
    current.validFrom = QStringLiteral("2026-01-01");
    const OpeningHours h = hours({old, current});
    CHECK(h.stateAt(local("2026-01-14T10:00")) == OpenState::Closed); // old hours no longer count
    CHECK(h.stateAt(local("2026-01-14T13:30")) == OpenState::Open);
}

TEST_CASE("a row whose valid_from is in the future does not apply yet")
{
    ScheduleRule summer = weekly(QStringLiteral("SA"), QStringLiteral("10:00"), QStringLiteral("13:00"));
    summer.validFrom = QStringLiteral("2026-06-01");
    CHECK(hours({summer}).stateAt(local("2026-01-10T11:00")) == OpenState::Unknown);
    CHECK(hours({summer}).stateAt(local("2026-06-06T11:00")) == OpenState::Open);

    const OpeningHours h =
        hours({summer, weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"))});
    CHECK(h.stateAt(local("2026-01-10T11:00")) == OpenState::Closed); // a January Saturday
    CHECK(h.stateAt(local("2026-06-06T11:00")) == OpenState::Open);
}

TEST_CASE("until ends the recurrence inclusively")
{
    ScheduleRule r = weekly(QStringLiteral("MO"), QStringLiteral("09:00"), QStringLiteral("12:00"));
    r.until = QStringLiteral("2026-03-09");
    const OpeningHours h = hours({r});
    CHECK(h.stateAt(local("2026-03-09T10:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-16T10:00")) == OpenState::Unknown);
}

TEST_CASE("24/7 forms are always open")
{
    ScheduleRule midnight =
        weekly(QStringLiteral("MO,TU,WE,TH,FR,SA,SU"), QStringLiteral("00:00"), QStringLiteral("00:00"));
    ScheduleRule end24 =
        weekly(QStringLiteral("MO,TU,WE,TH,FR,SA,SU"), QStringLiteral("00:00"), QStringLiteral("24:00"));
    ScheduleRule end2359 =
        weekly(QStringLiteral("MO,TU,WE,TH,FR,SA,SU"), QStringLiteral("00:00"), QStringLiteral("23:59"));
    ScheduleRule end235959 = weekly(QStringLiteral("MO,TU,WE,TH,FR,SA,SU"), QStringLiteral("00:00:00"),
                                    QStringLiteral("23:59:59"));
    ScheduleRule dailyNoTimes;
    dailyNoTimes.freq = QStringLiteral("DAILY");
    ScheduleRule dailyMidnight = weekly({}, QStringLiteral("00:00"), QStringLiteral("00:00"));
    dailyMidnight.freq = QStringLiteral("DAILY");

    const auto form =
        GENERATE_COPY(midnight, end24, end2359, end235959, dailyNoTimes, dailyMidnight);
    const OpeningHours h = hours({form});
    CHECK(h.isAlwaysOpen());
    CHECK(h.summary() == QStringLiteral("24/7"));
    for (const char* when : {"2026-03-02T00:00", "2026-03-02T23:59:30", "2026-03-08T12:00"})
        CHECK(h.stateAt(local(when)) == OpenState::Open);
    // Right after spring forward, and both 02:30s of the fall-back night.
    for (const char* when : {"2026-03-29T01:00", "2026-10-25T00:30", "2026-10-25T01:30"})
        CHECK(h.stateAt(utc(when)) == OpenState::Open);
    CHECK_FALSE(h.nextChange(local("2026-03-02T12:00")).has_value());
}

TEST_CASE("a row with no days and no times gives no hours, never 24/7")
{
    // Exporters write placeholder rows holding only ids (one export: 158 of them, 151 services "24/7").
    ScheduleRule idsOnly;
    idsOnly.id = QStringLiteral("sch-2");
    ScheduleRule zoneAndText;
    zoneAndText.id = QStringLiteral("sch-3");
    zoneAndText.timezone = QStringLiteral("Europe/Ljubljana");
    zoneAndText.description = QStringLiteral("call for hours");
    zoneAndText.validFrom = QStringLiteral("2026-01-01");
    const auto placeholder = GENERATE_COPY(idsOnly, zoneAndText);
    CHECK(placeholder.givesNoHours());

    const OpeningHours alone = hours({placeholder});
    CHECK_FALSE(alone.isAlwaysOpen());
    CHECK(alone.summary().isEmpty());
    CHECK(alone.stateAt(local("2026-03-08T03:00")) == OpenState::Unknown); // a Sunday, 3 am
    CHECK(alone.ruleCount() == 1);
    CHECK(alone.validRuleCount() == 0);
    CHECK(alone.problems().isEmpty()); // not a broken row: it says nothing
    for (const DayHours& day : alone.weekTable(QDate(2026, 3, 2)))
        CHECK_FALSE(day.known);
    QString why = QStringLiteral("unset");
    CHECK(OpeningHours::validate(placeholder, &why));
    CHECK(why.isEmpty());

    // Beside real hours it changes nothing.
    const OpeningHours withHours =
        hours({placeholder, weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("16:00"))});
    CHECK(withHours.summary() == QStringLiteral("Mon–Fri 09:00–16:00"));
    CHECK(withHours.stateAt(local("2026-03-02T10:00")) == OpenState::Open);
    CHECK(withHours.stateAt(local("2026-03-08T03:00")) == OpenState::Closed);

    // One day field or one time is enough to be a rule (all day on its days / every day).
    ScheduleRule daily;
    daily.freq = QStringLiteral("DAILY");
    CHECK_FALSE(daily.givesNoHours());
    ScheduleRule timesOnly;
    timesOnly.opensAt = QStringLiteral("09:00");
    timesOnly.closesAt = QStringLiteral("12:00");
    CHECK_FALSE(timesOnly.givesNoHours());
    CHECK(hours({timesOnly}).summary() == QStringLiteral("Daily 09:00–12:00"));
}

TEST_CASE("round-the-clock on some days only is not 24/7")
{
    const OpeningHours h = hours({weekly(weekdays, QStringLiteral("00:00"), QStringLiteral("24:00"))});
    CHECK_FALSE(h.isAlwaysOpen());
    CHECK(h.stateAt(local("2026-03-06T23:59")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-07T00:00")) == OpenState::Closed);
    CHECK(h.summary() == QStringLiteral("Mon–Fri all day"));

    // Weekdays and weekend as separate round-the-clock rows do add up to 24/7.
    CHECK(hours({weekly(weekdays, QStringLiteral("00:00"), QStringLiteral("24:00")),
                 weekly(QStringLiteral("SA,SU"), QStringLiteral("00:00"), QStringLiteral("00:00"))})
              .isAlwaysOpen());
}

TEST_CASE("monthly: first Monday, last Friday and days of the month")
{
    ScheduleRule firstMonday =
        weekly(QStringLiteral("1MO"), QStringLiteral("09:00"), QStringLiteral("12:00"));
    firstMonday.freq = QStringLiteral("MONTHLY");
    const OpeningHours fm = hours({firstMonday});
    CHECK(fm.stateAt(local("2026-03-02T10:00")) == OpenState::Open);
    CHECK(fm.stateAt(local("2026-03-09T10:00")) == OpenState::Closed);
    CHECK(fm.stateAt(local("2026-04-06T10:00")) == OpenState::Open);
    CHECK(fm.summary() == QStringLiteral("1st Mon of the month 09:00–12:00"));

    ScheduleRule lastFriday = firstMonday;
    lastFriday.byday = QStringLiteral("-1FR");
    const OpeningHours lf = hours({lastFriday});
    CHECK(lf.stateAt(local("2026-03-27T10:00")) == OpenState::Open);
    CHECK(lf.stateAt(local("2026-03-20T10:00")) == OpenState::Closed);

    ScheduleRule days;
    days.freq = QStringLiteral("MONTHLY");
    days.bymonthday = QStringLiteral("1,15,-1");
    days.opensAt = QStringLiteral("10:00");
    days.closesAt = QStringLiteral("12:00");
    const OpeningHours d = hours({days});
    CHECK(d.stateAt(local("2026-03-15T11:00")) == OpenState::Open);
    CHECK(d.stateAt(local("2026-03-16T11:00")) == OpenState::Closed);
    CHECK(d.stateAt(local("2026-02-28T11:00")) == OpenState::Open); // last day of February
    CHECK(d.stateAt(local("2026-02-27T11:00")) == OpenState::Closed);
    CHECK(d.stateAt(local("2026-03-01T11:00")) == OpenState::Open);
}

TEST_CASE("every other week counts from dtstart")
{
    ScheduleRule r = weekly(QStringLiteral("MO"), QStringLiteral("09:00"), QStringLiteral("12:00"));
    r.interval = 2;
    r.dtstart = QStringLiteral("2026-03-02");
    const OpeningHours h = hours({r});
    CHECK(h.stateAt(local("2026-03-02T10:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-09T10:00")) == OpenState::Closed);
    CHECK(h.stateAt(local("2026-03-16T10:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-12-21T10:00")) == OpenState::Open);   // 42 weeks later, across months
    CHECK(h.stateAt(local("2026-12-28T10:00")) == OpenState::Closed); // 43 weeks later
    CHECK(h.summary() == QStringLiteral("every 2 weeks Mon 09:00–12:00"));

    r.dtstart.clear(); // nothing to count from
    QString why;
    CHECK_FALSE(OpeningHours::validate(r, &why));
    CHECK(why.contains(QStringLiteral("interval")));
}

TEST_CASE("no schedule rows means unknown, not closed")
{
    const OpeningHours h = hours({});
    CHECK(h.stateAt(local("2026-03-02T10:00")) == OpenState::Unknown);
    CHECK_FALSE(h.isAlwaysOpen());
    CHECK(h.summary().isEmpty());
    CHECK_FALSE(h.nextChange(local("2026-03-02T10:00")).has_value());
    const QList<DayHours> week = h.weekTable(QDate(2026, 3, 4));
    REQUIRE(week.size() == 7);
    CHECK_FALSE(week[0].known);
}

TEST_CASE("invalid rows are ignored and validate() says why")
{
    QString why;
    const ScheduleRule badTime = weekly(weekdays, QStringLiteral("9am"), QStringLiteral("17:00"));
    CHECK_FALSE(OpeningHours::validate(badTime, &why));
    CHECK(why.contains(QStringLiteral("bad time format")));
    CHECK(why.contains(QStringLiteral("opens_at")));

    ScheduleRule badFreq = weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"));
    badFreq.freq = QStringLiteral("YEARLY");
    CHECK_FALSE(OpeningHours::validate(badFreq, &why));
    CHECK(why.contains(QStringLiteral("unknown freq")));

    CHECK_FALSE(OpeningHours::validate(
        weekly(QStringLiteral("MO,XX"), QStringLiteral("09:00"), QStringLiteral("17:00")), &why));
    CHECK(why.contains(QStringLiteral("byday")));
    CHECK_FALSE(OpeningHours::validate(
        weekly(QStringLiteral("1MO"), QStringLiteral("09:00"), QStringLiteral("17:00")), &why));
    CHECK(why.contains(QStringLiteral("MONTHLY")));

    ScheduleRule badDate = weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"));
    badDate.validFrom = QStringLiteral("2026-13-01");
    CHECK_FALSE(OpeningHours::validate(badDate, &why));
    CHECK(why.contains(QStringLiteral("valid_from")));

    ScheduleRule reversed = weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"));
    reversed.validFrom = QStringLiteral("2026-06-01");
    reversed.validTo = QStringLiteral("2026-05-01");
    CHECK_FALSE(OpeningHours::validate(reversed, &why));
    CHECK(why.contains(QStringLiteral("before valid_from")));

    const ScheduleRule good = weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("17:00"));
    CHECK(OpeningHours::validate(good, &why));
    CHECK(why.isEmpty());

    // Only an invalid row: nothing trustworthy to say.
    CHECK(hours({badTime}).stateAt(local("2026-03-02T10:00")) == OpenState::Unknown);
    // An invalid row next to a valid one: the valid one decides, the bad one is reported.
    const OpeningHours mixed =
        hours({badTime, weekly(QStringLiteral("SA"), QStringLiteral("10:00"), QStringLiteral("13:00"))});
    CHECK(mixed.stateAt(local("2026-03-02T10:00")) == OpenState::Closed);
    CHECK(mixed.stateAt(local("2026-03-07T10:00")) == OpenState::Open);
    CHECK(mixed.ruleCount() == 2);
    CHECK(mixed.validRuleCount() == 1);
    REQUIRE(mixed.problems().size() == 1);
    CHECK(mixed.problems().first().contains(QStringLiteral("9am")));
}

TEST_CASE("several rows combine: open when any says open")
{
    const OpeningHours h =
        hours({weekly(weekdays, QStringLiteral("09:00"), QStringLiteral("12:00")),
               weekly(weekdays, QStringLiteral("13:00"), QStringLiteral("17:00")),
               weekly(QStringLiteral("SA"), QStringLiteral("10:00"), QStringLiteral("13:00"))});
    CHECK(h.stateAt(local("2026-03-03T11:59")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-03T12:30")) == OpenState::Closed); // lunch break
    CHECK(h.stateAt(local("2026-03-03T13:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-07T12:00")) == OpenState::Open);
    CHECK(h.stateAt(local("2026-03-08T12:00")) == OpenState::Closed);
    CHECK(h.summary() == QStringLiteral("Mon–Fri 09:00–12:00, 13:00–17:00; Sat 10:00–13:00"));
}
