// SearchEngine reads a query's matches from FTS5 once and tells each service's tiers from the columns its
// words matched (TierWalk), where it asked FTS5 once per tier and once more for the total. The answers
// must be the same: the same services in the same order with the same scores, and the same total.
#include "RelevanceSet.h"
#include "db/Connection.h"
#include "search/SearchEngine.h"
#include "search/TierWalk.h"
#include "support/TempDir.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using pathways::bench::RelevanceSet;
using pathways::search::SearchEngine;
using pathways::search::SearchQuery;

namespace {

SearchQuery query(const QString& text, const QStringList& categories = {}, const QString& municipality = {},
                  const QString& language = {})
{
    SearchQuery q;
    q.text = text;
    q.categories = categories;
    q.municipality = municipality;
    q.language = language;
    return q;
}

} // namespace

TEST_CASE("one walk over the matches answers as the tiers asked one by one")
{
    pathways::test::TempDir work;
    RelevanceSet::evaluate(QStringLiteral(PATHWAYS_RELEVANCE_SET), QStringLiteral(PATHWAYS_EMBEDDED_HSDS),
                           work.path());
    const QList<RelevanceSet::Judged> judged = RelevanceSet::load(QStringLiteral(PATHWAYS_RELEVANCE_SET));
    const std::pair<QString, QString> corpora[] = {
        {QStringLiteral("embedded"), work.path() + QStringLiteral("/embedded-data/directory.sqlite")},
        {QStringLiteral("generated"), RelevanceSet::generatedDatabase(work.path())}};
    int compared = 0;
    for (const auto& [corpus, database] : corpora) {
        pathways::db::Connection connection(database, pathways::db::Connection::Mode::ReadOnly);
        REQUIRE(pathways::search::TierWalk(connection).available()); // else nothing here compares anything
        SearchEngine walking(connection, QTimeZone("Europe/Ljubljana"));
        SearchEngine tiered(connection, QTimeZone("Europe/Ljubljana"));
        tiered.setTierWalk(false);
        // A walk that gives up on telling the tiers after a few rows, as a long match list makes it do at
        // 100k: the name tiers then come from TierWalk::pickNames, the others from the tier queries.
        SearchEngine shortWalk(connection, QTimeZone("Europe/Ljubljana"));
        shortWalk.setTierWalk(true, 16);

        QList<SearchQuery> queries;
        for (const RelevanceSet::Judged& j : judged)
            if (j.corpus == corpus)
                queries << query(j.query);
        // The benchmark's texts, with the filters FTS5 answers (tests/bench/queries.txt), and words that
        // meet in names, in organisations or only in descriptions.
        for (const char* text : {"legal", "l", "po", "pom", "legal aid", "free legal counselling refugees",
                                 "psychological support children", "language course ljubljana", "pravna pomoč",
                                 "правова допомога", "Київ", "legla aid", "councelling refugees", "xylophone"})
            queries << query(QString::fromUtf8(text));
        queries << query(QStringLiteral("legal"), {QStringLiteral("legal-aid")})
                << query(QStringLiteral("help"), {}, QStringLiteral("Ljubljana"))
                << query(QStringLiteral("support"), {}, {}, QStringLiteral("uk"))
                << query(QStringLiteral("psychological"), {QStringLiteral("psychosocial-support")},
                         QStringLiteral("Kyiv"), QStringLiteral("uk"))
                << query(QStringLiteral("c"), {QStringLiteral("health-care")}, QStringLiteral("Celje"));
        for (const SearchQuery& base : std::as_const(queries)) {
            for (const auto& [offset, limit] : {std::pair{0, 50}, {0, 10}, {0, 200}, {50, 50}}) {
                SearchQuery q = base;
                q.offset = offset;
                q.limit = limit;
                const auto expected = tiered.search(q);
                for (SearchEngine* engine : {&walking, &shortWalk}) {
                    const auto actual = engine->search(q);
                    INFO(corpus.toStdString() << " '" << q.text.toStdString() << "' offset " << offset << " limit "
                                              << limit << (engine == &shortWalk ? " (short walk)" : ""));
                    REQUIRE(actual.hits.size() == expected.hits.size());
                    for (qsizetype i = 0; i < actual.hits.size(); ++i) {
                        CHECK(actual.hits.at(i).serviceId == expected.hits.at(i).serviceId);
                        CHECK(actual.hits.at(i).score == expected.hits.at(i).score);
                    }
                    CHECK(actual.more == expected.more);
                    CHECK(actual.total == expected.total);
                    CHECK(actual.totalIsLowerBound == expected.totalIsLowerBound);
                }
                ++compared;
            }
        }
    }
    CHECK(compared > 400);
}
