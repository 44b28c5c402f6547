#include "api/PrepareDataFolder.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "store/DirectoryStore.h"
#include "support/TempDir.h"
#include "user/UserStore.h"

#include <catch2/catch.hpp>

using namespace pathways;

TEST_CASE("notes and favourites are kept across sessions")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("user.sqlite"));
    {
        user::UserStore store(path);
        store.setNote(QStringLiteral("svc-1"), QStringLiteral("Ask for Ana; she speaks Arabic. «Дякую»"));
        store.setFavourite(QStringLiteral("svc-1"), true);
        store.setFavourite(QStringLiteral("svc-2"), true);
        store.setFavourite(QStringLiteral("svc-2"), false);
        store.setSetting(QStringLiteral("home"), QStringLiteral("Maribor"));
    }
    user::UserStore store(path);
    CHECK(store.note(QStringLiteral("svc-1")) == QStringLiteral("Ask for Ana; she speaks Arabic. «Дякую»"));
    CHECK(store.noteUpdated(QStringLiteral("svc-1")).isValid());
    CHECK(store.favourites() == QStringList{QStringLiteral("svc-1")});
    CHECK(store.isFavourite(QStringLiteral("svc-1")));
    CHECK_FALSE(store.isFavourite(QStringLiteral("svc-2")));
    CHECK(store.setting(QStringLiteral("home")) == QStringLiteral("Maribor"));
    CHECK(store.setting(QStringLiteral("missing"), QStringLiteral("x")) == QStringLiteral("x"));
    store.setNote(QStringLiteral("svc-1"), QStringLiteral("   "));
    CHECK(store.note(QStringLiteral("svc-1")).isEmpty());
    CHECK(store.notedServices().isEmpty());
}

TEST_CASE("a directory file is not mistaken for a user file")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("other.sqlite"));
    {
        db::Connection connection(path);
        connection.execute(QStringLiteral("PRAGMA application_id = 7; CREATE TABLE x(y)"));
    }
    CHECK_THROWS_AS(user::UserStore(path), db::DatabaseError);
}

TEST_CASE("replacing the directory never touches user.sqlite")
{
    test::TempDir dir;
    directory::DataFolder data(dir.file(QStringLiteral("data")));
    REQUIRE(data.ensureExists());
    {
        user::UserStore store(data.userDatabasePath());
        store.setNote(QStringLiteral("svc-pic-mobile-blue-dot"), QStringLiteral("Call before visiting"));
        store.setFavourite(QStringLiteral("svc-pic-mobile-blue-dot"), true);
    }
    const QByteArray before = test::readFile(data.userDatabasePath());
    store::DirectoryStore directoryStore(data);
    REQUIRE(api::prepareDataFolder(data));
    REQUIRE(directoryStore.openForReading());
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("Test");
    origin.created = QStringLiteral("2026-11-23T00:00:00Z");
    REQUIRE(directoryStore.importHsdsFolder(QStringLiteral(PATHWAYS_HSDS_EXAMPLE_DIR), origin).installed);
    CHECK(test::readFile(data.userDatabasePath()) == before);
    user::UserStore store(data.userDatabasePath());
    CHECK(store.note(QStringLiteral("svc-pic-mobile-blue-dot")) == QStringLiteral("Call before visiting"));
}
