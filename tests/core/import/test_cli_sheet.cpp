// `pathways-cli import --sheet FILE.csv`, run as a coordinator runs it.
#include "../../cli/search/CliRunner.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways::test;

namespace {

QStringList idsOf(const CliResult& result)
{
    QStringList ids;
    for (const QJsonValue& hit : result.json().array())
        ids << hit.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("cli import --sheet: the report points at rows and columns, and hours are read, never guessed")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const auto result =
        runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--sheet"),
                QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/sheet/sheet-en.csv"),
                QStringLiteral("--quiet")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith("Imported 3 services from 2 organisations"));
    CHECK(result.err.startsWith("Read as Pathways one-sheet CSV."));
    CHECK(result.err.contains("sheet-en.csv:5: warning: [Opening hours] not understood"));
    CHECK(result.err.contains("sheet-en.csv:7: dropped: [Service] no service name"));

    const auto openAt = [&](const char* moment) {
        return idsOf(
            runCli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"), QStringLiteral("search"),
                    QStringLiteral("--open-at"), QString::fromLatin1(moment)}));
    };
    // Sunday 03:00: only the 24/7 shelter; the helpline's "po dogovoru" never makes it open.
    CHECK(openAt("2026-03-08T03:00:00+01:00") ==
          QStringList{QStringLiteral("svc-harbour-aid-night-shelter")});
    CHECK(openAt("2026-03-02T10:00:00+01:00") ==
          (QStringList{QStringLiteral("svc-harbour-aid-legal-advice"),
                       QStringLiteral("svc-harbour-aid-night-shelter")}));
    const auto categories =
        runCli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"), QStringLiteral("search"),
                QStringLiteral("--category"), QStringLiteral("legal-aid")});
    CHECK(idsOf(categories) == QStringList{QStringLiteral("svc-harbour-aid-legal-advice")});
}

TEST_CASE("cli import: --sheet and --hsds together, or a sheet saved with semicolons, are one-line errors")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const QString sheet = QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/sheet/sheet-semicolons.csv");
    const auto both = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                              QStringLiteral("--sheet"), sheet, QStringLiteral("--hsds"), sheet});
    CHECK(both.exitCode == 1);
    CHECK(both.errLines().size() == 1);
    const auto semicolons = runCli(
        {QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--sheet"), sheet});
    CHECK(semicolons.exitCode == 2);
    CHECK(semicolons.err.contains("separated by ';'"));
    CHECK(semicolons.err.contains("the installed directory is unchanged"));
}
