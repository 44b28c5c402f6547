// What a package may come as (a zip, a folder in a folder, datapackage.json paths, HSDS 3.0 JSON), and
// what an untrusted package must not do (leave its folder, expand without bound).
#include "ImportFixture.h"
#include "import/PackageArchive.h"

#include <QDir>
#include <QFile>
#include <archive.h>
#include <archive_entry.h>

using namespace pathways;
using namespace pathways::test;
using import::PackageArchive;

namespace {

struct ZipEntry
{
    const char* name;
    QByteArray data;
    const char* symlinkTo = nullptr;
};

// Writes a real zip file with libarchive, hostile entries included (they are what is being tested).
void writeZip(const QString& path, const QList<ZipEntry>& entries)
{
    archive* zip = archive_write_new();
    archive_write_set_format_zip(zip);
    REQUIRE(archive_write_open_filename(zip, QFile::encodeName(path).constData()) == ARCHIVE_OK);
    for (const ZipEntry& e : entries) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name);
        if (e.symlinkTo) {
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink(entry, e.symlinkTo);
            archive_entry_set_size(entry, 0);
        } else {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.data.size());
        }
        archive_entry_set_perm(entry, 0644);
        REQUIRE(archive_write_header(zip, entry) == ARCHIVE_OK);
        if (!e.symlinkTo)
            archive_write_data(zip, e.data.constData(), static_cast<size_t>(e.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(zip);
    archive_write_free(zip);
}

const QByteArray kServices = "id,name,status\ns1,Legal aid,active\n";

} // namespace

TEST_CASE("a zip package imports, also when it holds the package folder")
{
    Fixture f;
    const QString zip = f.dir.file(QStringLiteral("export.zip"));
    writeZip(zip, {{"export-2026/services.csv", kServices},
                   {"export-2026/phones.csv", "id,service_id,number\np1,s1,123\n"},
                   {"export-2026/README.txt", "not a table"}});
    const ImportReport report = HsdsImporter::importFolder(zip, f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.count("service") == 1);
    CHECK(f.count("phone") == 1);
    CHECK(report.notes.contains(QStringLiteral("unpacked from export.zip")));
    CHECK(report.notes.contains(QStringLiteral("the package is the folder export-2026 inside the one given")));
    // Nothing of the scratch folder is left beside the database.
    CHECK(QDir(f.dir.path()).entryList({QStringLiteral(".import-*")}, QDir::Dirs | QDir::Hidden).isEmpty());
}

TEST_CASE("a zip whose JSON files are in a subfolder imports as HSDS 3.0 JSON")
{
    Fixture f;
    const auto read = [](const char* name) {
        QFile file(dataPackage("hsds-3.0-json/folder/") + QString::fromLatin1(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    const QString zip = f.dir.file(QStringLiteral("api-dump.zip"));
    writeZip(zip, {{"api-dump/organization.json", read("organization.json")},
                   {"api-dump/services-page-1.json", read("services-page-1.json")},
                   {"__MACOSX/api-dump/._organization.json", "debris"}});
    const ImportReport report = HsdsImporter::importFolder(zip, f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.format == QStringLiteral("HSDS 3.0 JSON"));
    CHECK(report.notes.contains(QStringLiteral("the package is the folder api-dump inside the one given")));

    Fixture direct; // the same files as a folder: the same services
    REQUIRE_FALSE(HsdsImporter::importFolder(dataPackage("hsds-3.0-json/folder"), direct.db).hasFatal());
    CHECK(f.count("service") == direct.count("service"));
    CHECK(f.count("service") > 0);
    CHECK(f.text("SELECT group_concat(id) FROM (SELECT id FROM service ORDER BY id)") ==
          direct.text("SELECT group_concat(id) FROM (SELECT id FROM service ORDER BY id)"));
}

TEST_CASE("a zip entry that would leave the package, or a link, refuses the whole zip")
{
    Fixture f;
    f.db.execute(QStringLiteral("INSERT INTO service(id, name) VALUES ('old', 'Kept')"));
    const QString zip = f.dir.file(QStringLiteral("hostile.zip"));
    const auto [entry, words] = GENERATE(table<ZipEntry, const char*>({
        {ZipEntry{"../outside.csv", "id,name\nx,y\n"}, "outside the package"},
        {ZipEntry{"pkg/../../outside.csv", "id,name\nx,y\n"}, "outside the package"},
        {ZipEntry{"/tmp/absolute.csv", "id,name\nx,y\n"}, "outside the package"},
        {ZipEntry{"phones.csv", {}, "/etc/passwd"}, "is a link"},
    }));
    writeZip(zip, {{"services.csv", kServices}, entry});
    const ImportReport report = HsdsImporter::importFolder(zip, f.db);
    INFO(describe(report));
    const auto fatal = find(report, Severity::Fatal, "hostile.zip", words);
    REQUIRE(fatal.size() == 1);
    CHECK(fatal.first().message.contains(QString::fromUtf8(entry.name)));
    CHECK_FALSE(QFile::exists(f.dir.file(QStringLiteral("outside.csv"))));
    CHECK(f.text("SELECT group_concat(id) FROM service") == QStringLiteral("old"));
}

TEST_CASE("a zip's expanded size and number of entries are capped")
{
    test::TempDir dir;
    const QString zip = dir.file(QStringLiteral("big.zip"));
    // Compresses to almost nothing, as a zip bomb does.
    writeZip(zip, {{"services.csv", "id,name\n" + QByteArray(1 << 20, 'a')}, {"a.csv", "x"}, {"b.csv", "y"}});
    QString error;
    PackageArchive::Limits size;
    size.maxExpandedBytes = 512 * 1024;
    QDir().mkpath(dir.file(QStringLiteral("one")));
    CHECK_FALSE(PackageArchive::extract(zip, dir.file(QStringLiteral("one")), size, &error));
    CHECK(error.contains(QStringLiteral("expands to more than 0 MiB")));
    PackageArchive::Limits count;
    count.maxEntries = 2;
    QDir().mkpath(dir.file(QStringLiteral("two")));
    CHECK_FALSE(PackageArchive::extract(zip, dir.file(QStringLiteral("two")), count, &error));
    CHECK(error.contains(QStringLiteral("more than 2 entries")));
    QDir().mkpath(dir.file(QStringLiteral("three")));
    CHECK(PackageArchive::extract(zip, dir.file(QStringLiteral("three")), &error));
    CHECK(QFile(dir.file(QStringLiteral("three/services.csv"))).size() == (1 << 20) + 8);
}

TEST_CASE("a file that is not a zip is a fatal one-line error")
{
    Fixture f;
    f.write("not.zip", "PK but not really");
    const ImportReport report = HsdsImporter::importFolder(f.dir.file(QStringLiteral("package/not.zip")), f.db);
    REQUIRE(report.count(Severity::Fatal) == 1);
    CHECK(report.issues.first().message.startsWith(QStringLiteral("not a readable zip file")));
}

TEST_CASE("datapackage.json paths: data/ folders, paths looked up beside it, paths that leave are refused")
{
    Fixture f;
    f.write("datapackage.json", R"({"resources": [
        {"name": "services", "path": "data/services.csv"},
        {"name": "organizations", "path": "exports/2024/organizations.csv"},
        {"name": "phones", "path": "../phones.csv"},
        {"name": "locations", "path": "/etc/locations.csv"}]})");
    f.write("data/services.csv", "id,name,organization_id,status\ns1,Counselling,o1,active\n");
    f.write("organizations.csv", "id,name\no1,Org\n"); // not where the descriptor says: found beside it
    f.dir.write(QStringLiteral("phones.csv"), "id,service_id,number\np1,s1,1\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.count("service") == 1);
    CHECK(f.count("organization") == 1);
    CHECK(report.notes.contains(
        QStringLiteral("datapackage.json: exports/2024/organizations.csv not found, organizations.csv beside it "
                       "read instead")));
    CHECK(f.count("phone") == 0);
    CHECK(find(report, Severity::Warning, "datapackage.json", "\"../phones.csv\"").size() == 1);
    CHECK(find(report, Severity::Warning, "datapackage.json", "\"/etc/locations.csv\"").size() == 1);
}

TEST_CASE("a symbolic link in a package folder is not followed")
{
    Fixture f;
    f.write("services.csv", kServices);
    f.dir.write(QStringLiteral("secret.csv"), "id,service_id,number\np1,s1,1\n");
    REQUIRE(QFile::link(f.dir.file(QStringLiteral("secret.csv")), f.dir.file(QStringLiteral("package/phones.csv"))));
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(find(report, Severity::Warning, "phones.csv", "symbolic link").size() == 1);
    CHECK(f.count("phone") == 0);
}

TEST_CASE("HSDS 3.0 JSON: a full service document with everything nested")
{
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(dataPackage("hsds-3.0-json/service.json"), f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.format == QStringLiteral("HSDS 3.0 JSON"));
    CHECK(f.text("SELECT name || ' / ' || organization_id FROM service") ==
          QStringLiteral("Counselling for young people / org-youth"));
    CHECK(f.text("SELECT website FROM organization") == QStringLiteral("https://youth-counsel.example"));
    CHECK(f.value("SELECT minimum_age FROM service").toInt() == 12);
    CHECK(f.text("SELECT group_concat(service_id) FROM phone") == QStringLiteral("svc-counsel,svc-counsel"));
    CHECK(f.text("SELECT phone_id || ':' || code FROM language") == QStringLiteral("ph-1:ur"));
    CHECK(f.text("SELECT service_id || '@' || location_id FROM service_at_location") ==
          QStringLiteral("svc-counsel@loc-1"));
    CHECK(f.text("SELECT location_id || ' ' || city FROM address") == QStringLiteral("loc-1 Manchester"));
    CHECK(f.text("SELECT link_id || ' ' || link_entity || ' ' || taxonomy_term_id FROM attribute") ==
          QStringLiteral("svc-counsel service tt-1"));
    CHECK(f.text("SELECT name || ' ' || taxonomy_id FROM taxonomy_term") == QStringLiteral("Mental health tx-1"));
    // The JSON's own gaps are reported like the CSV's: an id-less phone, an empty schedule, an unknown key.
    CHECK(find(report, Severity::Warning, "phones.csv", "derived id").size() == 1);
    CHECK(find(report, Severity::Warning, "schedules.csv", "no days and no times").size() == 1);
    CHECK(find(report, Severity::Warning, "service.json", "service: 1 key(s) not kept: x_rating").size() == 1);
}

TEST_CASE("HSDS 3.0 JSON: a folder with an organisation and one page of a list")
{
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(dataPackage("hsds-3.0-json/folder"), f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.text("SELECT group_concat(id || '=' || name || '/' || organization_id, ' ') FROM (SELECT * FROM "
                 "service ORDER BY id)") ==
          QStringLiteral("svc-advice=Debt advice/org-advice svc-meals=Hot meals/org-food "
                         "svc-pantry=Weekly pantry/org-food"));
    CHECK(f.count("organization") == 2);
    CHECK(f.text("SELECT organization_id FROM location") == QStringLiteral("org-food"));
    CHECK(f.text("SELECT service_id FROM schedule") == QStringLiteral("svc-pantry"));
    const auto page = find(report, Severity::Warning, "services-page-1.json", "page 1 of 2");
    REQUIRE(page.size() == 1);
    CHECK(page.first().message.contains(QStringLiteral("a list of 3: only its 2 record(s)")));
}

TEST_CASE("a JSON file that is not JSON is fatal")
{
    Fixture f;
    f.write("broken.json", "{\"id\": ");
    const ImportReport report = HsdsImporter::importFolder(f.dir.file(QStringLiteral("package/broken.json")), f.db);
    CHECK(find(report, Severity::Fatal, "broken.json", "not JSON").size() == 1);
}
