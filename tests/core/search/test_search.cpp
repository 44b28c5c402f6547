#include "SearchFixture.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "search/MatchExpression.h"

#include <catch2/catch.hpp>

using pathways::search::SearchQuery;
using pathways::test::SearchFixture;

TEST_CASE("a name match outranks a mention deep in a description")
{
    SearchFixture fixture;
    const QStringList ids = fixture.ids(QStringLiteral("legal aid"));
    REQUIRE(ids.size() >= 2);
    CHECK(ids.first() == QStringLiteral("s-legal"));
    CHECK(ids.contains(QStringLiteral("s-mention")));
    CHECK(ids.indexOf(QStringLiteral("s-legal")) < ids.indexOf(QStringLiteral("s-mention")));
}

TEST_CASE("an exact name comes first and scores highest")
{
    SearchFixture fixture;
    SearchQuery query;
    query.text = QStringLiteral("national hotline");
    const auto results = fixture.engine().search(query);
    REQUIRE_FALSE(results.hits.isEmpty());
    CHECK(results.hits.first().serviceId == QStringLiteral("s-hotline"));
    for (qsizetype i = 1; i < results.hits.size(); ++i)
        CHECK(results.hits.at(i).score <= results.hits.first().score);
}

TEST_CASE("search ignores diacritics and case")
{
    SearchFixture fixture;
    CHECK(fixture.ids(QStringLiteral("ključ")).contains(QStringLiteral("s-kljuc")));
    CHECK(fixture.ids(QStringLiteral("KLJUC")).contains(QStringLiteral("s-kljuc")));
    CHECK(fixture.ids(QStringLiteral("pravna pomoc")).first() == QStringLiteral("s-legal"));
}

TEST_CASE("Cyrillic and Latin spellings find each other")
{
    SearchFixture fixture;
    // Latin query, Cyrillic data
    CHECK(fixture.ids(QStringLiteral("psiholog")).first() == QStringLiteral("s-psych"));
    CHECK(fixture.ids(QStringLiteral("Kyiv")).contains(QStringLiteral("s-psych")));
    // Cyrillic query, Latin data (municipality)
    const QStringList ljubljana = fixture.ids(QStringLiteral("Любляна"));
    CHECK(ljubljana.contains(QStringLiteral("s-legal")));
    CHECK(ljubljana.contains(QStringLiteral("s-course")));
    CHECK_FALSE(ljubljana.contains(QStringLiteral("s-mention")));
    // Cyrillic query finds a translated name
    CHECK(fixture.ids(QStringLiteral("правова допомога")).first() == QStringLiteral("s-legal"));
}

TEST_CASE("prefixes find words as they are typed")
{
    SearchFixture fixture;
    CHECK(fixture.ids(QStringLiteral("leg")).first() == QStringLiteral("s-legal"));
    CHECK(fixture.ids(QStringLiteral("le")).contains(QStringLiteral("s-legal")));
    CHECK(fixture.ids(QStringLiteral("l")).contains(QStringLiteral("s-legal")));
    CHECK(fixture.ids(QStringLiteral("hotl")).first() == QStringLiteral("s-hotline"));
    CHECK(fixture.ids(QStringLiteral("legal ai")).first() == QStringLiteral("s-legal"));
    CHECK(fixture.ids(QStringLiteral("zzzz")).isEmpty());
}

TEST_CASE("hostile query text gives results or nothing, never an error")
{
    SearchFixture fixture;
    const QString hostile[] = {
        QStringLiteral("\""),
        QStringLiteral("\"\"\""),
        QStringLiteral("legal\" OR \"x"),
        QStringLiteral("NEAR(a b)"),
        QStringLiteral("a AND OR NOT"),
        QStringLiteral("*"),
        QStringLiteral("legal*"),
        QStringLiteral("^legal"),
        QStringLiteral("name:legal"),
        QStringLiteral("{facets}: xclegalaid"),
        QStringLiteral("'; DROP TABLE service; --"),
        QStringLiteral("1=1) UNION SELECT * FROM sqlite_master --"),
        QStringLiteral("((((("),
        QStringLiteral("\\x00"),
        QString(5000, QLatin1Char('a')),
        QStringLiteral("legal ").repeated(300),
        QStringLiteral("\u0000\uFFFF\U0001F600"),
    };
    for (const QString& text : hostile) {
        INFO(text.left(80).toStdString());
        CHECK_NOTHROW(fixture.ids(text));
    }
    // Operators and quotes are plain separators: the words still count.
    CHECK(fixture.ids(QStringLiteral("\"legal\"")).first() == QStringLiteral("s-legal"));
    CHECK(fixture.ids(QStringLiteral("legal* (aid)")).first() == QStringLiteral("s-legal"));
    // Facet tokens cannot be reached by typing them.
    CHECK(fixture.ids(QStringLiteral("xclegalaid")).isEmpty());
}

TEST_CASE("results are deterministic and ties follow the static order")
{
    SearchFixture fixture;
    const QStringList first = fixture.ids(QStringLiteral("info point"));
    REQUIRE(first.size() >= 2);
    // Same name: the more recently verified record first.
    CHECK(first.at(0) == QStringLiteral("s-twin-b"));
    CHECK(first.at(1) == QStringLiteral("s-twin-a"));
    for (int i = 0; i < 3; ++i)
        CHECK(fixture.ids(QStringLiteral("info point")) == first);
}

TEST_CASE("no text lists every service that passes the filters")
{
    SearchFixture fixture;
    CHECK(fixture.ids(QString()).size() == 9);
    CHECK(fixture.ids(QStringLiteral("   ")).size() == 9);
    SearchQuery query;
    query.categories = {QStringLiteral("daily-centre")};
    CHECK(fixture.ids(query) ==
          QStringList{QStringLiteral("s-mention"), QStringLiteral("s-twin-b"), QStringLiteral("s-twin-a")});
}

TEST_CASE("limit and offset page through results")
{
    SearchFixture fixture;
    SearchQuery query;
    query.limit = 4;
    const auto page1 = fixture.engine().search(query);
    CHECK(page1.hits.size() == 4);
    CHECK(page1.more);
    query.offset = 4;
    const auto page2 = fixture.engine().search(query);
    CHECK(page2.hits.size() == 4);
    query.offset = 8;
    const auto page3 = fixture.engine().search(query);
    CHECK(page3.hits.size() == 1);
    CHECK_FALSE(page3.more);
    QStringList all;
    for (const auto* page : {&page1, &page2, &page3})
        for (const auto& hit : page->hits)
            all << hit.serviceId;
    all.removeDuplicates();
    CHECK(all.size() == 9);
}

TEST_CASE("a word typed past three letters finds exactly what an FTS5 prefix query finds")
{
    // The engine expands such a word into the few indexed terms it begins (QueryExpansion, WordMatch::prefixTerms);
    // the services found must be the same as with FTS5's own prefix matching.
    SearchFixture fixture;
    for (const char* word : {"couns", "legal", "psiholo", "survivo", "inform", "zzzzz"}) {
        CAPTURE(word);
        QStringList expected;
        auto row = fixture.connection().prepare(
            QStringLiteral("SELECT d.service_id FROM search_fts f JOIN search_doc d ON d.ord = f.rowid WHERE "
                           "search_fts MATCH ? ORDER BY d.service_id"));
        const QString folded = pathways::search::MatchExpression::tokens(QLatin1String(word)).value(0);
        row.bind(1, QStringLiteral("{name alt place body} : \"%1\"*").arg(folded));
        while (row.step())
            expected << row.columnText(0);
        SearchQuery query;
        query.text = QLatin1String(word);
        query.limit = 1000;
        QStringList found = fixture.ids(query);
        found.sort();
        CHECK(found == expected);
    }
    CHECK(fixture.ids(QStringLiteral("couns")).first() == QStringLiteral("s-kljuc")); // a name first
    CHECK(fixture.ids(QStringLiteral("legal couns")).first() == QStringLiteral("s-legal"));
}
