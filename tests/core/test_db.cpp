#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "directory/DataFolder.h"
#include "directory/DirectorySchema.h"
#include "support/TempDir.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace pathways;

TEST_CASE("a new directory database gets the HSDS schema, application id and version")
{
    test::TempDir dir;
    db::Connection connection(dir.file(QStringLiteral("directory.sqlite")));
    REQUIRE(directory::migrateDirectorySchema(connection));
    CHECK(connection.applicationId() == directory::kDirectoryApplicationId);
    CHECK(connection.userVersion() == directory::kDirectorySchemaVersion);
    for (const char* const* table = directory::hsdsTableNames(); *table; ++table) {
        auto statement =
            connection.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"));
        statement.bind(1, QString::fromLatin1(*table));
        REQUIRE(statement.step());
        INFO(*table);
        CHECK(statement.columnInt(0) == 1);
    }
    CHECK(connection.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name IN "
                                             "('translation','bundle_meta','search_fts')")) == 3);
}

TEST_CASE("migrating twice is harmless and keeps data")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("directory.sqlite"));
    {
        db::Connection connection(path);
        REQUIRE(directory::migrateDirectorySchema(connection));
        connection.execute(
            QStringLiteral("INSERT INTO organization(id, name) VALUES ('o1', 'Društvo Ključ')"));
    }
    db::Connection connection(path);
    REQUIRE(directory::migrateDirectorySchema(connection));
    auto statement = connection.prepare(QStringLiteral("SELECT name FROM organization WHERE id = 'o1'"));
    REQUIRE(statement.step());
    CHECK(statement.columnText(0) == QStringLiteral("Društvo Ključ"));
}

TEST_CASE("a database of another application or a newer schema is refused, not altered")
{
    test::TempDir dir;
    const QString foreign = dir.file(QStringLiteral("foreign.sqlite"));
    {
        db::Connection connection(foreign);
        connection.execute(QStringLiteral("CREATE TABLE notes(x); PRAGMA application_id = 42"));
    }
    {
        db::Connection connection(foreign);
        const Status migrated = directory::migrateDirectorySchema(connection);
        REQUIRE_FALSE(migrated);
        CHECK(migrated.error().message == foreign + QStringLiteral(" is not a Pathways directory"));
        CHECK(connection.applicationId() == 42);
    }
    const QString unlabelled = dir.file(QStringLiteral("unlabelled.sqlite"));
    {
        db::Connection connection(unlabelled);
        connection.execute(QStringLiteral("CREATE TABLE notes(x)"));
        CHECK_FALSE(directory::migrateDirectorySchema(connection));
        CHECK(connection.userVersion() == 0); // nothing written
    }
    const QString newer = dir.file(QStringLiteral("newer.sqlite"));
    db::Connection connection(newer);
    REQUIRE(directory::migrateDirectorySchema(connection));
    connection.setUserVersion(directory::kDirectorySchemaVersion + 1);
    const Status migrated = directory::migrateDirectorySchema(connection);
    REQUIRE_FALSE(migrated);
    CHECK(migrated.error().message.contains(QStringLiteral("newer Pathways")));
}

TEST_CASE("a failed statement rolls its transaction back")
{
    test::TempDir dir;
    db::Connection connection(dir.file(QStringLiteral("t.sqlite")));
    connection.execute(QStringLiteral("CREATE TABLE t(id TEXT PRIMARY KEY)"));
    try {
        db::Transaction transaction(connection);
        connection.execute(QStringLiteral("INSERT INTO t VALUES ('a')"));
        connection.execute(QStringLiteral("INSERT INTO t VALUES ('a')")); // duplicate key
        transaction.commit();
    } catch (const db::DatabaseError& error) {
        CHECK(error.message().contains(QStringLiteral("UNIQUE")));
    }
    CHECK(connection.queryInt(QStringLiteral("SELECT count(*) FROM t")) == 0);
}

TEST_CASE("statements bind and read text with quotes and NULs safely")
{
    test::TempDir dir;
    db::Connection connection(dir.file(QStringLiteral("t.sqlite")));
    connection.execute(QStringLiteral("CREATE TABLE t(v)"));
    auto insert = connection.prepare(QStringLiteral("INSERT INTO t VALUES (?)"));
    const QString hostile = QStringLiteral("'); DROP TABLE t; -- \"психолог\"");
    insert.bind(1, hostile);
    insert.run();
    insert.bindOptional(1, QString());
    insert.run();
    auto select = connection.prepare(QStringLiteral("SELECT v FROM t ORDER BY rowid"));
    REQUIRE(select.step());
    CHECK(select.columnText(0) == hostile);
    REQUIRE(select.step());
    CHECK(select.isNull(0));
}

TEST_CASE("installing a staged directory replaces the old one atomically")
{
    test::TempDir dir;
    directory::DataFolder data(dir.path());
    REQUIRE(data.ensureExists());
    CHECK_FALSE(data.hasDirectory());
    const QString staging = data.stagingPath(QStringLiteral(".sqlite"));
    {
        db::Connection connection(staging);
        REQUIRE(directory::migrateDirectorySchema(connection));
    }
    REQUIRE(data.installDatabaseFile(staging));
    CHECK(data.hasDirectory());
    CHECK_FALSE(QFile::exists(staging));
    const Status missing = data.installDatabaseFile(dir.file(QStringLiteral("missing.sqlite")));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == Error::Kind::Io);
    CHECK_FALSE(missing.error().message.isEmpty());
    CHECK(data.hasDirectory());
}

TEST_CASE("the data folder comes from the option, then the environment")
{
    qputenv("PATHWAYS_DATA_DIR", "/tmp/pathways-env-dir");
    CHECK(directory::DataFolder::resolve(QStringLiteral("/tmp/explicit")).root() ==
          QStringLiteral("/tmp/explicit"));
    CHECK(directory::DataFolder::resolve().root() == QStringLiteral("/tmp/pathways-env-dir"));
    qunsetenv("PATHWAYS_DATA_DIR");
    CHECK_FALSE(directory::DataFolder::resolve().root().isEmpty());
}
