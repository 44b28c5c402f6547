// The command-line contract: options, JSON fields and exit codes that scripts rely on.
#include "CliRunner.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using pathways::test::runCli;
using pathways::test::TempDir;

namespace {
QStringList withData(const TempDir& dir, QStringList arguments)
{
    return QStringList{QStringLiteral("--data-dir"), dir.file(QStringLiteral("data"))} + arguments;
}
} // namespace

TEST_CASE("cli: search --json returns the documented fields")
{
    TempDir dir;
    const auto result =
        runCli(withData(dir, {QStringLiteral("search"), QStringLiteral("legal"), QStringLiteral("--json")}));
    REQUIRE(result.exitCode == 0);
    const QJsonArray hits = result.json().array();
    REQUIRE_FALSE(hits.isEmpty());
    for (const auto& value : hits) {
        const QJsonObject hit = value.toObject();
        for (const char* key : {"id", "name", "organization", "categories", "audiences", "municipality",
                                "distance_km", "open", "score"}) {
            INFO(key);
            CHECK(hit.contains(QLatin1String(key)));
        }
        CHECK(hit.value(QStringLiteral("categories")).isArray());
        CHECK(hit.value(QStringLiteral("distance_km")).isNull());
        CHECK(hit.value(QStringLiteral("score")).isDouble());
    }
}

TEST_CASE("cli: global options may stand before or after the command")
{
    TempDir dir;
    const auto before = runCli(
        withData(dir, {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("Maribor")}));
    const auto after = runCli({QStringLiteral("search"), QStringLiteral("Maribor"), QStringLiteral("--json"),
                               QStringLiteral("--data-dir"), dir.file(QStringLiteral("data"))});
    REQUIRE(before.exitCode == 0);
    CHECK(before.out == after.out);
    CHECK_FALSE(before.json().array().isEmpty());
}

TEST_CASE("cli: PATHWAYS_DATA_DIR chooses the data folder")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("env-data"));
    const auto result = runCli({QStringLiteral("status"), QStringLiteral("--json")},
                               {QStringLiteral("PATHWAYS_DATA_DIR=") + data});
    REQUIRE(result.exitCode == 0);
    CHECK(result.json().object().value(QStringLiteral("data_dir")).toString() == data);
}

TEST_CASE("cli: user errors exit 1 with one line on stderr")
{
    TempDir dir;
    const QList<QStringList> bad = {
        {QStringLiteral("no-such-command")},
        {QStringLiteral("search"), QStringLiteral("--category"), QStringLiteral("no-such-category")},
        {QStringLiteral("search"), QStringLiteral("--audience"), QStringLiteral("nobody")},
        {QStringLiteral("search"), QStringLiteral("--within"), QStringLiteral("5")},
        {QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("distance")},
        {QStringLiteral("search"), QStringLiteral("--sort"), QStringLiteral("alphabet")},
        {QStringLiteral("search"), QStringLiteral("--near"), QStringLiteral("Atlantis")},
        {QStringLiteral("search"), QStringLiteral("--near"), QStringLiteral("95,10")},
        {QStringLiteral("search"), QStringLiteral("--open-at"), QStringLiteral("tomorrowish")},
        {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0")},
        {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("many")},
        {QStringLiteral("search"), QStringLiteral("--no-such-option")},
        {QStringLiteral("show"), QStringLiteral("no-such-id")},
        {QStringLiteral("show")},
        {QStringLiteral("import")},
        {QStringLiteral("import"), QStringLiteral("--hsds"), dir.file(QStringLiteral("missing"))},
        {QStringLiteral("--data-dir")},
    };
    for (const QStringList& arguments : bad) {
        INFO(arguments.join(QLatin1Char(' ')).toStdString());
        const auto result = runCli(withData(dir, arguments));
        CHECK(result.exitCode == 1);
        CHECK(result.errLines().size() == 1);
        CHECK(result.err.startsWith("pathways-cli: "));
    }
}

TEST_CASE("cli: hostile search text never fails")
{
    TempDir dir;
    for (const QString& text : {QStringLiteral("\"\"\""), QStringLiteral("'; DROP TABLE service; --"),
                                QStringLiteral("NEAR(\"a\" b) OR *"), QString(3000, QLatin1Char('x'))}) {
        const auto result = runCli(withData(dir, {QStringLiteral("search"), text, QStringLiteral("--json")}));
        CHECK(result.exitCode == 0);
        CHECK(result.json().isArray());
    }
}

TEST_CASE("cli: filters and distance from a municipality")
{
    TempDir dir;
    auto result =
        runCli(withData(dir, {QStringLiteral("search"), QStringLiteral("--near"), QStringLiteral("Любляна"),
                              QStringLiteral("--within"), QStringLiteral("30"), QStringLiteral("--sort"),
                              QStringLiteral("distance"), QStringLiteral("--json")}));
    REQUIRE(result.exitCode == 0);
    const QJsonArray hits = result.json().array();
    REQUIRE_FALSE(hits.isEmpty());
    double previous = -1;
    for (const auto& value : hits) {
        const double km = value.toObject().value(QStringLiteral("distance_km")).toDouble(-1);
        CHECK(km >= previous);
        CHECK(km <= 30);
        previous = km;
    }
    result = runCli(withData(dir, {QStringLiteral("search"), QStringLiteral("--category"),
                                   QStringLiteral("hotline"), QStringLiteral("--json")}));
    REQUIRE(result.exitCode == 0);
    for (const auto& value : result.json().array())
        CHECK(value.toObject()
                  .value(QStringLiteral("categories"))
                  .toArray()
                  .contains(QStringLiteral("hotline")));
}

TEST_CASE("cli: show prints the full record, in the language asked")
{
    TempDir dir;
    const auto hits =
        runCli(withData(dir, {QStringLiteral("search"), QStringLiteral("Maribor"), QStringLiteral("--json"),
                              QStringLiteral("--limit"), QStringLiteral("1")}));
    REQUIRE(hits.exitCode == 0);
    const QString id = hits.json().array().at(0).toObject().value(QStringLiteral("id")).toString();
    REQUIRE_FALSE(id.isEmpty());
    const auto english = runCli(withData(dir, {QStringLiteral("show"), id, QStringLiteral("--json")}));
    REQUIRE(english.exitCode == 0);
    const QJsonObject record = english.json().object();
    for (const char* key : {"id", "name", "organization", "description", "categories", "audiences", "phones",
                            "languages", "locations", "schedules", "verified", "source", "demonstration"}) {
        INFO(key);
        CHECK(record.contains(QLatin1String(key)));
    }
    CHECK(record.value(QStringLiteral("demonstration")).toBool());
    CHECK_FALSE(record.value(QStringLiteral("source")).toString().isEmpty());
    const auto ukrainian = runCli(withData(dir, {QStringLiteral("--lang"), QStringLiteral("uk"),
                                                 QStringLiteral("show"), id, QStringLiteral("--json")}));
    REQUIRE(ukrainian.exitCode == 0);
    CHECK(ukrainian.json().object().value(QStringLiteral("name_language")).toString() ==
          QStringLiteral("uk"));
    const auto text = runCli(withData(dir, {QStringLiteral("show"), id}));
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains("DEMONSTRATION DATA"));
}

TEST_CASE("cli: lists of codes with counts")
{
    TempDir dir;
    const auto categories = runCli(withData(dir, {QStringLiteral("categories"), QStringLiteral("--json")}));
    REQUIRE(categories.exitCode == 0);
    QStringList codes;
    for (const auto& value : categories.json().array())
        codes << value.toObject().value(QStringLiteral("code")).toString();
    for (const char* code : {"legal-aid", "psychosocial-support", "blue-dot", "daily-centre", "health-care",
                             "shelter", "gbv-support", "anti-trafficking", "hotline", "language-course",
                             "intercultural-mediation", "family-reunification", "child-protection",
                             "employment", "education", "voluntary-return", "lgbtiq-support"}) {
        INFO(code);
        CHECK(codes.contains(QLatin1String(code)));
    }
    const auto audiences = runCli(withData(dir, {QStringLiteral("audiences"), QStringLiteral("--json")}));
    CHECK(audiences.json().array().size() == 11);
    const auto places = runCli(withData(dir, {QStringLiteral("municipalities"), QStringLiteral("--json")}));
    CHECK(places.exitCode == 0);
    CHECK_FALSE(places.json().array().isEmpty());
    const auto languages = runCli(withData(dir, {QStringLiteral("languages"), QStringLiteral("--json")}));
    CHECK(languages.exitCode == 0);
}

TEST_CASE("cli: a search that finds nothing says what would (on stderr), a listing says the true total")
{
    TempDir dir;
    const auto empty = runCli(withData(dir, {QStringLiteral("search"), QStringLiteral("pravna"),
                                             QStringLiteral("pomoc"), QStringLiteral("xyzzy")}));
    REQUIRE(empty.exitCode == 0);
    CHECK(empty.out == "No services found.\n");
    CHECK(empty.err.contains("pathways-cli: hint: without 'xyzzy': "));

    const auto filtered =
        runCli(withData(dir, {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("legal"),
                              QStringLiteral("--category"), QStringLiteral("shelter")}));
    REQUIRE(filtered.exitCode == 0);
    CHECK(filtered.json().array().isEmpty()); // stdout stays the answer scripts parse
    CHECK(filtered.err.contains("pathways-cli: hint: --category left nothing of "));
    CHECK(filtered.err.contains("pathways-cli: hint: without --category: "));

    const auto listing =
        runCli(withData(dir, {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("2")}));
    REQUIRE(listing.exitCode == 0);
    const auto all = runCli(withData(dir, {QStringLiteral("--json"), QStringLiteral("search"),
                                           QStringLiteral("--limit"), QStringLiteral("1000")}));
    const QByteArray total = QByteArray::number(all.json().array().size()) + " services found.";
    CHECK(listing.out.contains(total));
}
