// Opening hours as a coordinator types them into a sheet: read into schedule rows when every word is
// understood, never guessed otherwise.
#include "ScheduleTestSupport.h"
#include "schedule/WrittenHours.h"

#include <catch2/catch.hpp>

using namespace pathways::schedule;
using namespace pathways::schedule::test;

namespace {

// The rows as "BYDAY HH:MM-HH:MM" lines, and their summary as the details show it.
QStringList rowsOf(const WrittenHours& hours)
{
    QStringList rows;
    for (const ScheduleRule& r : hours.rules)
        rows << QStringLiteral("%1 %2-%3").arg(r.byday, r.opensAt, r.closesAt);
    return rows;
}

QString summaryOf(const WrittenHours& hours)
{
    return OpeningHours(hours.rules, QTimeZone(ljubljana)).summary();
}

} // namespace

TEST_CASE("written hours in English, Slovenian and Ukrainian")
{
    const auto enDash = WrittenHours::parse(QStringLiteral("Mon–Fri 9–16"));
    CHECK(enDash.problem.isEmpty());
    CHECK(rowsOf(enDash) == QStringList{QStringLiteral("MO,TU,WE,TH,FR 09:00-16:00")});
    CHECK(summaryOf(enDash) == QStringLiteral("Mon–Fri 09:00–16:00"));

    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("pon–pet 9.00–16.00"))) == rowsOf(enDash));
    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("Pon. - pet.: 9.00 do 16.00"))) == rowsOf(enDash));
    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("Monday to Friday 9am-4pm"))) == rowsOf(enDash));

    const auto split = WrittenHours::parse(QStringLiteral("пн-пт 9:00-13:00, 14:00-18:00"));
    CHECK(split.problem.isEmpty());
    CHECK(rowsOf(split) == QStringList{QStringLiteral("MO,TU,WE,TH,FR 09:00-13:00"),
                                       QStringLiteral("MO,TU,WE,TH,FR 14:00-18:00")});

    const auto twoGroups = WrittenHours::parse(QStringLiteral("Mon-Fri 9-16; Sat 9-12"));
    CHECK(summaryOf(twoGroups) == QStringLiteral("Mon–Fri 09:00–16:00; Sat 09:00–12:00"));
    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("Mon-Fri 9-16, Sat 9-12"))) == rowsOf(twoGroups));
    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("pon-pet 9-16\nsob 9-12"))) == rowsOf(twoGroups));

    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("Tue, Thu 10am–2pm"))) ==
          QStringList{QStringLiteral("TU,TH 10:00-14:00")});
    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("torek in četrtek 10-14"))) ==
          QStringList{QStringLiteral("TU,TH 10:00-14:00")});
    CHECK(rowsOf(WrittenHours::parse(QStringLiteral("Fri 22-2"))) ==
          QStringList{QStringLiteral("FR 22:00-02:00")});
    // Closed days add nothing; the open ones are kept.
    const auto closed = WrittenHours::parse(QStringLiteral("Mon–Fri 9–16, Sat–Sun closed"));
    CHECK(closed.problem.isEmpty());
    CHECK(rowsOf(closed) == rowsOf(enDash));
}

TEST_CASE("round the clock, written several ways, is 24/7")
{
    for (const char* text :
         {"24/7", "Non-stop", "vsak dan 0–24", "daily 0-24", "цілодобово", "щодня 00:00-24:00"}) {
        INFO(text);
        const auto hours = WrittenHours::parse(QString::fromUtf8(text));
        CHECK(hours.problem.isEmpty());
        const OpeningHours evaluated(hours.rules, QTimeZone(ljubljana));
        CHECK(evaluated.isAlwaysOpen());
        CHECK(evaluated.summary() == QStringLiteral("24/7"));
    }
    CHECK(summaryOf(WrittenHours::parse(QStringLiteral("every day 8-20"))) ==
          QStringLiteral("Daily 08:00–20:00"));
}

TEST_CASE("hours that cannot be read give no rows and say why, never a guess")
{
    const struct
    {
        const char* text;
        const char* why;
    } cases[] = {
        {"po dogovoru", "\"dogovoru\""}, // "by appointment": "po" could be Monday, "dogovoru" is no day
        {"by appointment", "\"by\""},
        {"9–16", "times without days"}, // which days? not guessed
        {"Mon–Fri", "days without times"},
        {"Mon–Fri 9–16 (summer)", "\"(\""},
        {"Mon 9", "a time without the time it ends"},
        {"Mon 25-26", "not a time of day"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto hours = WrittenHours::parse(QString::fromUtf8(c.text));
        CHECK(hours.rules.isEmpty());
        CHECK(hours.problem.contains(QString::fromUtf8(c.why)));
    }
    CHECK(WrittenHours::parse(QString()).rules.isEmpty());
    CHECK(WrittenHours::parse(QString()).problem.isEmpty());
}
