#include "SearchFixture.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "search/FacetCounter.h"

#include <catch2/catch.hpp>

using pathways::search::FacetCounter;
using pathways::search::FacetCounts;
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
