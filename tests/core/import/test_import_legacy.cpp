// Real publishers' packages: the losses that used to be silent, and HSDS 1.x/2.0 names read into 3.0.
#include "ImportFixture.h"

using namespace pathways;
using namespace pathways::test;

TEST_CASE("a schedule row holding only ids is kept and gives no hours, never 'always open'")
{
    Fixture f;
    f.write("services.csv", "id,name\ns1,Shelter\ns2,Clinic\n");
    f.write("schedules.csv", "id,service_id,freq,byday,opens_at,closes_at,timezone,description\n"
                             "h1,s1,,,,,,\n"
                             "h2,s1,,,,,Europe/Ljubljana,\n"
                             "h3,s2,,,,,,By appointment\n"
                             "h4,s2,WEEKLY,MO,09:00,12:00,,\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    // Every row is kept, so a bundle that counts them installs; only h4 gives hours. schedule::OpeningHours
    // reads the others as "no hours given", never as open 24/7 (test_schedule, test_placeholder_schedules).
    CHECK(f.text("SELECT group_concat(id) FROM (SELECT id FROM schedule ORDER BY id)") ==
          QStringLiteral("h1,h2,h3,h4"));
    CHECK(f.text("SELECT description FROM schedule WHERE id = 'h3'") == QStringLiteral("By appointment"));
    CHECK(find(report, Severity::Warning, "schedules.csv", "no days and no times").size() == 3);
    CHECK(report.count(Severity::Dropped) == 0);
    // ... and the summary says it once, with the count and the first examples.
    const QStringList summary = report.summaryLines(1);
    INFO(summary.join(QLatin1Char('\n')).toStdString());
    REQUIRE(summary.size() == 2); // services.csv's missing status, and the schedule rows without hours
    CHECK(summary.at(1) == QStringLiteral("schedules.csv: warning ×3: no days and no times: kept, but gives no "
                                          "opening hours (e.g. line 2 [h1], …)"));
}

TEST_CASE("schedule fields filled in by inference are warnings, counted by kind")
{
    Fixture f;
    f.write("services.csv", "id,name\ns1,Shelter\n");
    f.write("schedules.csv", "id,service_id,freq,byday,opens_at,closes_at\n"
                             "h1,s1,,\"MO,TU\",09:00,17:00\n"
                             "h2,s1,,WE,10:00,12:00\n"
                             "h3,s1,WEEKLY,FR,,\n"
                             "h4,s1,,,08:00,09:00\n"
                             "h5,s1,WEEKLY,SA,10:00,11:00\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(f.count("schedule") == 5);
    CHECK(find(report, Severity::Warning, "schedules.csv", "no freq: read as WEEKLY").size() == 2);
    CHECK(find(report, Severity::Warning, "schedules.csv", "read as open all day").size() == 1);
    CHECK(find(report, Severity::Warning, "schedules.csv", "read as every day").size() == 1);
    CHECK(report.issues.size() == 5); // and services.csv's missing status
    const auto groups = report.groups(3);
    REQUIRE(groups.size() == 4);
    CHECK(groups.at(1).count == 2);
    CHECK(groups.at(1).examples.size() == 2);
}

TEST_CASE("an HSDS 2.0 export keeps websites, languages, id-less phones, both address files")
{
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(dataPackage("hsds-2.0-export"), f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.format == QStringLiteral("HSDS 1.x/2.0 CSV"));
    CHECK(report.notes.contains(QStringLiteral("organizations.csv: column url read as website")));

    // url (<= 2.0) is the organisation's website.
    CHECK(f.text("SELECT website FROM organization WHERE id = 'org-1'") ==
          QStringLiteral("https://riverside-legal.example"));
    CHECK(f.value("SELECT count(*) FROM organization WHERE website IS NOT NULL").toInt() == 2);
    // language (<= 2.0): a code goes to code, a name to name.
    CHECK(f.text("SELECT name FROM language WHERE id = 'lang-1'") == QStringLiteral("Spanish"));
    CHECK(f.value("SELECT code FROM language WHERE id = 'lang-1'").isNull());
    CHECK(f.text("SELECT code FROM language WHERE id = 'lang-2'") == QStringLiteral("pl"));
    CHECK(f.text("SELECT code FROM language WHERE id = 'lang-3'") == QStringLiteral("pt-BR"));
    // Phones without ids are kept under ids derived from parent, table and row number.
    CHECK(f.text("SELECT group_concat(id, ' ') FROM (SELECT id FROM phone ORDER BY id)") ==
          QStringLiteral("svc-1/phone/1 svc-1/phone/2 svc-2/phone/3"));
    CHECK(f.text("SELECT number FROM phone WHERE id = 'svc-2/phone/3'") == QStringLiteral("020 7946 0003"));
    CHECK(find(report, Severity::Warning, "phones.csv", "derived id").size() == 3);
    // Physical and postal addresses both land in address, typed; their clashing ids are told apart.
    CHECK(f.text("SELECT group_concat(id || '=' || address_type, ' ') FROM (SELECT * FROM address ORDER BY "
                 "address_type, id)") ==
          QStringLiteral("1=physical 2=physical postal_addresses/1=postal"));
    // services_at_location, term, service_attributes.
    CHECK(f.count("service_at_location") == 2);
    CHECK(f.text("SELECT name FROM taxonomy_term WHERE id = 't-housing'") == QStringLiteral("Housing law"));
    CHECK(f.text("SELECT group_concat(link_id || '>' || taxonomy_term_id || ':' || link_entity, ' ') FROM "
                 "(SELECT * FROM attribute ORDER BY link_id)") ==
          QStringLiteral("svc-1>t-housing:service svc-2>t-food:service"));
    // Placeholder schedules are not hours; a schedule without freq or times is kept with a warning.
    CHECK(f.text("SELECT group_concat(id) FROM (SELECT id FROM schedule ORDER BY id)") ==
          QStringLiteral("sch-1,sch-2,sch-3,sch-4,sch-5"));
    CHECK(find(report, Severity::Warning, "schedules.csv", "no days and no times").size() == 2);
    // Unknown or 3.0-less columns and files are named, once per file.
    CHECK(find(report, Severity::Warning, "phones.csv", "2 column(s) not kept: language, department").size() ==
          1);
    CHECK(find(report, Severity::Warning, "physical_addresses.csv", "not kept: address_3, address_4").size() ==
          1);
    CHECK(find(report, Severity::Warning, "eligibility.csv", "not imported").size() == 1);
}

TEST_CASE("an HSDS 1.0 export: weekdays, holiday hours, closures, taxonomy.csv, services_taxonomy.csv")
{
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(dataPackage("hsds-1.0-export"), f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(report.format == QStringLiteral("HSDS 1.x CSV"));
    CHECK(f.text("SELECT group_concat(id || ':' || freq || ':' || byday, ' ') FROM (SELECT * FROM schedule "
                 "WHERE byday IS NOT NULL ORDER BY id)") ==
          QStringLiteral("1:WEEKLY:MO 2:WEEKLY:TH 3:WEEKLY:WE"));
    CHECK(find(report, Severity::Warning, "regular_schedules.csv", "weekday \"3\" is a number").size() == 1);
    CHECK(find(report, Severity::Dropped, "regular_schedules.csv", "weekday \"Funday\"").size() == 1);
    // A closure cannot be shown (it would read as open); opening hours on a holiday are kept, dated.
    CHECK(find(report, Severity::Dropped, "holiday_schedules.csv", "closure").size() == 1);
    CHECK(f.text("SELECT valid_from || '..' || valid_to || ' ' || opens_at || '-' || closes_at || ' ' || freq "
                 "FROM schedule WHERE id = 'holiday_schedules/2'") ==
          QStringLiteral("2026-12-27..2026-12-27 10:00-12:00 DAILY"));
    CHECK(f.text("SELECT name FROM taxonomy_term WHERE id = '102'") == QStringLiteral("Parenting"));
    CHECK(f.text("SELECT parent_id FROM taxonomy_term WHERE id = '102'") == QStringLiteral("101"));
    CHECK(f.text("SELECT value FROM attribute WHERE link_id = '11'") == QStringLiteral("baby equipment"));
    CHECK(f.text("SELECT website FROM organization") == QStringLiteral("https://eastside-family.example"));
}

TEST_CASE("a header problem in an optional table is a warning, all fatal problems are listed at once")
{
    Fixture f;
    SECTION("optional table without id column")
    {
        f.write("services.csv", "id,name\ns1,A\n");
        f.write("organizations.csv", "identifier,name\no1,Org\n");
        const ImportReport report = f.run();
        INFO(describe(report));
        REQUIRE_FALSE(report.hasFatal());
        CHECK(find(report, Severity::Warning, "organizations.csv", "not imported").size() == 1);
        CHECK(f.count("service") == 1);
    }
    SECTION("two fatal files")
    {
        f.write("services.csv", "identifier,name\ns1,A\n");
        f.write("phones.csv", "id,service_id,number\np1,s1,\"caf\xE9\"\n");
        const ImportReport report = f.run();
        INFO(describe(report));
        CHECK(report.count(Severity::Fatal) == 2);
        CHECK(find(report, Severity::Fatal, "services.csv", "\"id\"").size() == 1);
        CHECK(find(report, Severity::Fatal, "phones.csv", "UTF-8").size() == 1);
        CHECK(report.count(Severity::Warning) == 0);
    }
}
