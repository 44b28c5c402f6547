// Never a dead end: when a search finds nothing, DeadEndAdvisor says what would find something.
#include "SearchFixture.h"
#include "search/DeadEndAdvisor.h"

#include <catch2/catch.hpp>

using pathways::search::Alternative;
using pathways::search::DeadEndAdvisor;
using pathways::search::QueryFilter;
using pathways::search::SearchQuery;
using pathways::test::SearchFixture;

TEST_CASE("a word that matches nothing is offered left out, with the count that gives")
{
    SearchFixture fixture;
    SearchQuery query;
    query.text = QStringLiteral("legal xqzvw");
    REQUIRE(fixture.engine().search(query).hits.isEmpty());
    DeadEndAdvisor advisor(fixture.engine());
    const auto advice = advisor.advise(query);
    REQUIRE_FALSE(advice.alternatives.isEmpty());
    const Alternative& best = advice.alternatives.first();
    CHECK(best.kind == Alternative::Kind::WithoutWord);
    CHECK(best.word == QStringLiteral("xqzvw"));
    CHECK(best.query.text == QStringLiteral("legal"));
    SearchQuery legal;
    legal.text = QStringLiteral("legal");
    CHECK(best.count == fixture.engine().search(legal).total);
    CHECK(best.count > 0);
    for (const Alternative& alternative : advice.alternatives)
        CHECK(alternative.count > 0); // nothing offered that finds nothing
}

TEST_CASE("the filter that emptied the list is named, and removing it is offered")
{
    SearchFixture fixture;
    SearchQuery query;
    query.text = QStringLiteral("language course");
    query.freeOnly = true; // the only language course costs 50
    query.municipality = QStringLiteral("Ljubljana");
    REQUIRE(fixture.engine().search(query).hits.isEmpty());
    const auto advice = DeadEndAdvisor(fixture.engine()).advise(query);
    CHECK(advice.emptiedBy == QueryFilter::Free);
    CHECK(advice.countBeforeEmptied == 1);
    bool offered = false;
    for (const Alternative& alternative : advice.alternatives)
        if (alternative.kind == Alternative::Kind::WithoutFilter && alternative.filter == QueryFilter::Free) {
            offered = true;
            CHECK(alternative.count == 1);
            CHECK(fixture.ids(alternative.query) == QStringList{QStringLiteral("s-course")});
        }
    CHECK(offered);
}

TEST_CASE("a last word cut shorter is offered first when it finds something")
{
    SearchFixture fixture;
    SearchQuery query;
    query.text = QStringLiteral("counsellingxyz");
    REQUIRE(fixture.engine().search(query).hits.isEmpty());
    const auto advice = DeadEndAdvisor(fixture.engine()).advise(query);
    REQUIRE_FALSE(advice.alternatives.isEmpty());
    CHECK(advice.alternatives.first().kind == Alternative::Kind::LooserWord);
    CHECK(advice.alternatives.first().replacement == QStringLiteral("counsellingx"));
    CHECK(advice.alternatives.first().count > 0);
    CHECK(advice.emptiedBy == QueryFilter::None);
}
