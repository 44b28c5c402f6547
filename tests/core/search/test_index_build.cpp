#include "SearchFixture.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "search/SearchIndexBuilder.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using pathways::db::Connection;
using pathways::test::SearchFixture;

namespace {

QStringList indexNames(Connection& connection)
{
    QStringList names;
    auto row = connection.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"));
    while (row.step())
        names << row.columnText(0);
    return names;
}

} // namespace

TEST_CASE("the full-text index built beside the directory arrives whole, and nothing is left beside it")
{
    SearchFixture fixture;
    const QString path = fixture.connection().path();
    Connection fresh(path, Connection::Mode::ReadWrite);
    // FTS5's own consistency check of a contentless index: every segment and the structure agree.
    REQUIRE_NOTHROW(
        fresh.execute(QStringLiteral("INSERT INTO search_fts(search_fts) VALUES ('integrity-check')")));
    CHECK(fresh.queryInt(QStringLiteral("SELECT count(*) FROM search_fts_docsize")) ==
          fresh.queryInt(QStringLiteral("SELECT count(*) FROM service")));
    // The term list holds exactly the index's terms.
    fresh.execute(
        QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, 'search_fts', 'row')"));
    CHECK(fresh.queryInt(QStringLiteral("SELECT count(*) FROM search_term")) > 10);
    CHECK(fresh.queryInt(QStringLiteral("SELECT count(*) FROM temp.vocab v FULL JOIN search_term t ON "
                                        "t.term = v.term WHERE t.term IS NULL OR v.term IS NULL")) == 0);
    CHECK(fresh.queryText(QStringLiteral("SELECT v FROM search_fts_config WHERE k = 'hashsize'")) ==
          QStringLiteral("1048576"));
    const QStringList leftovers = QFileInfo(path).dir().entryList(
        QStringList{QStringLiteral("*-fts*"), QStringLiteral(".staging-*")}, QDir::Files | QDir::Hidden);
    CHECK(leftovers.isEmpty());
    // Indexes dropped for the bulk inserts are back.
    const QStringList indexes = indexNames(fresh);
    CHECK(indexes.contains(QStringLiteral("search_geo_ord")));
    CHECK(indexes.contains(QStringLiteral("service_organization")));
    CHECK(indexes.contains(QStringLiteral("schedule_service_at_location")));
}

TEST_CASE("a rebuild is seen whole by connections that had the index open, the rebuilding one included")
{
    SearchFixture fixture;
    const QStringList before = fixture.ids(QStringLiteral("legal"));
    REQUIRE_FALSE(before.isEmpty());
    Connection writer(fixture.connection().path(), Connection::Mode::ReadWrite);
    const QString count = QStringLiteral("SELECT count(*) FROM search_fts WHERE search_fts MATCH 'legal*'");
    const qint64 matches = writer.queryInt(count); // FTS5 now caches the index structure in `writer`
    REQUIRE(matches > 0);
    const QStringList indexesBefore = indexNames(writer);

    REQUIRE(pathways::search::SearchIndexBuilder::rebuild(writer));

    CHECK(writer.queryInt(count) == matches);
    CHECK(fixture.ids(QStringLiteral("legal")) == before);
    CHECK(fixture.ids(QStringLiteral("psiholog")).first() == QStringLiteral("s-psych"));
    CHECK(indexNames(writer) == indexesBefore);
}

TEST_CASE("the index is not rebuilt inside an open transaction")
{
    SearchFixture fixture;
    Connection writer(fixture.connection().path(), Connection::Mode::ReadWrite);
    writer.execute(QStringLiteral("BEGIN"));
    const pathways::Status refused = pathways::search::SearchIndexBuilder::rebuild(writer);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("inside an open transaction")));
    writer.execute(QStringLiteral("ROLLBACK"));
    CHECK_FALSE(fixture.ids(QStringLiteral("legal")).isEmpty());
}
