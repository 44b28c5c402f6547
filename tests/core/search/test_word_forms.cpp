// Word forms, typos and category names in every language (issue 13), on the default directory shipped with
// the app: the cases a new user typed and found nothing.
#include "SearchFixture.h"
#include "db/Connection.h"
#include "text/EditDistance.h"
#include "text/TextFolding.h"
#include "text/WordStemmer.h"

#include <catch2/catch.hpp>

using pathways::search::SearchQuery;
using pathways::test::SearchFixture;

namespace {

SearchFixture& embedded()
{
    static SearchFixture fixture(SearchFixture::embeddedFolder());
    return fixture;
}

QStringList top(const QString& text, int limit = 10)
{
    SearchQuery query;
    query.text = text;
    query.limit = limit;
    return embedded().ids(query);
}

bool sameWord(const char* a, const char* b)
{
    pathways::text::WordStemmer stemmer;
    return stemmer.sameWord(pathways::text::foldForSearch(QString::fromUtf8(a)),
                            pathways::text::foldForSearch(QString::fromUtf8(b)));
}

} // namespace

TEST_CASE("the inflected forms of a word meet, in every language the directory is written in")
{
    CHECK(sameWord("trgovina", "trgovine"));
    CHECK(sameWord("trgovina", "trgovini"));
    CHECK(sameWord("ljudmi", "ljudi"));
    CHECK(sameWord("торгівля", "торгівлі"));
    CHECK(sameWord("людьми", "люди"));
    CHECK(sameWord("торговля", "торговли"));
    CHECK(sameWord("services", "service"));
    CHECK(sameWord("counselling", "counsel"));
    CHECK(sameWord("mediacija", "mediacije"));
    // Different words stay apart, and short words are left alone.
    CHECK_FALSE(sameWord("pravna", "prava"));
    CHECK_FALSE(sameWord("dom", "do"));
    CHECK_FALSE(sameWord("legal", "legacy"));
}

TEST_CASE("an apostrophe typed inside a Ukrainian word is part of the word")
{
    using pathways::text::foldForSearch;
    CHECK(foldForSearch(QString::fromUtf8("сім'ї")) == foldForSearch(QString::fromUtf8("сім’ї")));
    CHECK(foldForSearch(QString::fromUtf8("возз'єднання")) == QStringLiteral("vozzednannja"));
    // Elsewhere it still separates words.
    CHECK(foldForSearch(QStringLiteral("women's centre")) == QStringLiteral("women s centre"));
}

TEST_CASE("a typo is one edit, or two in a long word")
{
    using pathways::text::allowedTypos;
    using pathways::text::editDistance;
    CHECK(editDistance(u"lubljana", u"ljubljana", 2) == 1);
    CHECK(editDistance(u"psigloog", u"psigolog", 2) == 1); // a swap is one edit
    CHECK(editDistance(u"legla", u"legal", 1) == 1);
    CHECK(editDistance(u"abc", u"xyz", 1) == 2); // stops past the limit
    CHECK(allowedTypos(4) == 0);
    CHECK(allowedTypos(5) == 1);
    CHECK(allowedTypos(9) == 2);
}

TEST_CASE("the dictionary form finds the record written in another case (trafficking)")
{
    for (const char* text : {"trgovina z ljudmi", "торгівля людьми", "trgovina ljudi", "trgovino z ljudmi"}) {
        CAPTURE(text);
        const QStringList ids = top(QString::fromUtf8(text));
        CHECK(ids.contains(QStringLiteral("svc-kljuc-trafficking-victims-health-2015-2016")));
    }
}

TEST_CASE("psiholog finds all three psycho-social services")
{
    const QStringList ids = top(QStringLiteral("psiholog"), 20);
    CHECK(ids.contains(QStringLiteral("svc-redcross-emma-psychosocial-sgbv")));
    CHECK(ids.contains(QStringLiteral("svc-kljuc-pogum-2022")));
    CHECK(ids.contains(QStringLiteral("svc-luhansk-centre-psychological-help")));
}

TEST_CASE("a service whose words match as typed outranks one found through a word form")
{
    SearchQuery query;
    query.text = QStringLiteral("psihološka");
    query.limit = 20;
    const auto hits = embedded().engine().search(query).hits;
    REQUIRE(hits.size() >= 2);
    // The Luhansk service says "Psihološka pomoč" in its Slovenian name: whole-word name match.
    CHECK(hits.first().serviceId == QStringLiteral("svc-luhansk-centre-psychological-help"));
    CHECK(hits.first().score > hits.last().score);
}

TEST_CASE("a typo of five letters or more is forgiven, below exact matches")
{
    CHECK_FALSE(top(QStringLiteral("Lubljana")).isEmpty());
    CHECK(top(QStringLiteral("Lubljana")) == top(QStringLiteral("Ljubljana")));
    CHECK(top(QStringLiteral("psihloog"), 20).contains(QStringLiteral("svc-luhansk-centre-psychological-help")));
    const QStringList legal = top(QStringLiteral("legla aid"));
    CHECK_FALSE(legal.isEmpty());
    CHECK(legal.first() == top(QStringLiteral("legal aid")).first());
    // Short words are not corrected: "lgal" is not "legal".
    CHECK(top(QStringLiteral("lgal aid")).isEmpty());
}

TEST_CASE("a query that means nothing still finds nothing")
{
    for (const char* text : {"xqzvw", "qwertyuiop", "zzzzzzzzzz ljubljana"}) {
        CAPTURE(text);
        CHECK(top(QString::fromUtf8(text)).isEmpty());
    }
}

TEST_CASE("a category's name in any language finds its services")
{
    SearchQuery legal;
    legal.categories = {QStringLiteral("legal-aid")};
    legal.limit = 200;
    const QStringList inCategory = embedded().ids(legal);
    REQUIRE_FALSE(inCategory.isEmpty());
    for (const char* text : {"Pravna pomoč", "Правова допомога", "legal aid", "pravna pomoc"}) {
        CAPTURE(text);
        SearchQuery query;
        query.text = QString::fromUtf8(text);
        query.limit = 200;
        const QStringList found = embedded().ids(query);
        for (const QString& id : inCategory)
            CHECK(found.contains(id));
    }
}

TEST_CASE("the total is the number of services the query matches")
{
    SearchQuery query;
    query.text = QStringLiteral("nasilje");
    query.limit = 2;
    const auto page = embedded().engine().search(query);
    query.limit = 500;
    const auto all = embedded().engine().search(query);
    CHECK(page.hits.size() == 2);
    CHECK(page.total == all.hits.size());
    CHECK(all.total == all.hits.size());
    CHECK_FALSE(page.totalIsLowerBound);

    SearchQuery everything;
    everything.limit = 1;
    CHECK(embedded().engine().search(everything).total ==
          embedded().connection().queryInt(QStringLiteral("SELECT count(*) FROM service")));
}
