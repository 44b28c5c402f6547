// Issue 11, defect 11, the CLI's part: `search --status active|all` (default active) and `status` in
// `search --json`, over the embedded directory's completed projects.
#include "CliRunner.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using pathways::test::runCli;
using pathways::test::TempDir;

namespace {

QStringList idsOf(const QJsonArray& rows)
{
    QStringList ids;
    for (const auto& row : rows)
        ids << row.toObject().value(QStringLiteral("id")).toString();
    return ids;
}

} // namespace

TEST_CASE("cli: search leaves out services no longer running unless --status all")
{
    TempDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.file(QStringLiteral("data")), QStringLiteral("search"),
                           QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("100")};
    const auto active = runCli(base);
    REQUIRE(active.exitCode == 0);
    const QJsonArray running = active.json().array();
    CHECK(running.size() == 12);
    for (const auto& row : running)
        CHECK(row.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("active"));
    CHECK(idsOf(running) == idsOf(runCli(base + QStringList{QStringLiteral("--status"), QStringLiteral("active")})
                                      .json()
                                      .array()));

    const auto all = runCli(base + QStringList{QStringLiteral("--status"), QStringLiteral("all")});
    REQUIRE(all.exitCode == 0);
    const QJsonArray everything = all.json().array();
    CHECK(everything.size() == 15);
    QStringList ended;
    for (const auto& row : everything)
        if (row.toObject().value(QStringLiteral("status")).toString() == QLatin1String("inactive"))
            ended << row.toObject().value(QStringLiteral("id")).toString();
    ended.sort();
    CHECK(ended == QStringList{QStringLiteral("svc-iom-child-protection-2016-2018"),
                               QStringLiteral("svc-kljuc-pogum-2022"),
                               QStringLiteral("svc-kljuc-trafficking-victims-health-2015-2016")});
    // Ranked after every running service.
    CHECK(idsOf(everything).mid(0, 12) == idsOf(running));
}

TEST_CASE("cli: a search only an ended project matches says how to see it, a wrong --status is one line")
{
    TempDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.file(QStringLiteral("data")), QStringLiteral("search")};
    const auto pogum = runCli(base + QStringList{QStringLiteral("POGUM")});
    REQUIRE(pogum.exitCode == 0);
    CHECK(pogum.out.contains("No services found."));
    INFO(pogum.err.toStdString());
    CHECK(pogum.errLines().contains("pathways-cli: hint: without --status active: 1 service"));
    const auto found = runCli(base + QStringList{QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("POGUM")});
    CHECK(found.out.contains("svc-kljuc-pogum-2022"));

    const auto wrong = runCli(base + QStringList{QStringLiteral("--status"), QStringLiteral("closed")});
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.errLines().size() == 1);
    CHECK(wrong.err.contains("--status is 'active' or 'all', not 'closed'"));

    // facets counts them apart.
    const auto facets = runCli({QStringLiteral("--data-dir"), dir.file(QStringLiteral("data")), QStringLiteral("facets"),
                                QStringLiteral("--json")});
    REQUIRE(facets.exitCode == 0);
    CHECK(facets.json().object().value(QStringLiteral("total")).toInt() == 12);
    CHECK(facets.json().object().value(QStringLiteral("no_longer_running")).toInt() == 3);
}
