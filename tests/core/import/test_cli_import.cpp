// `pathways-cli import`, run as a user runs it: a summary by kind on the terminal, every finding in
// --report FILE.json, and any package shape behind --hsds.
#include "../../cli/search/CliRunner.h"
#include "support/TempDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways::test;

TEST_CASE("cli import: an HSDS 2.0 export, its summary, and the full report in a file")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const QString reportFile = dir.file(QStringLiteral("report.json"));
    const auto result =
        runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"),
                QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/hsds-2.0-export"), QStringLiteral("--report"),
                reportFile});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith("Imported 3 services from 2 organisations"));
    CHECK(result.err.contains("Read as HSDS 1.x/2.0 CSV."));
    CHECK(result.err.contains("note: organizations.csv: column url read as website"));
    // Three id-less phones are one line with a count and examples, not three.
    CHECK(result.err.contains("phones.csv: warning ×3: the record has no id; kept with a derived id"));
    CHECK(result.err.contains("(e.g. line 2 [svc-1/phone/1], line 3 [svc-1/phone/2], line 4 [svc-2/phone/3])"));
    CHECK_FALSE(result.err.contains("phones.csv:2:"));

    QFile file(reportFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(report.value(QStringLiteral("installed")).toBool());
    CHECK(report.value(QStringLiteral("format")).toString() == QStringLiteral("HSDS 1.x/2.0 CSV"));
    int phoneFindings = 0;
    for (const QJsonValue& issue : report.value(QStringLiteral("issues")).toArray())
        phoneFindings += issue.toObject().value(QStringLiteral("file")).toString() == QStringLiteral("phones.csv");
    CHECK(phoneFindings == 4); // three derived ids and the columns not kept
    CHECK(report.value(QStringLiteral("rows")).toObject().value(QStringLiteral("phone")).toInt() == 3);

    // What was imported is searchable, with its phones and website.
    const auto hits = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                              QStringLiteral("search"), QStringLiteral("tenant")});
    REQUIRE(hits.json().array().size() == 1);
    CHECK(hits.json().array().first().toObject().value(QStringLiteral("id")).toString() == QStringLiteral("svc-1"));
}

TEST_CASE("cli import: a .json file, and a path that does not exist")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const auto json = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"),
                              QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/hsds-3.0-json/service.json")});
    INFO(json.err.toStdString());
    CHECK(json.exitCode == 0);
    CHECK(json.err.startsWith("Read as HSDS 3.0 JSON."));
    const auto missing = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"),
                                 dir.file(QStringLiteral("nothing.zip"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.errLines().size() == 1);
    CHECK(missing.err.contains("does not exist"));
}
