#include "ImportFixture.h"

#include <QElapsedTimer>
#include <QVariant>
#include <catch2/catch.hpp>
#include <ctime>

using namespace pathways;
using namespace pathways::test;

namespace {

const QByteArray kOrganizations = "id,name,description\no1,Društvo Ključ,Families\n";

} // namespace

TEST_CASE("the HSDS 3.0 specification example imports, with its oddities reported")
{
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(QStringLiteral(PATHWAYS_HSDS_EXAMPLE_DIR), f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.count(Severity::Dropped) == 0);

    const char* tables[] = {
        "organization",  "program",       "service",   "location",    "service_at_location",
        "address",       "phone",         "schedule",  "language",    "service_area",
        "taxonomy",      "taxonomy_term", "attribute", "cost_option", "required_document",
        "accessibility", "contact"};
    for (const char* table : tables) {
        INFO(table);
        CHECK(report.rowsImported.value(QString::fromUtf8(table)) == 1);
        CHECK(f.count(table) == 1);
    }
    CHECK(report.rowsImported.value(QStringLiteral("translation")) == 0);

    CHECK(f.text("SELECT name FROM service WHERE id = 'ac148810-d857-441c-9679-408f346de14b'") ==
          QStringLiteral("Community Counselling"));
    CHECK(f.text("SELECT number FROM phone") == QStringLiteral("\"+44 1234 234567\""));
    CHECK(f.value("SELECT minimum_age FROM service").toDouble() == 12.0);
    CHECK(f.text("SELECT timezone FROM schedule") == QStringLiteral("3"));
    CHECK(f.text("SELECT byday FROM schedule") == QStringLiteral("TH,FR"));
    CHECK(f.value("SELECT count(*) FROM location WHERE latitude IS NULL AND longitude IS NULL").toInt() == 1);
    CHECK(f.value("SELECT amount FROM cost_option").toDouble() == 35.0);

    const auto coordinates = find(report, Severity::Warning, "locations.csv", "latitude/longitude");
    REQUIRE(coordinates.size() == 1);
    CHECK(coordinates.first().line == 2);
    CHECK(coordinates.first().recordId == QStringLiteral("3a19ff88-4620-4d17-9830-ac1d859eb5d5"));
    CHECK(find(report, Severity::Warning, "schedules.csv").isEmpty());
    CHECK(find(report, Severity::Warning, "funding.csv", "not imported").size() == 1);
    CHECK(find(report, Severity::Warning, "metadata.csv", "not imported").size() == 1);
    // The example's location belongs to an organization that is not in the package.
    CHECK(find(report, Severity::Warning, "locations.csv", "organization_id").size() == 1);
}

TEST_CASE("a package inside Qt resources imports")
{
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(QStringLiteral(":/import-test/minimal"), f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.rowsImported.value(QStringLiteral("service")) == 2);
    CHECK(f.text("SELECT name FROM organization") == QStringLiteral("Društvo Ključ"));
}

TEST_CASE("RFC 4180 quoting: doubled quotes, separators and line breaks inside fields")
{
    Fixture f;
    f.write("services.csv", "id,name,description\n"
                            "s1,\"Say \"\"hello\"\"\",\"one, two\nthree\n\"\"four\"\"\"\n"
                            "s2,Second,\n"
                            "s2,Duplicate,\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.text("SELECT name FROM service WHERE id = 's1'") == QStringLiteral("Say \"hello\""));
    CHECK(f.text("SELECT description FROM service WHERE id = 's1'") ==
          QStringLiteral("one, two\nthree\n\"four\""));
    CHECK(f.value("SELECT description FROM service WHERE id = 's2'").isNull()); // empty -> NULL
    // Line numbers count the physical lines of the multi-line record.
    const auto duplicates = find(report, Severity::Dropped, "services.csv", "duplicate");
    REQUIRE(duplicates.size() == 1);
    CHECK(duplicates.first().line == 6);
    CHECK(duplicates.first().recordId == QStringLiteral("s2"));
    CHECK(f.text("SELECT name FROM service WHERE id = 's2'") == QStringLiteral("Second"));
}

TEST_CASE("a byte order mark and CRLF line ends are accepted")
{
    Fixture f;
    f.write("services.csv", "\xEF\xBB\xBFid,name,description\r\ns1,First,\"a\r\nb\"\r\ns2,Second,x\r\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.rowsImported.value(QStringLiteral("service")) == 2);
    CHECK(f.text("SELECT description FROM service WHERE id = 's1'") == QStringLiteral("a\nb"));
    CHECK(f.text("SELECT description FROM service WHERE id = 's2'") == QStringLiteral("x"));
}

TEST_CASE("columns are matched by name: any order, unknown columns reported, optional ones may be absent")
{
    Fixture f;
    f.write("organizations.csv", kOrganizations);
    f.write("services.csv", "colour,name,organization_id,id,status\nred,Shelter,o1,s1,active\n");
    f.write("locations.csv", "longitude,latitude,id,shoe_size\n14.5,46.05,l1,42\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    // Unknown columns are said once per file, never per record.
    REQUIRE(report.issues.size() == 2);
    CHECK(find(report, Severity::Warning, "services.csv", "1 column(s) not kept: colour").size() == 1);
    CHECK(find(report, Severity::Warning, "locations.csv", "1 column(s) not kept: shoe_size").size() == 1);
    CHECK(f.text("SELECT name || '/' || organization_id FROM service") == QStringLiteral("Shelter/o1"));
    CHECK(f.value("SELECT latitude FROM location").toDouble() == 46.05);
    CHECK(f.value("SELECT longitude FROM location").toDouble() == 14.5);
    CHECK(report.rowsImported.value(QStringLiteral("phone")) == 0);
}

TEST_CASE("only services.csv: missing optional tables are fine, unresolvable references reported once")
{
    Fixture f;
    f.write("services.csv", "id,name,organization_id\ns1,A,o1\ns2,B,o2\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.rowsImported.value(QStringLiteral("service")) == 2);
    CHECK(find(report, Severity::Warning, "services.csv", "organization_id refers to organization").size() ==
          1);
    CHECK(find(report, Severity::Warning, "services.csv", "matches no").isEmpty());
}

TEST_CASE("datapackage.json names the files, also renamed ones in a sub-folder")
{
    Fixture f;
    f.write("datapackage.json", R"({"name": "x", "resources": [
        {"name": "service", "path": "data/svc-2024.csv"},
        {"name": "organizations", "path": "data/orgs.csv"},
        {"name": "funding", "path": "funding.csv"}]})");
    f.write("data/svc-2024.csv", "id,name,organization_id,status\ns1,Counselling,o1,active\n");
    f.write("data/orgs.csv", kOrganizations);
    f.write("services.csv", "id,name\nwrong,Must not be read\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.text("SELECT group_concat(id) FROM service") == QStringLiteral("s1"));
    CHECK(f.count("organization") == 1);
    CHECK(find(report, Severity::Warning, "services.csv", "not imported").size() == 1);
    CHECK(find(report, Severity::Warning, "data/svc-2024.csv").isEmpty());
}

TEST_CASE("a broken datapackage.json is reported and the official file names are used")
{
    Fixture f;
    f.write("datapackage.json", "{ not json");
    f.write("services.csv", "id,name,status\ns1,A,active\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(find(report, Severity::Warning, "datapackage.json", "official file names").size() == 1);
    CHECK(report.rowsImported.value(QStringLiteral("service")) == 1);
}

TEST_CASE("required fields: no id or no name drops the record, a missing status only warns")
{
    Fixture f;
    f.write("services.csv", "id,name,status\ns1,,active\n,Nameless id,active\ns3,Fine,\n");
    f.write("phones.csv", "id,service_id,number\np1,s3,\np2,s3,+386 1 234 56 78\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.text("SELECT group_concat(id) FROM service") == QStringLiteral("s3"));
    const auto noName = find(report, Severity::Dropped, "services.csv", "name");
    REQUIRE(noName.size() == 1);
    CHECK(noName.first().line == 2);
    CHECK(noName.first().recordId == QStringLiteral("s1"));
    CHECK(find(report, Severity::Dropped, "services.csv", "no id").size() == 1);
    CHECK(find(report, Severity::Warning, "services.csv", "status").size() == 1);
    CHECK(find(report, Severity::Dropped, "phones.csv", "number").size() == 1);
    CHECK(f.text("SELECT group_concat(id) FROM phone") == QStringLiteral("p2"));
}

TEST_CASE("dangling references: warnings keep the record, a link record without its target is dropped")
{
    Fixture f;
    f.write("organizations.csv", kOrganizations);
    f.write("services.csv", "id,name,organization_id\ns1,A,o1\ns2,B,ghost\n");
    f.write("locations.csv", "id,name\nl1,Centre\n");
    f.write("service_at_location.csv", "id,service_id,location_id\nsl1,s1,l1\nsl2,s1,nowhere\nsl3,gone,l1\n");
    f.write("phones.csv", "id,service_id,number\np1,s9,123\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.count("service") == 2);
    const auto org = find(report, Severity::Warning, "services.csv", "organization_id \"ghost\"");
    REQUIRE(org.size() == 1);
    CHECK(org.first().line == 3);
    CHECK(org.first().recordId == QStringLiteral("s2"));
    CHECK(f.text("SELECT group_concat(id) FROM service_at_location") == QStringLiteral("sl1"));
    CHECK(find(report, Severity::Dropped, "service_at_location.csv", "matches no").size() == 2);
    CHECK(find(report, Severity::Warning, "phones.csv", "service_id \"s9\"").size() == 1);
    CHECK(f.count("phone") == 1);
}

TEST_CASE("references within a table may point down the file, attributes follow link_entity")
{
    Fixture f;
    f.write("organizations.csv",
            "id,name,parent_organization_id\no1,Branch,o2\no2,Head office,\no3,Orphan,o9\n");
    f.write("services.csv", "id,name,organization_id\ns1,A,o1\n");
    f.write("taxonomy_terms.csv", "id,name,taxonomy,taxonomy_id\nt1,Food,open-eligibility,\n");
    f.write("attributes.csv", "id,link_id,taxonomy_term_id,link_entity\n"
                              "a1,s1,t1,service\na2,s404,t1,service\na3,s1,t404,service\na4,x,t1,unknown\n");
    f.write("accessibility.csv", ""); // an empty optional file: a warning, nothing else
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    const auto parents = find(report, Severity::Warning, "organizations.csv", "parent_organization_id");
    REQUIRE(parents.size() == 1);
    CHECK(parents.first().recordId == QStringLiteral("o3"));
    CHECK(f.text("SELECT group_concat(id) FROM (SELECT id FROM attribute ORDER BY id)") ==
          QStringLiteral("a1,a2,a4"));
    CHECK(find(report, Severity::Warning, "attributes.csv", "link_id \"s404\" matches no service").size() ==
          1);
    CHECK(find(report, Severity::Dropped, "attributes.csv", "taxonomy_term_id \"t404\"").size() == 1);
    CHECK(f.text("SELECT taxonomy FROM taxonomy_term") == QStringLiteral("open-eligibility"));
    CHECK(find(report, Severity::Warning, "accessibility.csv", "empty").size() == 1);
    CHECK(report.rowsImported.value(QStringLiteral("accessibility")) == 0);
}

TEST_CASE("bad schedules are reported and kept, bad numbers and coordinates become NULL")
{
    Fixture f;
    f.write("services.csv", "id,name,minimum_age\ns1,A,twelve\n");
    f.write("schedules.csv", "id,service_id,freq,byday,opens_at,closes_at,valid_from,interval\n"
                             "h1,s1,WEEKLY,\"MO,TU,1MO,-1FR\",09:00,17:30:00,2024-01-01,1\n"
                             "h2,s1,FORTNIGHTLY,MON,9am,25:00,01/02/2024,every\n");
    f.write("locations.csv", "id,latitude,longitude\nl1,46.05,\nl2,-91,10\nl3,-33.9,151.2\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.count("schedule") == 2);
    CHECK(find(report, Severity::Warning, "schedules.csv").size() == 2); // h2: the schedule, the interval
    const auto bad = find(report, Severity::Warning, "schedules.csv", "freq");
    REQUIRE(bad.size() == 1);
    CHECK(bad.first().recordId == QStringLiteral("h2"));
    for (const char* part : {"byday", "opens_at", "closes_at", "valid_from"})
        CHECK(bad.first().message.contains(QString::fromUtf8(part)));
    CHECK(f.value("SELECT interval FROM schedule WHERE id = 'h2'").isNull());
    CHECK(f.value("SELECT interval FROM schedule WHERE id = 'h1'").toInt() == 1);
    CHECK(f.value("SELECT minimum_age FROM service").isNull());
    CHECK(find(report, Severity::Warning, "services.csv", "minimum_age").size() == 1);
    CHECK(find(report, Severity::Warning, "locations.csv", "latitude/longitude").size() == 2);
    CHECK(f.value("SELECT count(*) FROM location WHERE latitude IS NULL").toInt() == 2);
    CHECK(f.value("SELECT latitude FROM location WHERE id = 'l3'").toDouble() == -33.9);
}

TEST_CASE("a ragged row is dropped and an unterminated quote reported, the other records kept")
{
    Fixture f;
    f.write("services.csv", "id,name,status\ns1,A,active\ns2,B\ns3,C,active,extra\ns4,D,active\n");
    f.write("phones.csv", "id,service_id,number\np1,s1,123\np2,s1,\"456\np3,s1,789\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.text("SELECT group_concat(id) FROM (SELECT id FROM service ORDER BY id)") ==
          QStringLiteral("s1,s4"));
    const auto ragged = find(report, Severity::Dropped, "services.csv", "fields");
    REQUIRE(ragged.size() == 2);
    CHECK(ragged.at(0).line == 3);
    CHECK(ragged.at(0).recordId == QStringLiteral("s2"));
    CHECK(ragged.at(1).line == 4);
    const auto quote = find(report, Severity::Dropped, "phones.csv", "never closed");
    REQUIRE(quote.size() == 1);
    CHECK(quote.first().line == 3);
    CHECK(f.text("SELECT group_concat(id) FROM phone") == QStringLiteral("p1"));
}

TEST_CASE("invalid UTF-8 is fatal and leaves the target database as it was")
{
    Fixture f;
    f.db.execute(QStringLiteral("INSERT INTO service(id, name) VALUES ('old', 'Kept')"));
    f.write("services.csv", "id,name\ns1,Fine\n");
    f.write("phones.csv", "id,service_id,number\np1,s1,1\np2,s1,\"Latin-1 \xE9t\xE9\"\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE(report.hasFatal());
    const auto fatal = find(report, Severity::Fatal, "phones.csv", "UTF-8");
    REQUIRE(fatal.size() == 1);
    CHECK(fatal.first().line == 3);
    CHECK(f.text("SELECT group_concat(id) FROM service") == QStringLiteral("old"));
    CHECK(f.count("phone") == 0);
    CHECK(report.rowsImported.isEmpty());
}

TEST_CASE("fatal: no folder, no services.csv, a header without id, no usable service")
{
    Fixture f;
    f.db.execute(QStringLiteral("INSERT INTO service(id, name) VALUES ('old', 'Kept')"));
    SECTION("no folder")
    {
        const ImportReport report = f.run();
        CHECK(report.count(Severity::Fatal) == 1);
    }
    SECTION("no services.csv")
    {
        f.write("organizations.csv", kOrganizations);
        const ImportReport report = f.run();
        CHECK(report.count(Severity::Fatal) == 1);
        CHECK(report.issues.last().message.contains(QStringLiteral("services.csv")));
    }
    SECTION("a header without id")
    {
        f.write("services.csv", "identifier,name\ns1,A\n");
        const ImportReport report = f.run();
        CHECK(find(report, Severity::Fatal, "services.csv", "\"id\"").size() == 1);
    }
    SECTION("an empty services.csv")
    {
        f.write("services.csv", "");
        const ImportReport report = f.run();
        CHECK(find(report, Severity::Warning, "services.csv", "empty").size() == 1);
        CHECK(report.count(Severity::Fatal) == 1);
    }
    SECTION("every service dropped")
    {
        f.write("services.csv", "id,name\ns1,\n");
        const ImportReport report = f.run();
        CHECK(find(report, Severity::Fatal, "services.csv", "no service").size() == 1);
    }
    CHECK(f.text("SELECT group_concat(id) FROM service") == QStringLiteral("old"));
}

TEST_CASE("an import replaces the HSDS rows already in the target")
{
    Fixture f;
    f.db.execute(QStringLiteral("INSERT INTO service(id, name) VALUES ('old', 'Gone'); "
                                "INSERT INTO translation VALUES ('service', 'old', 'name', 'sl', 'Staro')"));
    f.write("services.csv", "id,name\ns1,New\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.text("SELECT group_concat(id) FROM service") == QStringLiteral("s1"));
    CHECK(f.count("translation") == 0);
}

TEST_CASE("translations.csv rows are stored, checked against their entity and deduplicated")
{
    Fixture f;
    f.write("organizations.csv", kOrganizations);
    f.write("services.csv", "id,name,organization_id\ns1,Counselling,o1\n");
    f.write("translations.csv", "entity,id,field,locale,value\n"
                                "service,s1,name,sl,Svetovanje\n"
                                "organization,o1,name,en,The Key Society\n"
                                "service,s1,name,sl,Duplicate\n"
                                "services,s1,name,de,Beratung\n"
                                "service,s404,name,sl,Nobody\n"
                                "service,s1,description,hr,\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.rowsImported.value(QStringLiteral("translation")) == 3);
    CHECK(f.text("SELECT value FROM translation WHERE entity = 'service' AND id = 's1' AND locale = 'sl'") ==
          QStringLiteral("Svetovanje"));
    CHECK(f.text("SELECT value FROM translation WHERE entity = 'organization'") ==
          QStringLiteral("The Key Society"));
    CHECK(find(report, Severity::Dropped, "translations.csv", "duplicate").size() == 1);
    CHECK(find(report, Severity::Dropped, "translations.csv", "entity \"services\"").size() == 1);
    CHECK(find(report, Severity::Warning, "translations.csv", "s404").size() == 1);
    CHECK(find(report, Severity::Dropped, "translations.csv", "value").size() == 1);
}

TEST_CASE("extension columns x_source and x_demonstration are stored")
{
    Fixture f;
    f.write("organizations.csv", "id,name,x_source,x_demonstration\no1,Org,Annual report 2024,no\n");
    f.write("services.csv", "id,name,x_source,x_demonstration\n"
                            "s1,A,https://example.org/list.pdf p. 4,true\n"
                            "s2,B,,1\ns3,C,,YES\ns4,D,,\ns5,E,,maybe\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.text("SELECT x_source FROM service WHERE id = 's1'") ==
          QStringLiteral("https://example.org/list.pdf p. 4"));
    CHECK(f.value("SELECT x_source FROM service WHERE id = 's2'").isNull());
    CHECK(
        f.text(
            "SELECT group_concat(id) FROM (SELECT id FROM service WHERE x_demonstration = 1 ORDER BY id)") ==
        QStringLiteral("s1,s2,s3"));
    CHECK(f.value("SELECT count(*) FROM service WHERE x_demonstration = 0").toInt() == 2);
    CHECK(f.text("SELECT x_source FROM organization") == QStringLiteral("Annual report 2024"));
    CHECK(f.value("SELECT x_demonstration FROM organization").toInt() == 0);
    CHECK(find(report, Severity::Warning, "services.csv", "maybe").size() == 1);
}

// Not run by ctest (hidden tag): `test_import "[.bench]" -s` prints the time of a 100,000-service import.
TEST_CASE("benchmark: 100,000 services with related rows", "[.bench]")
{
    Fixture f;
    constexpr int kServices = 100000;
    QByteArray organizations = "id,name,description\n";
    QByteArray services = "id,organization_id,name,description,status,minimum_age\n";
    QByteArray locations = "id,name,latitude,longitude\n";
    QByteArray links = "id,service_id,location_id\n";
    QByteArray phones = "id,service_id,number\n";
    QByteArray schedules = "id,service_id,freq,byday,opens_at,closes_at\n";
    QByteArray languages = "id,service_id,name,code\n";
    for (int i = 0; i < kServices; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray uuid = "0b6c1a52-6f0e-4c1d-9a7b-" + n.rightJustified(12, '0');
        if (i % 10 == 0)
            organizations += "o-" + uuid + ",Organization " + n + ",\"An organization, number " + n + "\"\n";
        services += "s-" + uuid + ",o-" + uuid.left(24) +
                    QByteArray::number(i / 10 * 10).rightJustified(12, '0') + ",Service " + n +
                    ",\"Help with \"\"things\"\", number " + n + "\",active,18\n";
        locations += "l-" + uuid + ",Place " + n + ",46." + n + ",14." + n + "\n";
        links += "sl-" + uuid + ",s-" + uuid + ",l-" + uuid + "\n";
        phones += "p-" + uuid + ",s-" + uuid + ",+386 1 " + n + "\n";
        schedules += "h-" + uuid + ",s-" + uuid + ",WEEKLY,\"MO,TU,WE,TH,FR\",08:00,16:00\n";
        languages += "g-" + uuid + ",s-" + uuid + ",Slovenian,sl\n";
    }
    f.write("organizations.csv", organizations);
    f.write("services.csv", services);
    f.write("locations.csv", locations);
    f.write("service_at_location.csv", links);
    f.write("phones.csv", phones);
    f.write("schedules.csv", schedules);
    f.write("languages.csv", languages);

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock(); // CPU time too: wall time depends on what else runs
    const ImportReport report = f.run();
    const qint64 ms = timer.elapsed();
    const auto cpuMs =
        static_cast<qint64>(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    WARN("imported " << kServices << " services in " << ms << " ms (" << cpuMs << " ms CPU)");
    INFO(report.toLines().mid(0, 5).join(QLatin1Char('\n')).toStdString());
    CHECK(report.issues.isEmpty());
    CHECK(report.rowsImported.value(QStringLiteral("service")) == kServices);
    CHECK(report.rowsImported.value(QStringLiteral("service_at_location")) == kServices);
    CHECK(ms < 10000);

    // Again into the now full database: the old rows are deleted in the same transaction.
    timer.restart();
    const ImportReport again = f.run();
    WARN("re-imported over the previous import in " << timer.elapsed() << " ms");
    CHECK(again.rowsImported.value(QStringLiteral("phone")) == kServices);
    CHECK(f.count("service") == kServices);
}

// Not run by ctest (hidden tag): prints the findings for the default directory shipped with the app.
TEST_CASE("the shipped default directory imports", "[.default]")
{
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(
        QStringLiteral(PATHWAYS_SOURCE_DIR) + QStringLiteral("/resources/default-directory"), f.db);
    for (const QString& line : report.toLines())
        WARN(line.toStdString());
    CHECK_FALSE(report.hasFatal());
    CHECK(report.count(Severity::Dropped) == 0);
}
