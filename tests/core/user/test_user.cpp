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
        auto opened = user::UserStore::open(path);
        REQUIRE(opened);
        user::UserStore& store = **opened;
        CHECK(store.setNote(QStringLiteral("svc-1"), QStringLiteral("Ask for Ana; she speaks Arabic. «Дякую»")));
        CHECK(store.setFavourite(QStringLiteral("svc-1"), true));
        CHECK(store.setFavourite(QStringLiteral("svc-2"), true));
        CHECK(store.setFavourite(QStringLiteral("svc-2"), false));
        CHECK(store.setSetting(QStringLiteral("home"), QStringLiteral("Maribor")));
    }
    auto opened = user::UserStore::open(path);
    REQUIRE(opened);
    user::UserStore& store = **opened;
    CHECK(*store.note(QStringLiteral("svc-1")) == QStringLiteral("Ask for Ana; she speaks Arabic. «Дякую»"));
    CHECK(store.noteUpdated(QStringLiteral("svc-1"))->isValid());
    CHECK(*store.favourites() == QStringList{QStringLiteral("svc-1")});
    CHECK(*store.isFavourite(QStringLiteral("svc-1")));
    CHECK_FALSE(*store.isFavourite(QStringLiteral("svc-2")));
    CHECK(*store.setting(QStringLiteral("home")) == QStringLiteral("Maribor"));
    CHECK(*store.setting(QStringLiteral("missing"), QStringLiteral("x")) == QStringLiteral("x"));
    CHECK(store.setNote(QStringLiteral("svc-1"), QStringLiteral("   ")));
    CHECK(store.note(QStringLiteral("svc-1"))->isEmpty());
    CHECK(store.notedServices()->isEmpty());
}

TEST_CASE("a directory file is not mistaken for a user file")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("other.sqlite"));
    {
        db::Connection connection(path);
        connection.execute(QStringLiteral("PRAGMA application_id = 7; CREATE TABLE x(y)"));
    }
    const auto opened = user::UserStore::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message == path + QStringLiteral(" is not a Pathways user file"));
    CHECK(db::Connection(path).applicationId() == 7); // refused, not converted
}

TEST_CASE("a user file from a newer Pathways is refused, not downgraded")
{
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("user.sqlite"));
    REQUIRE(user::UserStore::open(path));
    {
        db::Connection connection(path);
        connection.setUserVersion(user::kUserSchemaVersion + 1);
    }
    const auto opened = user::UserStore::open(path);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().message.endsWith(QStringLiteral("was written by a newer Pathways")));
    CHECK(db::Connection(path).userVersion() == user::kUserSchemaVersion + 1);
}

TEST_CASE("a note the file refuses is an error value, and the note already saved stays")
{
    // Another program holds the write lock for longer than the busy timeout: the save fails as it would on
    // a full disk. Nothing throws (an exception would end the window), and nothing saved is lost.
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("user.sqlite"));
    auto opened = user::UserStore::open(path);
    REQUIRE(opened);
    REQUIRE((*opened)->setNote(QStringLiteral("svc-1"), QStringLiteral("Call first")));
    db::Connection other(path);
    other.execute(QStringLiteral("BEGIN EXCLUSIVE"));
    const Status saved = (*opened)->setNote(QStringLiteral("svc-1"), QStringLiteral("Changed"));
    REQUIRE_FALSE(saved);
    CHECK(saved.error().kind == Error::Kind::Io);
    CHECK(saved.error().message == QStringLiteral("cannot save your notes and favourites"));
    CHECK_FALSE(saved.error().detail.isEmpty());
    other.execute(QStringLiteral("ROLLBACK"));
    CHECK(*(*opened)->note(QStringLiteral("svc-1")) == QStringLiteral("Call first"));
}

TEST_CASE("replacing the directory never touches user.sqlite")
{
    test::TempDir dir;
    directory::DataFolder data(dir.file(QStringLiteral("data")));
    REQUIRE(data.ensureExists());
    {
        auto store = user::UserStore::open(data.userDatabasePath());
        REQUIRE(store);
        REQUIRE((*store)->setNote(QStringLiteral("svc-pic-mobile-blue-dot"), QStringLiteral("Call before visiting")));
        REQUIRE((*store)->setFavourite(QStringLiteral("svc-pic-mobile-blue-dot"), true));
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
    auto store = user::UserStore::open(data.userDatabasePath());
    REQUIRE(store);
    CHECK(*(*store)->note(QStringLiteral("svc-pic-mobile-blue-dot")) == QStringLiteral("Call before visiting"));
}
