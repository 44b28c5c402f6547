// The second payload form, directory.sqlite.zst: a publisher-built directory database. It installs without
// a re-import, so everything an import would have guaranteed is checked on the file itself. Each threat test
// forges one thing in an otherwise valid, really signed bundle and checks the refusal reason and that
// directory.sqlite and user.sqlite are byte-for-byte unchanged.
#include "BundleTestSupport.h"
#include "RequireRefused.h"
#include "bundle/Zstd.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/DirectorySchema.h"
#include "search/SearchEngine.h"

#include <catch2/catch.hpp>

using namespace pathways;
using namespace pathways::bundle;
using test::InstalledFixture;
using test::requireRefused;

namespace {

// A fixture whose installed directory came from a CSV bundle, about to receive database bundles.
struct DatabaseFixture
{
    InstalledFixture f;
    DatabaseFixture() { f.forge.database = true; }
    BundleInstaller::Outcome apply() { return f.apply(f.forge.build(3)); }
    void alter(const char* sql)
    {
        f.forge.alterDatabase = [sql](const QString& path) {
            db::Connection(path).execute(QString::fromLatin1(sql));
        };
    }
};

QStringList rows(const directory::DataFolder& data, const char* sql)
{
    db::Connection connection(data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
    auto statement = connection.prepare(QString::fromLatin1(sql));
    QStringList out;
    while (statement.step()) {
        QStringList columns;
        for (int i = 0; i < statement.columnCount(); ++i)
            columns << statement.columnText(i);
        out << columns.join(QLatin1Char('|'));
    }
    return out;
}

// Every (term, service, column) of the full-text index.
QStringList ftsInstances(const directory::DataFolder& data)
{
    db::Connection connection(data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
    connection.execute(
        QStringLiteral("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'search_fts', 'instance')"));
    auto statement = connection.prepare(QStringLiteral("SELECT term, doc, col FROM temp.v ORDER BY 1, 2, 3"));
    QStringList out;
    while (statement.step())
        out << statement.columnText(0) + QLatin1Char('|') + statement.columnText(1) + QLatin1Char('|') +
                   statement.columnText(2);
    return out;
}

} // namespace

TEST_CASE("a database bundle installs the same directory a CSV bundle of the same data does")
{
    InstalledFixture csv;
    csv.forge.files[1].data.append("svc-4,org-2,Night shelter,Beds for the night,active\n");
    REQUIRE(csv.apply(csv.forge.build(3)).installed);

    DatabaseFixture db;
    db.f.forge.files = csv.forge.files;
    const QByteArray bytes = db.f.forge.build(3);
    const QByteArray userBefore = test::readFile(db.f.data.userDatabasePath());
    CHECK(db.f.forge.manifest.payloadName == QLatin1String("directory.sqlite.zst"));
    CHECK(db.f.forge.manifest.directorySchema == 2);
    const auto outcome = db.f.apply(bytes);
    INFO(outcome.verify.describe().toStdString());
    REQUIRE(outcome.installed);
    CHECK(outcome.diff.added.size() == 1);

    for (const char* sql :
         {"SELECT * FROM service ORDER BY id", "SELECT * FROM translation ORDER BY 1, 2, 3, 4",
          "SELECT * FROM search_doc ORDER BY ord", "SELECT * FROM search_facet ORDER BY 1, 2",
          "SELECT * FROM search_name_key ORDER BY 1, 2",
          "SELECT publisher, sequence, created, expires, region, languages, origin FROM bundle_meta",
          "SELECT * FROM bundle_service_digest ORDER BY 1"}) {
        INFO(sql);
        CHECK(rows(db.f.data, sql) == rows(csv.data, sql));
    }
    // The full-text index holds the same terms for the same services, so every search finds the same.
    CHECK(ftsInstances(db.f.data) == ftsInstances(csv.data));
    CHECK(ftsInstances(db.f.data).size() > 20);
    CHECK(BundleInstaller(db.f.data).installedBundle().value() == bytes);
    CHECK(test::readFile(db.f.data.userDatabasePath()) == userBefore);
}

TEST_CASE("the signed manifest, not the database, says where a directory came from")
{
    DatabaseFixture db;
    db.alter("UPDATE bundle_meta SET publisher = 'Forged Publisher', sequence = 999, origin = 'embedded'");
    REQUIRE(db.apply().installed);
    CHECK(rows(db.f.data, "SELECT publisher, sequence, origin FROM bundle_meta") ==
          QStringList{QStringLiteral("Test Publisher|3|bundle")});
}

TEST_CASE("the builder picks the payload form by size unless told, and signs nothing a laptop would refuse")
{
    const test::TempDir temp;
    for (const ArchiveMember& file : test::fixtureFiles())
        temp.write(QStringLiteral("hsds/") + file.name, file.data);
    BundleBuilder::Options options;
    options.hsdsFolder = temp.file(QStringLiteral("hsds"));
    options.publisher = QStringLiteral("Test Publisher");
    options.sequence = 7;
    options.expires = QStringLiteral("2099-01-01");
    const SecretKey key = SecretKey::generate();
    QString error;
    const auto nameOf = [&](BundleBuilder::PayloadForm form) {
        options.payload = form;
        const auto bytes = BundleBuilder::build(options, key);
        REQUIRE(bytes);
        return test::splitBundle(*bytes).value(2).name;
    };
    CHECK(nameOf(BundleBuilder::PayloadForm::Auto) == QLatin1String("payload.tar.zst")); // 3 services
    CHECK(nameOf(BundleBuilder::PayloadForm::Tables) == QLatin1String("payload.tar.zst"));
    CHECK(nameOf(BundleBuilder::PayloadForm::Database) == QLatin1String("directory.sqlite.zst"));

    // Auto falls back to CSV when the database would be over a payload's limits; Database says so.
    options.autoThreshold = 1;
    CHECK(nameOf(BundleBuilder::PayloadForm::Auto) == QLatin1String("directory.sqlite.zst"));
    options.maxDatabaseBytes = 64 * 1024;
    QStringList warnings;
    options.payload = BundleBuilder::PayloadForm::Auto;
    const auto fallback = BundleBuilder::build(options, key, &warnings);
    REQUIRE(fallback);
    CHECK(test::splitBundle(*fallback).value(2).name == QLatin1String("payload.tar.zst"));
    CHECK(warnings.join(QLatin1Char('\n'))
              .contains(QStringLiteral("the bundle carries the CSV tables instead")));
    const auto manifest = BundleManifest::parse(test::splitBundle(*fallback).value(0).data);
    REQUIRE(manifest);
    CHECK(manifest->directorySchema == 0);
    CHECK(manifest->minAppVersion == QLatin1String("0.1.0"));
    options.payload = BundleBuilder::PayloadForm::Database;
    const auto tooLarge = BundleBuilder::build(options, key);
    REQUIRE_FALSE(tooLarge);
    CHECK(
        tooLarge.error().message.contains(QStringLiteral("over the 65536-byte limit of a database payload")));
    options.maxDatabaseBytes = format::kMaxDatabaseBytes;

    // What every laptop would refuse is refused at build time, in either form: a record the import drops,
    // a reference that dangles.
    const QByteArray services = test::readFile(temp.file(QStringLiteral("hsds/services.csv")));
    for (const auto form : {BundleBuilder::PayloadForm::Database, BundleBuilder::PayloadForm::Tables}) {
        options.payload = form;
        temp.write(QStringLiteral("hsds/services.csv"), services + "svc-x,org-1,,no name,active\n");
        const auto dropped = BundleBuilder::build(options, key);
        REQUIRE_FALSE(dropped);
        CHECK(dropped.error().message.contains(
            QStringLiteral("1 record(s) could not be imported, e.g. services.csv:5 [svc-x]")));
        temp.write(QStringLiteral("hsds/services.csv"), services + "svc-y,org-404,Ghost,Nobody's,active\n");
        const auto dangling = BundleBuilder::build(options, key);
        REQUIRE_FALSE(dangling);
        CHECK(dangling.error().message.contains(
            QStringLiteral("service svc-y refers to organization org-404")));
    }
}

TEST_CASE("threat (database payload): tampered payload byte")
{
    DatabaseFixture db;
    auto members = test::splitBundle(db.f.forge.build(3));
    members[2].data[members[2].data.size() / 2] ^= 0x01;
    requireRefused(db.f.apply(Ustar::write(members)), VerifyStep::Payload, "hash does not match");
    CHECK(db.f.unchanged());
}

TEST_CASE("threat (database payload): the manifest declares the other payload form")
{
    DatabaseFixture db;
    const QByteArray payload = db.f.forge.payload();
    BundleManifest manifest = db.f.forge.manifest;
    manifest.sequence = 3;
    manifest.payloadName = QStringLiteral("payload.tar.zst");
    manifest.directorySchema = 0;
    // Signed as a CSV bundle, carrying the database under its own name.
    const QByteArray json = manifest.toJson();
    const Signature signature = Signature::sign(db.f.forge.key, json, manifest.trustedComment());
    requireRefused(db.f.apply(BundleBuilder::assemble(json, signature.toFile(), payload, 0,
                                                      QStringLiteral("directory.sqlite.zst"))),
                   VerifyStep::Manifest,
                   "declared as payload.tar.zst but the bundle carries directory.sqlite.zst");
    CHECK(db.f.unchanged());
}

TEST_CASE("threat (database payload): not an SQLite file, WAL mode, another schema version")
{
    DatabaseFixture db;
    db.f.forge.alterDatabaseBytes = [](QByteArray& bytes) { bytes.replace(0, 6, "SQLitX"); };
    requireRefused(db.apply(), VerifyStep::Payload, "is not an SQLite database");
    db.f.forge.alterDatabaseBytes = [](QByteArray& bytes) { bytes[18] = 2, bytes[19] = 2; };
    requireRefused(db.apply(), VerifyStep::Payload, "WAL mode");
    db.f.forge.alterDatabaseBytes = [](QByteArray& bytes) { bytes.chop(100); };
    requireRefused(db.apply(), VerifyStep::Payload, "whole number of pages");
    db.f.forge.alterDatabaseBytes = {};
    db.alter("PRAGMA user_version = 3");
    requireRefused(db.apply(), VerifyStep::Payload, "schema version 3, the manifest says 2");
    CHECK(db.f.unchanged());
}

TEST_CASE("threat (database payload): decompression bomb")
{
    DatabaseFixture db;
    db.f.forge.alterDatabaseBytes = [](QByteArray& bytes) { bytes.append(QByteArray(64 << 20, '\0')); };
    const QByteArray payload = db.f.forge.payload();
    BundleManifest manifest = db.f.forge.manifest;
    manifest.sequence = 3;
    manifest.uncompressedSize = 1 << 20; // claims 1 MiB; the stream holds 64 MiB more
    requireRefused(db.f.apply(BundleBuilder::signAndAssemble(manifest, payload, db.f.forge.key)),
                   VerifyStep::Payload, "decompresses to more than the 1048576 bytes allowed");
    CHECK(db.f.unchanged());
}

TEST_CASE("threat (database payload): SQL of its own in the schema")
{
    DatabaseFixture db;
    SECTION("a trigger")
    {
        db.alter("CREATE TRIGGER t AFTER INSERT ON bundle_meta BEGIN DELETE FROM service; END");
        requireRefused(db.apply(), VerifyStep::Content, "trigger \"t\", which a directory does not have");
    }
    SECTION("a view")
    {
        db.alter("CREATE VIEW v AS SELECT * FROM service");
        requireRefused(db.apply(), VerifyStep::Content, "view \"v\", which a directory does not have");
    }
    SECTION("an extra table, as an installed directory's bundle tables would be")
    {
        db.alter("CREATE TABLE bundle_publisher_sequence (publisher TEXT, sequence INTEGER)");
        requireRefused(db.apply(), VerifyStep::Content, "table \"bundle_publisher_sequence\"");
    }
    SECTION("a table defined otherwise")
    {
        db.alter(
            "DROP TABLE search_term; CREATE TABLE search_term (term TEXT, extra TEXT DEFAULT (random()))");
        requireRefused(db.apply(), VerifyStep::Content,
                       "\"search_term\" is not defined as a directory defines it");
    }
    SECTION("a table missing")
    {
        db.alter("DROP TABLE search_place");
        requireRefused(db.apply(), VerifyStep::Content, "has no \"search_place\"");
    }
    CHECK(db.f.unchanged());
}

TEST_CASE("threat (database payload): damaged pages and indexes")
{
    DatabaseFixture db;
    SECTION("a page overwritten")
    {
        db.f.forge.alterDatabaseBytes = [](QByteArray& bytes) {
            const qsizetype pageSize = 4096;
            for (qsizetype i = 2 * pageSize; i < 3 * pageSize; ++i)
                bytes[i] = static_cast<char>(0xA5);
        };
        requireRefused(db.apply(), VerifyStep::Content, "fails its integrity check: Page 3");
    }
    SECTION("an index that disagrees with its table")
    {
        // Rows changed behind the index's back: only a full integrity_check notices.
        // The index is redefined for a moment, so the rows change behind its back; then its definition is
        // restored. Only a full integrity_check compares an index with its table.
        db.f.forge.alterDatabase = [](const QString& path) {
            const auto setIndexColumn = [&path](const char* column) {
                db::Connection(path).execute(
                    QStringLiteral(
                        "PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = "
                        "'CREATE INDEX search_geo_ord ON search_geo(%1)' WHERE name = 'search_geo_ord'")
                        .arg(QLatin1String(column)));
            };
            setIndexColumn("latitude");
            db::Connection(path).execute(QStringLiteral("UPDATE search_geo SET ord = ord + 1000"));
            setIndexColumn("ord");
        };
        requireRefused(db.apply(), VerifyStep::Content, "fails its integrity check");
    }
    CHECK(db.f.unchanged());
}

TEST_CASE("threat (database payload): values an import would never write")
{
    DatabaseFixture db;
    SECTION("a latitude out of range")
    {
        db.alter("UPDATE location SET latitude = 200 WHERE rowid = (SELECT min(rowid) FROM location)");
        requireRefused(db.apply(), VerifyStep::Content, "holds a value an import would not write");
    }
    SECTION("a blob where text belongs")
    {
        db.alter("UPDATE service SET name = x'00ff' WHERE id = 'svc-1'");
        requireRefused(db.apply(), VerifyStep::Content, "service 'svc-1' holds a value");
    }
    SECTION("a record an import would drop: a service without a name")
    {
        db.alter("UPDATE service SET name = '' WHERE id = 'svc-2'");
        requireRefused(db.apply(), VerifyStep::Content, "service 'svc-2' holds a value");
    }
    SECTION("a record an import would drop: a translation of no table")
    {
        db.alter(
            "UPDATE translation SET entity = 'sqlite_schema' WHERE id = (SELECT min(id) FROM translation)");
        requireRefused(db.apply(), VerifyStep::Content, "translation");
    }
    SECTION("a service the search index does not know")
    {
        db.alter("DELETE FROM search_doc WHERE service_id = 'svc-2'");
        requireRefused(db.apply(), VerifyStep::Content, "the search index covers 2 of 3 services");
    }
    SECTION("a damaged facet list")
    {
        db.alter("INSERT INTO search_facet VALUES ('category', 'legal-aid', 2, x'0180')");
        requireRefused(db.apply(), VerifyStep::Content, "the search facet category \"legal-aid\" is damaged");
    }
    SECTION("a damaged full-text index")
    {
        db.alter("DELETE FROM search_fts_data WHERE id = (SELECT max(id) FROM search_fts_data)");
        requireRefused(db.apply(), VerifyStep::Content, "search index fails its integrity check");
    }
    CHECK(db.f.unchanged());
}

TEST_CASE("threat (database payload): counts and references")
{
    DatabaseFixture db;
    SECTION("counts that disagree with the database")
    {
        const QByteArray payload = db.f.forge.payload();
        BundleManifest manifest = db.f.forge.manifest;
        manifest.sequence = 3;
        manifest.counts[QStringLiteral("service")] = 4;
        requireRefused(db.f.apply(BundleBuilder::signAndAssemble(manifest, payload, db.f.forge.key)),
                       VerifyStep::Content, "service has 3 usable rows, the manifest says 4");
    }
    SECTION("a reference that dangles")
    {
        db.alter("UPDATE service SET organization_id = 'org-404' WHERE id = 'svc-1'");
        requireRefused(db.apply(), VerifyStep::Content, "org-404");
    }
    CHECK(db.f.unchanged());
}

// Issue 11, defect 11: leaving out services no longer running needed no schema change (RunningServices.h),
// so a database bundle pinned to the schema the previous version wrote still installs, and its ended
// services are left out of a running-only search without rebuilding its index.
TEST_CASE("a database bundle of the current schema installs, and its ended services are left out")
{
    DatabaseFixture db;
    db.f.forge.files[1].data.append("svc-4,org-2,Night shelter (2019 project),Beds for the night,inactive\n");
    REQUIRE(db.apply().installed);
    CHECK(db.f.forge.manifest.directorySchema == directory::kDirectorySchemaVersion);
    db::Connection connection(db.f.data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
    search::SearchEngine engine(connection);
    search::SearchQuery query;
    query.limit = 100;
    QStringList all;
    for (const auto& hit : engine.search(query).hits)
        all << hit.serviceId;
    CHECK(all.contains(QStringLiteral("svc-4")));
    query.runningOnly = true;
    const search::SearchResults running = engine.search(query);
    QStringList runningIds;
    for (const auto& hit : running.hits)
        runningIds << hit.serviceId;
    CHECK_FALSE(runningIds.contains(QStringLiteral("svc-4")));
    CHECK(runningIds.size() == all.size() - 1);
    CHECK(running.total == runningIds.size());
}
