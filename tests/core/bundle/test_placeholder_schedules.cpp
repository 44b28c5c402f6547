// A CSV bundle made by an older Pathways may hold schedule rows with nothing but ids (exporters write
// such placeholders). Its manifest counts them, so the installer must keep them to pass step 7 -- and
// then they must show no hours and never match "open at", which they did as "24/7" before.
#include "BundleTestSupport.h"
#include "api/DirectoryReader.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

// schedules.csv in the HSDS 3.0 shape: svc-1 has weekday hours and a placeholder, svc-2 only a placeholder.
const QByteArray kSchedules = "id,service_id,freq,byday,opens_at,closes_at,timezone,description\n"
                              "sch-1,svc-1,WEEKLY,\"MO,TU,WE,TH,FR\",09:00,16:00,Europe/Ljubljana,\n"
                              "sch-2,svc-1,,,,,,\n"
                              "sch-3,svc-2,,,,,,call for hours\n";

QStringList idsOf(const api::ResultPage& page)
{
    QStringList ids;
    for (const api::ResultRow& row : page.rows)
        ids << row.id;
    return ids;
}

} // namespace

TEST_CASE("a CSV bundle whose schedules hold only ids installs, and they give no hours",
          "[placeholder-schedules]")
{
    test::InstalledFixture f(2);
    f.forge.files << bundle::ArchiveMember{QStringLiteral("schedules.csv"), kSchedules};
    const auto outcome = f.apply(f.forge.build(3));
    INFO(outcome.verify.reason.toStdString());
    REQUIRE(outcome.installed);
    CHECK(f.forge.manifest.counts.value(QStringLiteral("schedule")) == 3);

    auto reader = api::DirectoryReader::open(f.data);
    REQUIRE(reader);
    const QStringList languages{QStringLiteral("en")};
    const QTimeZone zone("Europe/Ljubljana");

    search::SearchQuery sundayNight;
    sundayNight.openAt = QDateTime(QDate(2026, 3, 8), QTime(3, 0), zone);
    const auto closedHours = (*reader)->search(sundayNight, languages);
    REQUIRE(closedHours);
    CHECK(idsOf(*closedHours).isEmpty());

    search::SearchQuery mondayMorning;
    mondayMorning.openAt = QDateTime(QDate(2026, 3, 2), QTime(10, 0), zone);
    const auto open = (*reader)->search(mondayMorning, languages);
    REQUIRE(open);
    CHECK(idsOf(*open) == QStringList{QStringLiteral("svc-1")});

    const auto placeholderOnly = (*reader)->details(QStringLiteral("svc-2"), languages,
                                                    QDateTime(QDate(2026, 3, 8), QTime(3, 0), zone));
    REQUIRE(placeholderOnly);
    CHECK(placeholderOnly->schedules.size() == 1); // kept as published
    CHECK_FALSE(placeholderOnly->alwaysOpen);
    CHECK(placeholderOnly->hoursInForce.isEmpty());
    CHECK(placeholderOnly->record.hoursSummary.isEmpty());
    CHECK(placeholderOnly->openNow == schedule::OpenState::Unknown);

    const auto withHours = (*reader)->details(QStringLiteral("svc-1"), languages,
                                              QDateTime(QDate(2026, 3, 2), QTime(10, 0), zone));
    REQUIRE(withHours);
    CHECK(withHours->record.hoursSummary == QStringLiteral("Mon–Fri 09:00–16:00"));
    CHECK(withHours->openNow == schedule::OpenState::Open);
}
