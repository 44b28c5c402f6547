// A publisher's own taxonomies through pathways-cli as a coordinator meets them: imported from a package
// (tests/data/import/publisher-taxonomy), mapped onto Pathways' categories by the package's
// taxonomy_mapping.csv and by the shipped Open Eligibility mapping, listed as "Publisher's categories",
// shown with a service, and found by their names.
#include "../../cli/search/CliRunner.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways::test;

namespace {

const QString kPackage = QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/publisher-taxonomy");

QStringList ids(const CliResult& result)
{
    QStringList found;
    for (const QJsonValue& hit : result.json().array())
        found << hit.toObject().value(QStringLiteral("id")).toString();
    found.sort();
    return found;
}

QJsonObject entry(const QJsonArray& array, const QString& key, const QString& value)
{
    for (const QJsonValue& item : array)
        if (item.toObject().value(key).toString() == value)
            return item.toObject();
    return {};
}

} // namespace

TEST_CASE("cli taxonomy: a package's own categories are mapped, listed, shown and searchable")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const auto cli = [&data](QStringList arguments) {
        return runCli(QStringList{QStringLiteral("--data-dir"), data} + arguments);
    };
    const auto imported = cli({QStringLiteral("import"), QStringLiteral("--hsds"), kPackage});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.err.contains("2 term(s) mapped onto Pathways' categories and audiences by taxonomy_mapping.csv"));
    CHECK(imported.err.contains("Open Eligibility term(s) mapped"));
    CHECK_FALSE(imported.err.contains("taxonomy_mapping.csv: not an HSDS table"));

    // The category filter finds what the publisher tagged with its own terms: the package's mapping (the
    // narrower "Housing advice" inherits "Legal matters" -> legal-aid) and the shipped Open Eligibility one.
    const QString json = QStringLiteral("--json");
    CHECK(ids(cli({json, QStringLiteral("search"), QStringLiteral("--category"), QStringLiteral("legal-aid")})) ==
          QStringList{QStringLiteral("svc-1")});
    CHECK(ids(cli({json, QStringLiteral("search"), QStringLiteral("--category"), QStringLiteral("shelter")})) ==
          QStringList{QStringLiteral("svc-2")});
    CHECK(ids(cli({json, QStringLiteral("search"), QStringLiteral("--audience"), QStringLiteral("women")})) ==
          QStringList{QStringLiteral("svc-4")});

    // categories and audiences list the mapped codes with Pathways' names and counts.
    const QJsonArray categories = cli({json, QStringLiteral("categories")}).json().array();
    CHECK(categories.size() == 2);
    CHECK(entry(categories, QStringLiteral("code"), QStringLiteral("legal-aid")).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Legal aid"));
    CHECK(entry(categories, QStringLiteral("code"), QStringLiteral("shelter")).value(QStringLiteral("services")).toInt() == 1);
    const QJsonArray sl = cli({QStringLiteral("--lang"), QStringLiteral("sl"), json, QStringLiteral("categories")}).json().array();
    CHECK(entry(sl, QStringLiteral("code"), QStringLiteral("legal-aid")).value(QStringLiteral("name")).toString() ==
          QStringLiteral("Pravna pomoč"));
    CHECK(cli({json, QStringLiteral("audiences")}).json().array().size() == 1);

    // A package with no municipality takes it from the address's city.
    const QJsonArray places = cli({json, QStringLiteral("municipalities")}).json().array();
    REQUIRE(places.size() == 1);
    CHECK(places.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Riverside"));
    CHECK(places.first().toObject().value(QStringLiteral("services")).toInt() == 3);
    CHECK(ids(cli({json, QStringLiteral("search"), QStringLiteral("--municipality"), QStringLiteral("Riverside")})) ==
          (QStringList{QStringLiteral("svc-1"), QStringLiteral("svc-2"), QStringLiteral("svc-3")}));

    // facets --json: the publisher's categories as a tree, a broader term counting its narrower terms' services.
    const QJsonObject facets = cli({json, QStringLiteral("facets")}).json().object();
    CHECK(facets.value(QStringLiteral("facets")).toObject().value(QStringLiteral("category")).toArray().size() == 2);
    const QJsonArray publisher = facets.value(QStringLiteral("publisher_categories")).toArray();
    QStringList tree;
    for (const QJsonValue& value : publisher) {
        const QJsonObject c = value.toObject();
        tree << QString(c.value(QStringLiteral("depth")).toInt() * 2, QLatin1Char(' ')) +
                    c.value(QStringLiteral("name")).toString() + QLatin1Char(' ') +
                    QString::number(c.value(QStringLiteral("count")).toInt());
    }
    CHECK(tree == (QStringList{QStringLiteral("Emergency 1"), QStringLiteral("  Emergency Shelter 1"),
                               QStringLiteral("Food 1"), QStringLiteral("  Food Pantry 1"), QStringLiteral("Women 1"),
                               QStringLiteral("Benefits 1"), QStringLiteral("Legal matters 1"),
                               QStringLiteral("  Housing advice 1")}));
    const QJsonObject housing = entry(publisher, QStringLiteral("name"), QStringLiteral("Housing advice"));
    CHECK(housing.value(QStringLiteral("taxonomy")).toString() == QStringLiteral("Riverside Help Categories"));
    CHECK(housing.value(QStringLiteral("code")).toString() == QStringLiteral("LEGAL-HOUSING"));
    CHECK(housing.value(QStringLiteral("parent")).toString() == QStringLiteral("rhc-legal"));
    // The counts follow the query like every other facet.
    const QJsonArray narrowed = cli({json, QStringLiteral("facets"), QStringLiteral("parcels")})
                                    .json().object().value(QStringLiteral("publisher_categories")).toArray();
    CHECK(narrowed.size() == 3); // Food > Food Pantry, Benefits

    // show: the publisher's categories with their broader term, and the mapped Pathways category.
    const QJsonObject shown = cli({json, QStringLiteral("show"), QStringLiteral("svc-1")}).json().object();
    const QJsonArray own = shown.value(QStringLiteral("publisher_categories")).toArray();
    REQUIRE(own.size() == 1);
    CHECK(own.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Housing advice"));
    CHECK(own.first().toObject().value(QStringLiteral("parent")).toString() == QStringLiteral("Legal matters"));
    const auto text = cli({QStringLiteral("show"), QStringLiteral("svc-1")});
    CHECK(text.out.contains("Publisher's:   Legal matters > Housing advice (Riverside Help Categories)"));
    CHECK(text.out.contains("Categories:    Legal aid"));

    // Found by the publisher's term names, and by the names of the codes they are mapped onto.
    CHECK(ids(cli({json, QStringLiteral("search"), QStringLiteral("pantry")})) == QStringList{QStringLiteral("svc-3")});
    CHECK(ids(cli({json, QStringLiteral("search"), QStringLiteral("housing advice")})) == QStringList{QStringLiteral("svc-1")});
    CHECK(ids(cli({QStringLiteral("--lang"), QStringLiteral("uk"), json, QStringLiteral("search"),
                   QStringLiteral("прихисток")})) == QStringList{QStringLiteral("svc-2")});

    // Exported and imported again, the package's own mapping comes along (the shipped one is applied anew).
    const QString exported = dir.file(QStringLiteral("export"));
    REQUIRE(cli({QStringLiteral("export"), QStringLiteral("--hsds"), exported}).exitCode == 0);
    const QString again = dir.file(QStringLiteral("again"));
    REQUIRE(runCli({QStringLiteral("--data-dir"), again, QStringLiteral("import"), QStringLiteral("--hsds"), exported})
                .exitCode == 0);
    CHECK(runCli({QStringLiteral("--data-dir"), again, json, QStringLiteral("categories")}).out ==
          cli({json, QStringLiteral("categories")}).out);
}

TEST_CASE("cli taxonomy: categories of a directory with only its publisher's own taxonomy says where they are")
{
    TempDir dir;
    // HSDS 3.0 CSV names; an invented taxonomy that neither a mapping file nor Pathways maps.
    dir.write(QStringLiteral("package/services.csv"), "id,name,status\nsvc-1,Advice desk,active\n");
    dir.write(QStringLiteral("package/taxonomy_terms.csv"), "id,code,name,taxonomy\nt-1,ADV,Advice,City list\n");
    dir.write(QStringLiteral("package/attributes.csv"), "id,link_id,taxonomy_term_id\na-1,svc-1,t-1\n");
    const QString data = dir.file(QStringLiteral("data"));
    REQUIRE(runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"),
                    dir.file(QStringLiteral("package"))})
                .exitCode == 0);
    const auto categories = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("categories")});
    CHECK(categories.exitCode == 0);
    CHECK(categories.err.contains("No Pathways categories. Publisher's own categories: 1 ('pathways-cli facets'"));
    const auto json = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"), QStringLiteral("categories")});
    CHECK(json.json().array().isEmpty()); // the JSON contract is the codes the filter accepts
    CHECK(json.err.isEmpty());
}

TEST_CASE("cli taxonomy: an HSDS 3.0 JSON service's nested taxonomy term is a publisher's category")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    REQUIRE(runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"),
                    QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/hsds-3.0-json/service.json")})
                .exitCode == 0);
    const QJsonArray publisher = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                                         QStringLiteral("facets")})
                                     .json().object().value(QStringLiteral("publisher_categories")).toArray();
    REQUIRE(publisher.size() == 1);
    const QJsonObject term = publisher.first().toObject();
    CHECK(term.value(QStringLiteral("taxonomy")).toString() == QStringLiteral("Example taxonomy"));
    CHECK(term.value(QStringLiteral("code")).toString() == QStringLiteral("mental-health"));
    CHECK(term.value(QStringLiteral("name")).toString() == QStringLiteral("Mental health"));
    CHECK(term.value(QStringLiteral("count")).toInt() == 1);
    CHECK(term.value(QStringLiteral("parent")).isNull());
}
