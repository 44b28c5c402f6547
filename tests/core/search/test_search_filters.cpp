#include "SearchFixture.h"

#include <QTimeZone>
#include <catch2/catch.hpp>

using pathways::search::GeoPoint;
using pathways::search::SearchQuery;
using pathways::test::SearchFixture;

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

TEST_CASE("category and audience filters, several values meaning any of them")
{
    SearchFixture fixture;
    SearchQuery query;
    query.categories = {QStringLiteral("legal-aid")};
    CHECK(fixture.ids(query) == QStringList{QStringLiteral("s-legal")});
    query.categories = {QStringLiteral("legal-aid"), QStringLiteral("hotline")};
    CHECK(sorted(fixture.ids(query)) == QStringList{QStringLiteral("s-hotline"), QStringLiteral("s-legal")});
    query.categories.clear();
    query.audiences = {QStringLiteral("children")};
    CHECK(fixture.ids(query) == QStringList{QStringLiteral("s-psych")});
}

TEST_CASE("municipality filter matches regardless of case, diacritics and script, regions too")
{
    SearchFixture fixture;
    const QStringList expected{QStringLiteral("s-course"), QStringLiteral("s-expired"),
                               QStringLiteral("s-legal")};
    for (const QString& name :
         {QStringLiteral("Ljubljana"), QStringLiteral("LJUBLJANA"), QStringLiteral("Любляна")}) {
        SearchQuery query;
        query.municipality = name;
        INFO(name.toStdString());
        CHECK(sorted(fixture.ids(query)) == expected);
    }
    SearchQuery query;
    query.municipality = QStringLiteral("Kiev");
    CHECK(fixture.ids(query).isEmpty());
    query.municipality = QStringLiteral("Kyiv");
    CHECK(fixture.ids(query) == QStringList{QStringLiteral("s-psych")});
    query.municipality = QStringLiteral("central slovenia"); // a region
    CHECK(sorted(fixture.ids(query)) == expected);
    query.municipality = QStringLiteral("???");
    CHECK(fixture.ids(query).isEmpty());
}

TEST_CASE("language filter accepts two- and three-letter codes and names")
{
    SearchFixture fixture;
    for (const QString& language :
         {QStringLiteral("uk"), QStringLiteral("ukr"), QStringLiteral("Ukrainian")}) {
        SearchQuery query;
        query.language = language;
        CHECK(sorted(fixture.ids(query)) ==
              QStringList{QStringLiteral("s-mention"), QStringLiteral("s-psych")});
    }
}

TEST_CASE("free filter keeps only services whose cost options are all free")
{
    SearchFixture fixture;
    SearchQuery query;
    query.freeOnly = true;
    CHECK(fixture.ids(query) == QStringList{QStringLiteral("s-legal")});
}

TEST_CASE("filters combine with text and with each other")
{
    SearchFixture fixture;
    SearchQuery query;
    query.text = QStringLiteral("legal");
    query.municipality = QStringLiteral("Maribor");
    CHECK(fixture.ids(query) == QStringList{QStringLiteral("s-mention")});
    query.categories = {QStringLiteral("legal-aid")};
    CHECK(fixture.ids(query).isEmpty());
    query.municipality = QStringLiteral("Ljubljana");
    query.freeOnly = true;
    query.language = QStringLiteral("sl");
    CHECK(fixture.ids(query) == QStringList{QStringLiteral("s-legal")});
}

TEST_CASE("open at a given time uses each schedule's own time zone")
{
    SearchFixture fixture;
    SearchQuery query;
    // Monday 2026-11-23 10:00 in Ljubljana: the legal office and the hotline.
    query.openAt = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone("Europe/Ljubljana"));
    CHECK(sorted(fixture.ids(query)) == QStringList{QStringLiteral("s-hotline"), QStringLiteral("s-legal")});
    // Saturday 01:00 in Kyiv (Friday 22:00-02:00 overnight) = Saturday 00:00 in Ljubljana.
    query.openAt = QDateTime(QDate(2026, 11, 28), QTime(1, 0), QTimeZone("Europe/Kyiv"));
    CHECK(sorted(fixture.ids(query)) == QStringList{QStringLiteral("s-hotline"), QStringLiteral("s-psych")});
    // Sunday noon: only the 24/7 hotline. The 2020-only shelter never counts as open.
    query.openAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0), QTimeZone("Europe/Ljubljana"));
    CHECK(fixture.ids(query) == QStringList{QStringLiteral("s-hotline")});
    query.openAt = QDateTime(QDate(2026, 11, 23), QTime(20, 0), QTimeZone("Europe/Ljubljana"));
    CHECK_FALSE(fixture.ids(query).contains(QStringLiteral("s-expired")));
    // Summer time: 16:30 local on a July Friday is open, 17:00 is closed.
    query.openAt = QDateTime(QDate(2026, 7, 3), QTime(16, 30), QTimeZone("Europe/Ljubljana"));
    CHECK(fixture.ids(query).contains(QStringLiteral("s-legal")));
    query.openAt = QDateTime(QDate(2026, 7, 3), QTime(15, 0), QTimeZone::utc()); // 17:00 CEST
    CHECK_FALSE(fixture.ids(query).contains(QStringLiteral("s-legal")));
}

TEST_CASE("results say whether each service is open, closed or unknown")
{
    SearchFixture fixture;
    SearchQuery query;
    query.text = QStringLiteral("hotline");
    const auto hits = fixture.engine().search(query).hits;
    REQUIRE_FALSE(hits.isEmpty());
    CHECK(hits.first().open == pathways::schedule::OpenState::Open);
    query.text = QStringLiteral("kljuc");
    CHECK(fixture.engine().search(query).hits.first().open == pathways::schedule::OpenState::Unknown);
}

TEST_CASE("within N km of a place, and sorting by distance")
{
    SearchFixture fixture;
    const auto maribor = fixture.engine().placeCentroid(QStringLiteral("Марибор"));
    REQUIRE(maribor.has_value());
    CHECK(maribor->latitude == Approx(46.5547));
    SearchQuery query;
    query.origin = fixture.engine().placeCentroid(QStringLiteral("ljubljana"));
    query.withinKm = 10;
    CHECK(sorted(fixture.ids(query)) ==
          QStringList{QStringLiteral("s-course"), QStringLiteral("s-expired"), QStringLiteral("s-legal")});
    query.withinKm = 120; // Maribor is ~100 km away, Koper ~85 km
    CHECK(fixture.ids(query).size() == 7);

    query.withinKm.reset();
    query.origin = GeoPoint{46.5547, 15.6467}; // Maribor
    query.sort = SearchQuery::Sort::Distance;
    const auto results = fixture.engine().search(query);
    REQUIRE(results.hits.size() == 9);
    CHECK(results.hits.first().distanceKm.value() < 1.0);
    double previous = 0;
    for (const auto& hit : results.hits) {
        if (!hit.distanceKm) {
            CHECK(hit.serviceId == QStringLiteral("s-hotline")); // no location: last
            continue;
        }
        CHECK(*hit.distanceKm >= previous);
        previous = *hit.distanceKm;
    }
    CHECK(results.hits.last().serviceId == QStringLiteral("s-hotline"));
}

TEST_CASE("relevance order with a place set still reports distances")
{
    SearchFixture fixture;
    SearchQuery query;
    query.text = QStringLiteral("legal");
    query.origin = GeoPoint{46.0511, 14.5051};
    const auto hits = fixture.engine().search(query).hits;
    REQUIRE(hits.size() == 2);
    CHECK(hits.at(0).serviceId == QStringLiteral("s-legal"));
    CHECK(hits.at(0).distanceKm.value() == Approx(0).margin(0.01));
    CHECK(hits.at(1).distanceKm.value() == Approx(100).margin(15));
}
