#include "SearchFixture.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "search/FacetCounter.h"
#include "search/OpenStateCache.h"

#include <catch2/catch.hpp>

using pathways::search::FacetCounter;
using pathways::search::FacetCounts;
using pathways::search::OpenStateCache;
using pathways::search::SearchQuery;
using pathways::test::SearchFixture;

namespace {
qint64 countOf(const FacetCounts& counts, const QString& kind, const QString& value)
{
    for (const auto& v : counts.byKind.value(kind))
        if (v.value == value)
            return v.count;
    return 0;
}
} // namespace

TEST_CASE("facet counts follow the text of the query")
{
    SearchFixture fixture;
    FacetCounter counter(fixture.connection());
    SearchQuery query;
    auto counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == 9);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("daily-centre")) == 3);
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("ljubljana")) == 3);
    CHECK(countOf(counts, QStringLiteral("language"), QStringLiteral("uk")) == 2);
    CHECK(countOf(counts, QStringLiteral("free"), QStringLiteral("free")) == 1);

    query.text = QStringLiteral("legal");
    counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == 2);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("legal-aid")) == 1);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("daily-centre")) == 1);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("hotline")) == 0);
}

TEST_CASE("a facet's own filter does not narrow its own counts, other filters do")
{
    SearchFixture fixture;
    FacetCounter counter(fixture.connection());
    SearchQuery query;
    query.categories = {QStringLiteral("daily-centre")};
    auto counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == 3);
    // Other categories stay visible with their counts, so the user can switch.
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("legal-aid")) == 1);
    // Municipalities are counted within the chosen category.
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("maribor")) == 3);
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("ljubljana")) == 0);

    query.categories.clear();
    query.municipality = QStringLiteral("Ljubljana");
    counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == 3);
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("maribor")) == 3);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("legal-aid")) == 1);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("daily-centre")) == 0);
}

TEST_CASE("the open count uses the time asked")
{
    SearchFixture fixture;
    FacetCounter counter(fixture.connection());
    SearchQuery query;
    query.openAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone("Europe/Ljubljana"));
    const auto counts = counter.count(query, fixture.engine()).value();
    REQUIRE(counts.openNow.has_value());
    CHECK(*counts.openNow == 2);
    CHECK(counts.total == 2);
}

TEST_CASE("a restriction to some services (favourites) applies to every facet count")
{
    SearchFixture fixture;
    FacetCounter counter(fixture.connection());
    SearchQuery query;
    query.onlyServices = {QStringLiteral("s-legal"), QStringLiteral("s-hotline")};
    const auto counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == 2);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("legal-aid")) == 1);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("hotline")) == 1);
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("daily-centre")) == 0);
    CHECK(fixture.ids(query).size() == 2);
}

TEST_CASE("a radius narrows every facet count to the services inside it")
{
    SearchFixture fixture;
    FacetCounter counter(fixture.connection());
    SearchQuery query;
    query.origin = fixture.engine().placeCentroid(QStringLiteral("ljubljana"));
    REQUIRE(query.origin.has_value());
    query.withinKm = 10;
    auto counts = counter.count(query, fixture.engine()).value();
    // The same services the search lists, and only Ljubljana's in the municipality counts.
    CHECK(counts.total == fixture.ids(query).size());
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("ljubljana")) == 3);
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("maribor")) == 0);

    query.withinKm = 120; // Maribor (~100 km) comes in
    counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == fixture.ids(query).size());
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("maribor")) == 3);

    query.text = QStringLiteral("legal");
    counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == fixture.ids(query).size());
    CHECK(counts.total == 2);
}

TEST_CASE("a filter on a value the directory does not have leaves nothing to count")
{
    SearchFixture fixture;
    FacetCounter counter(fixture.connection());
    SearchQuery query;
    query.categories = {QStringLiteral("no-such-category")};
    const auto counts = counter.count(query, fixture.engine()).value();
    CHECK(counts.total == 0);
    CHECK(fixture.ids(query).isEmpty());
    // Its own kind still shows what the other categories would give.
    CHECK(countOf(counts, QStringLiteral("category"), QStringLiteral("daily-centre")) == 3);
    CHECK(countOf(counts, QStringLiteral("municipality"), QStringLiteral("ljubljana")) == 0);
}

TEST_CASE("a damaged facet list is a clean error, not wrong counts")
{
    SearchFixture fixture;
    {
        pathways::db::Connection writer(fixture.connection().path(),
                                        pathways::db::Connection::Mode::ReadWrite);
        // A number cut short: the last byte says another byte follows.
        writer.execute(QStringLiteral(
            "UPDATE search_facet SET ords = X'0180' WHERE kind = 'category' AND value = 'legal-aid'"));
    }
    FacetCounter counter(fixture.connection());
    const auto counts = counter.count(SearchQuery{}, fixture.engine());
    REQUIRE_FALSE(counts);
    CHECK(counts.error().kind == pathways::Error::Kind::Unreadable);
    CHECK(counts.error().message.contains(QStringLiteral("damaged")));
    CHECK_FALSE(counts.error().message.contains(QLatin1Char('\n')));
    // Asked again, it still refuses: nothing half-loaded is counted.
    CHECK_FALSE(counter.count(SearchQuery{}, fixture.engine()));
}

namespace {

// Reads every service's hours three ways, a batch (prefetch), one service at a time (hoursOf) and with the
// plain two-half statement (readRules), and checks they give the same summary and the same state at 34
// moments of a week. Returns how many services have rules.
int compareHoursReadings(pathways::db::Connection& db)
{
    QStringList ids;
    auto row = db.prepare(QStringLiteral("SELECT id FROM service ORDER BY id"));
    while (row.step())
        ids << row.columnText(0);
    REQUIRE(ids.size() > 2);
    const QTimeZone zone("Europe/Ljubljana");
    pathways::search::OpenStateCache oneByOne(db, zone);
    pathways::search::OpenStateCache batch(db, zone);
    batch.prefetch(ids);
    int withRules = 0;
    for (const QString& id : ids) {
        const QList<pathways::schedule::ScheduleRule> rules = OpenStateCache::readRules(db, id);
        const pathways::schedule::OpeningHours plain(rules, zone);
        const QString expectedSummary = plain.summary(QDate(2026, 11, 23));
        CHECK(oneByOne.hoursOf(id).summary(QDate(2026, 11, 23)) == expectedSummary);
        CHECK(batch.hoursOf(id).summary(QDate(2026, 11, 23)) == expectedSummary);
        for (int hour = 0; hour < 7 * 24; hour += 5) {
            const QDateTime moment(QDate(2026, 11, 23).addDays(hour / 24), QTime(hour % 24, 30), zone);
            CHECK(batch.stateAt(id, moment) == plain.stateAt(moment));
            CHECK(oneByOne.stateAt(id, moment) == plain.stateAt(moment));
        }
        withRules += rules.isEmpty() ? 0 : 1;
    }
    return withRules;
}

} // namespace

TEST_CASE("opening hours read for many services at once are the hours read one service at a time")
{
    SearchFixture fixture;
    pathways::db::Connection& db = fixture.connection();
    SECTION("rows through a service at location as well")
    {
        pathways::db::Connection writer(db.path()); // the fixture's own connection reads only
        // Rows through a service-at-location as well as the service's own, one found by both halves, and
        // ids that sort before the service's own rows: the batch must keep each row once, in id order.
        writer.execute(QStringLiteral(
            "INSERT INTO schedule (id, service_id, service_at_location_id, freq, byday, opens_at, closes_at, "
            "timezone) SELECT 'sa-' || sal.service_id, NULL, sal.id, 'WEEKLY', 'SA', '10:00', '12:00', "
            "'Europe/Ljubljana' FROM service_at_location sal"));
        writer.execute(QStringLiteral(
            "INSERT INTO schedule (id, service_id, service_at_location_id, freq, byday, opens_at, closes_at, "
            "timezone) SELECT 'both-' || sal.service_id, sal.service_id, sal.id, 'WEEKLY', 'SU', '08:00', "
            "'09:00', 'Europe/Kyiv' FROM service_at_location sal WHERE sal.service_id = 's-legal'"));
        CHECK(compareHoursReadings(db) > 4); // the rows added above are read, not only the fixture's four
    }
    SECTION("only services' own rows (the statements leave the location half out)")
    {
        REQUIRE(db.queryInt(QStringLiteral(
                    "SELECT count(*) FROM schedule WHERE service_at_location_id IS NOT NULL")) == 0);
        CHECK(compareHoursReadings(db) == 4);
    }
}
