// The relevance set (tests/bench/relevance.tsv) must not get worse: recall@10, MRR and the queries that
// must find nothing are compared with the values recorded in tests/bench/relevance-recorded.txt (raise
// them there when a change improves them; docs/benchmarks.md, "Relevance").
#include "RelevanceSet.h"
#include "db/Connection.h"
#include "search/SearchEngine.h"
#include "support/TempDir.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using pathways::bench::RelevanceSet;

TEST_CASE("search relevance does not fall below the recorded values")
{
    pathways::test::TempDir work;
    // PATHWAYS_RELEVANCE_WORK keeps the two directories for a look at them (and a faster second run).
    const QString folder = qEnvironmentVariableIsSet("PATHWAYS_RELEVANCE_WORK")
                               ? qEnvironmentVariable("PATHWAYS_RELEVANCE_WORK")
                               : work.path();
    const RelevanceSet::Summary summary = RelevanceSet::evaluate(
        QStringLiteral(PATHWAYS_RELEVANCE_SET), QStringLiteral(PATHWAYS_EMBEDDED_HSDS), folder);
    const RelevanceSet::Summary recorded = RelevanceSet::recorded(QStringLiteral(PATHWAYS_RELEVANCE_RECORDED));
    REQUIRE(summary.judged >= 60);
    REQUIRE(summary.mustFindNothing >= 5);
    for (const auto& outcome : summary.outcomes)
        if (outcome.judged.judgement != QLatin1String("-") && outcome.recall < 1.0)
            WARN(outcome.judged.corpus.toStdString() << " '" << outcome.judged.query.toStdString()
                                                     << "': recall@10 " << outcome.recall << ", first at "
                                                     << outcome.firstRank << " of " << outcome.relevant);
        else if (outcome.judged.judgement == QLatin1String("-") && !outcome.emptyAsJudged)
            WARN(outcome.judged.corpus.toStdString() << " '" << outcome.judged.query.toStdString()
                                                     << "': found " << outcome.total);
    WARN("recall@10 " << summary.recallAt10 << ", MRR " << summary.mrr << ", found nothing "
                       << summary.foundNothing << " of " << summary.mustFindNothing);
    // Rounded as recorded (three decimals), so that the same build always passes.
    CHECK(summary.recallAt10 >= recorded.recallAt10 - 0.0005);
    CHECK(summary.mrr >= recorded.mrr - 0.0005);
    CHECK(summary.foundNothing >= recorded.foundNothing);
}

TEST_CASE("totals on 10,000 services: exact up to the cap, then a lower bound")
{
    using pathways::search::SearchEngine;
    using pathways::search::SearchQuery;
    pathways::test::TempDir work;
    RelevanceSet::evaluate(QStringLiteral(PATHWAYS_RELEVANCE_SET), QStringLiteral(PATHWAYS_EMBEDDED_HSDS),
                           work.path());
    pathways::db::Connection connection(RelevanceSet::generatedDatabase(work.path()),
                                        pathways::db::Connection::Mode::ReadOnly);
    SearchEngine engine(connection, QTimeZone("Europe/Ljubljana"));

    SearchQuery everything;
    everything.limit = 1;
    const auto all = engine.search(everything);
    CHECK(all.total == 10000); // no text, no filter: every service, exactly
    CHECK_FALSE(all.totalIsLowerBound);

    SearchQuery frequent;
    frequent.text = QStringLiteral("legal");
    const auto legal = engine.search(frequent);
    CHECK(legal.total == SearchEngine::kCountCap);
    CHECK(legal.totalIsLowerBound);

    // A filter FTS5 answers: the count is the category's own, up to the cap.
    SearchQuery listing;
    listing.categories = {QStringLiteral("blue-dot")};
    const qint64 inCategory = connection.queryInt(QStringLiteral(
        "SELECT services FROM search_facet WHERE kind = 'category' AND value = 'blue-dot'"));
    REQUIRE(inCategory > 0);
    const auto blueDot = engine.search(listing);
    CHECK(blueDot.total == std::min(inCategory, SearchEngine::kCountCap));
    CHECK(blueDot.totalIsLowerBound == (inCategory > SearchEngine::kCountCap));

    // Open at a time is checked service by service: what the ranking checked, a lower bound past the page.
    SearchQuery open = frequent;
    open.openAt = QDateTime(QDate(2026, 11, 24), QTime(10, 30), QTimeZone("Europe/Ljubljana"));
    const auto openNow = engine.search(open);
    CHECK(openNow.total >= openNow.hits.size());
    CHECK(openNow.totalIsLowerBound == openNow.more);
}
