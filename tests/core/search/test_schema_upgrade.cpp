#include "SearchFixture.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/DataFolder.h"
#include "directory/DirectorySchema.h"
#include "search/FacetCounter.h"
#include "store/DirectoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <catch2/catch.hpp>

using pathways::db::Connection;
using pathways::search::FacetCounter;
using pathways::search::FacetCounts;
using pathways::search::SearchEngine;
using pathways::search::SearchQuery;
using pathways::test::SearchFixture;

namespace {

// Every row of every HSDS table and of the translations, as text: what an upgrade must not change.
QString contentOf(Connection& connection)
{
    QStringList rows;
    QStringList tables{QStringLiteral("translation"), QStringLiteral("bundle_meta")};
    for (const char* const* name = pathways::directory::hsdsTableNames(); *name; ++name)
        tables << QString::fromLatin1(*name);
    for (const QString& table : std::as_const(tables)) {
        auto row = connection.prepare(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(table));
        while (row.step()) {
            QStringList values{table};
            for (int column = 0; column < row.columnCount(); ++column)
                values << row.columnValue(column).toString();
            rows << values.join(QLatin1Char('|'));
        }
    }
    return rows.join(QLatin1Char('\n'));
}

QStringList countsOf(const FacetCounts& counts)
{
    QStringList lines;
    for (auto kind = counts.byKind.cbegin(); kind != counts.byKind.cend(); ++kind)
        for (const auto& value : kind.value())
            lines << kind.key() + QLatin1Char('/') + value.value + QLatin1Char('=') +
                         QString::number(value.count);
    lines.sort();
    return lines;
}

} // namespace

TEST_CASE("a directory written by an older Pathways is upgraded when opened, its content unchanged")
{
    SearchFixture fixture;
    const QString path = fixture.connection().path();
    const QString dataDir = QFileInfo(path).absolutePath();
    FacetCounter before(fixture.connection());
    const QStringList expectedCounts = countsOf(before.count(SearchQuery{}, fixture.engine()).value());
    REQUIRE(expectedCounts.size() > 5);

    // Schema 1 kept one search_facet row per value and service (and had no taxonomy_mapping, schema 3's).
    QString content;
    {
        Connection old(path, Connection::Mode::ReadWrite);
        old.execute(QStringLiteral(
            "DROP TABLE search_facet; CREATE TABLE search_facet (kind TEXT NOT NULL, value TEXT NOT NULL, "
            "ord INTEGER NOT NULL, PRIMARY KEY (kind, value, ord)) WITHOUT ROWID; "
            "INSERT INTO search_facet VALUES ('category', 'legal-aid', 1); DROP TABLE taxonomy_mapping; "
            "PRAGMA user_version = 1"));
        content = contentOf(old);
    }

    pathways::store::DirectoryStore store{pathways::directory::DataFolder(dataDir)};
    auto opened = store.openForReading();
    REQUIRE(opened);
    auto& upgraded = opened.value();
    CHECK(upgraded->userVersion() == pathways::directory::kDirectorySchemaVersion);
    CHECK(contentOf(*upgraded) == content);
    SearchEngine engine(*upgraded);
    FacetCounter after(*upgraded);
    CHECK(countsOf(after.count(SearchQuery{}, engine).value()) == expectedCounts);
    SearchQuery legal;
    legal.text = QStringLiteral("legal aid");
    CHECK(engine.search(legal).hits.size() == fixture.engine().search(legal).hits.size());
    CHECK(QDir(dataDir).entryList({QStringLiteral(".staging-*")}, QDir::Files | QDir::Hidden).isEmpty());

    // Opening it again finds nothing to do: the file stays the one installed.
    const auto installedAt = QFileInfo(path).lastModified();
    REQUIRE(store.openForReading());
    CHECK(QFileInfo(path).lastModified() == installedAt);
}
