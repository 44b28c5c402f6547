// `pathways-cli export --hsds DIR`, run as a user runs it: the package it writes imports back into a
// directory that shows every service exactly as before.
#include "../../cli/search/CliRunner.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways::test;

namespace {

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

// The ids of every service of the directory in `data`.
QStringList serviceIds(const QString& data)
{
    const auto all =
        runCli(args({QStringLiteral("--data-dir"), data, QStringLiteral("--json"), QStringLiteral("search"),
                     QStringLiteral("--limit"), QStringLiteral("1000")}));
    QStringList ids;
    for (const QJsonValue& hit : all.json().array())
        ids << hit.toObject().value(QStringLiteral("id")).toString();
    ids.sort();
    return ids;
}

// `show --json` of every service, and the facet counts: what a user sees of the directory.
QList<QByteArray> whatUsersSee(const QString& data)
{
    QList<QByteArray> seen;
    for (const QString& id : serviceIds(data))
        seen << runCli(args({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                             QStringLiteral("show"), id}))
                    .out;
    seen << runCli(args({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                         QStringLiteral("facets")}))
                .out;
    return seen;
}

void checkRoundTrip(const TempDir& dir, const QString& before)
{
    const QString package = dir.file(QStringLiteral("exported"));
    const auto exported = runCli(args(
        {QStringLiteral("--data-dir"), before, QStringLiteral("export"), QStringLiteral("--hsds"), package}));
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains("as an HSDS 3.0 CSV package"));
    CHECK(exported.err.isEmpty()); // not a terminal: no progress bar

    const QString after = dir.file(QStringLiteral("after"));
    const auto imported = runCli(args(
        {QStringLiteral("--data-dir"), after, QStringLiteral("import"), QStringLiteral("--hsds"), package}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.err.startsWith("Read as HSDS 3.0 CSV."));

    const QStringList ids = serviceIds(before);
    REQUIRE_FALSE(ids.isEmpty());
    CHECK(serviceIds(after) == ids);
    const QList<QByteArray> seenBefore = whatUsersSee(before);
    const QList<QByteArray> seenAfter = whatUsersSee(after);
    REQUIRE(seenAfter.size() == seenBefore.size());
    for (qsizetype i = 0; i < seenBefore.size(); ++i) {
        INFO(seenBefore.at(i).left(200).toStdString());
        CHECK(seenAfter.at(i) == seenBefore.at(i));
    }
}

} // namespace

TEST_CASE("cli export: the embedded directory exports and imports back unchanged")
{
    TempDir dir;
    checkRoundTrip(dir, dir.file(QStringLiteral("before"))); // first run installs the embedded directory
}

TEST_CASE("cli export: an imported package with every table exports and imports back unchanged")
{
    TempDir dir;
    const QString before = dir.file(QStringLiteral("before"));
    const auto imported =
        runCli(args({QStringLiteral("--data-dir"), before, QStringLiteral("import"), QStringLiteral("--hsds"),
                     QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/roundtrip")}));
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    checkRoundTrip(dir, before);
}

TEST_CASE("cli export: a folder that holds files is refused, and --hsds is required")
{
    TempDir dir;
    dir.write(QStringLiteral("taken/notes.txt"), "mine");
    const QString data = dir.file(QStringLiteral("data"));
    const auto taken = runCli(args({QStringLiteral("--data-dir"), data, QStringLiteral("export"),
                                    QStringLiteral("--hsds"), dir.file(QStringLiteral("taken"))}));
    CHECK(taken.exitCode == 1);
    CHECK(taken.errLines().size() == 1);
    CHECK(taken.err.contains("is not empty"));
    const auto missing = runCli(args({QStringLiteral("--data-dir"), data, QStringLiteral("export")}));
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("export needs --hsds DIR"));
}
