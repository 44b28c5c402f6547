// taxonomy_mapping.csv, a coordinator's mapping of the publisher's terms onto Pathways' categories and
// audiences (docs/importing.md): what it writes into taxonomy_mapping, what a bad row says, and when the
// mapping Pathways ships for Open Eligibility applies.
#include "ImportFixture.h"

using namespace pathways;
using namespace pathways::test;

namespace {

// HSDS 3.0 CSV column names (taxonomy_terms.csv, attributes.csv); the terms are invented.
void writePackage(Fixture& f, const char* taxonomy)
{
    f.write("services.csv", "id,name,status\nsvc-1,Advice desk,active\nsvc-2,Language cafe,active\n");
    f.write("taxonomy_terms.csv",
            QByteArray("id,code,name,parent_id,taxonomy\n"
                       "t-1,ADV,Advice,,") + taxonomy + "\n"
                       "t-2,ADV-IMM,Immigration advice,t-1," + taxonomy + "\n"
                       "t-3,,Foreign Languages,," + taxonomy + "\n");
    f.write("attributes.csv", "id,link_id,taxonomy_term_id\na-1,svc-1,t-2\na-2,svc-2,t-3\n");
}

QStringList mapping(Fixture& f)
{
    auto row = f.db.prepare(QStringLiteral(
        "SELECT taxonomy_term_id || ' ' || code || ' ' || source FROM taxonomy_mapping ORDER BY 1"));
    QStringList rows;
    while (row.step())
        rows << row.columnText(0);
    return rows;
}

} // namespace

TEST_CASE("taxonomy mapping: the package's rows map a term and its narrower terms")
{
    Fixture f;
    writePackage(f, "City categories");
    f.write("taxonomy_mapping.csv", "taxonomy,term,pathways_code\n"
                                    "city categories,adv,legal-aid\n"   // names compare without case
                                    "City categories,Advice,migrants\n" // by name too; an audience
                                    "City categories,Foreign languages,language-course\n");
    const ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(mapping(f) == (QStringList{QStringLiteral("t-1 legal-aid package"), QStringLiteral("t-1 migrants package"),
                                     QStringLiteral("t-2 legal-aid package"), QStringLiteral("t-2 migrants package"),
                                     QStringLiteral("t-3 language-course package")}));
    CHECK(f.text("SELECT pathways_taxonomy FROM taxonomy_mapping WHERE code = 'migrants'") ==
          QStringLiteral("pathways-audience"));
    CHECK(report.notes.contains(
        QStringLiteral("3 term(s) mapped onto Pathways' categories and audiences by taxonomy_mapping.csv")));
    // The file is not an HSDS table, and is not reported as one.
    CHECK(find(report, Severity::Warning, "taxonomy_mapping.csv", "not an HSDS table").isEmpty());
}

TEST_CASE("taxonomy mapping: bad rows point at their line and column, an unknown code stops the import")
{
    Fixture f;
    writePackage(f, "City categories");
    f.write("taxonomy_mapping.csv", "taxonomy,term,pathways_code,comment\n"
                                    ",ADV,legal-aid,\n"
                                    "City categories,,legal-aid,\n"
                                    "City categories,Nothing like it,legal-aid,\n"
                                    "City categories,ADV,legal-aid,\n");
    ImportReport report = f.run();
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    const auto noTaxonomy = find(report, Severity::Warning, "taxonomy_mapping.csv", "no taxonomy: row not used");
    REQUIRE(noTaxonomy.size() == 1);
    CHECK(noTaxonomy.first().line == 2);
    CHECK(noTaxonomy.first().recordId == QStringLiteral("taxonomy"));
    const auto noTerm = find(report, Severity::Warning, "taxonomy_mapping.csv", "no term: row not used");
    REQUIRE(noTerm.size() == 1);
    CHECK(noTerm.first().line == 3);
    CHECK(noTerm.first().recordId == QStringLiteral("term"));
    const auto unmatched = find(report, Severity::Warning, "taxonomy_mapping.csv", "matches no term");
    REQUIRE(unmatched.size() == 1);
    CHECK(unmatched.first().line == 4);
    CHECK(find(report, Severity::Warning, "taxonomy_mapping.csv", "1 column(s) not kept: comment").size() == 1);
    CHECK(mapping(f).size() == 2); // t-1 and t-2 from the last row

    Fixture bad;
    writePackage(bad, "City categories");
    bad.write("taxonomy_mapping.csv", "taxonomy,term,pathways_code\nCity categories,ADV,legal-help\n");
    report = bad.run();
    const auto unknown = find(report, Severity::Fatal, "taxonomy_mapping.csv", "unknown Pathways code \"legal-help\"");
    REQUIRE(unknown.size() == 1);
    CHECK(unknown.first().line == 2);
    CHECK(unknown.first().recordId == QStringLiteral("pathways_code"));
    CHECK(report.rowsImported.isEmpty()); // nothing written
    CHECK(bad.count("service") == 0);

    Fixture noColumn;
    writePackage(noColumn, "City categories");
    noColumn.write("taxonomy_mapping.csv", "taxonomy,term,code\nCity categories,ADV,legal-aid\n");
    report = noColumn.run();
    CHECK(find(report, Severity::Fatal, "taxonomy_mapping.csv", "no pathways_code column").size() == 1);
}

TEST_CASE("taxonomy mapping: Open Eligibility is mapped by the mapping Pathways ships, unless the package maps it")
{
    Fixture shipped;
    writePackage(shipped, "Open Eligibility");
    ImportReport report = shipped.run();
    INFO(describe(report));
    // "Foreign Languages" is an Open Eligibility term; the invented "Advice" terms are not in its list.
    CHECK(mapping(shipped) == QStringList{QStringLiteral("t-3 language-course open-eligibility")});
    CHECK(report.notes.filter(QStringLiteral("Open Eligibility term(s) mapped")).size() == 1);

    Fixture overridden;
    writePackage(overridden, "openeligibility");
    overridden.write("taxonomy_mapping.csv", "taxonomy,term,pathways_code\nOpenEligibility,ADV,legal-aid\n");
    report = overridden.run();
    CHECK(mapping(overridden) ==
          (QStringList{QStringLiteral("t-1 legal-aid package"), QStringLiteral("t-2 legal-aid package")}));
}

TEST_CASE("taxonomy mapping: an HSDS 1.x export's vocabulary (services_taxonomy.csv) is mapped too")
{
    // tests/data/import/hsds-2.0-export tags its services with terms of the vocabulary "open-eligibility".
    Fixture f;
    const ImportReport report = HsdsImporter::importFolder(dataPackage("hsds-2.0-export"), f.db);
    INFO(describe(report));
    REQUIRE_FALSE(report.hasFatal());
    CHECK(mapping(f) == (QStringList{QStringLiteral("t-housing legal-aid open-eligibility"),
                                     QStringLiteral("t-legal legal-aid open-eligibility")}));
}
