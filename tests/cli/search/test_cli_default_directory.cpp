// The embedded default directory and import: what a new user sees first, and what an import may not break.
#include "CliRunner.h"
#include "db/Connection.h"
#include "support/TempDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <catch2/catch.hpp>

using pathways::test::runCli;
using pathways::test::TempDir;

TEST_CASE("cli: the first run installs the embedded demonstration directory")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const auto status =
        runCli({QStringLiteral("--data-dir"), data, QStringLiteral("status"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    const QJsonObject object = status.json().object();
    for (const char* key : {"publisher", "sequence", "created", "expires", "services", "data_age_days"}) {
        INFO(key);
        CHECK(object.contains(QLatin1String(key)));
    }
    CHECK(object.value(QStringLiteral("services")).toInt() >= 10);
    CHECK(object.value(QStringLiteral("demonstration_services")).toInt() ==
          object.value(QStringLiteral("services")).toInt());
    const auto text = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("status")});
    CHECK(text.out.contains("demonstration data"));
}

TEST_CASE("the embedded directory invents no contact details and cites a source for every record")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    REQUIRE(runCli({QStringLiteral("--data-dir"), data, QStringLiteral("status")}).exitCode == 0);
    pathways::db::Connection db(data + QStringLiteral("/directory.sqlite"),
                                pathways::db::Connection::Mode::ReadOnly);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM phone")) == 0);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM contact WHERE email IS NOT NULL")) == 0);
    CHECK(db.queryInt(QStringLiteral(
              "SELECT count(*) FROM service WHERE url IS NOT NULL OR email IS NOT NULL")) == 0);
    CHECK(db.queryInt(QStringLiteral(
              "SELECT count(*) FROM organization WHERE email IS NOT NULL OR website IS NOT NULL")) == 0);
    CHECK(db.queryInt(QStringLiteral(
              "SELECT count(*) FROM address WHERE address_1 IS NOT NULL OR postal_code IS NOT NULL")) == 0);
    CHECK(db.queryInt(
              QStringLiteral("SELECT count(*) FROM service WHERE x_source IS NULL OR x_source = ''")) == 0);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM service WHERE x_demonstration = 0")) == 0);
    // Every service in en, sl and uk.
    CHECK(db.queryInt(QStringLiteral(
              "SELECT count(*) FROM service s WHERE (SELECT count(DISTINCT locale) FROM translation t "
              "WHERE t.entity = 'service' AND t.id = s.id AND t.field = 'name' AND locale IN ('sl','uk')) < "
              "2")) == 0);
}

TEST_CASE("cli: the embedded directory answers the searches a mediator would type")
{
    TempDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.file(QStringLiteral("data")),
                           QStringLiteral("--json"), QStringLiteral("search")};
    auto ids = [&](const QStringList& arguments) {
        QStringList result;
        for (const auto& value : runCli(base + arguments).json().array())
            result << value.toObject().value(QStringLiteral("id")).toString();
        return result;
    };
    CHECK(ids({QStringLiteral("blue dot")}).value(0) == QStringLiteral("svc-pic-mobile-blue-dot"));
    CHECK(ids({QStringLiteral("Legebitra")}).contains(QStringLiteral("svc-legebitra-lgbt-asylum-migrants")));
    CHECK(ids({QStringLiteral("Kljuc")}).size() >= 1);
    CHECK(ids({QStringLiteral("--municipality"), QStringLiteral("Марибор")}) ==
          QStringList{QStringLiteral("svc-filantropija-daily-centre-maribor")});
    CHECK(ids({QStringLiteral("--language"), QStringLiteral("sq")}) ==
          QStringList{QStringLiteral("svc-lu-jesenice-intercultural-mediation")});
    CHECK(ids({QStringLiteral("гаряча лінія")}).value(0) == QStringLiteral("svc-luhansk-gbv-hotline"));
}

TEST_CASE("cli: a failed import leaves the installed directory as it was")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    REQUIRE(runCli({QStringLiteral("--data-dir"), data, QStringLiteral("status")}).exitCode == 0);
    const QByteArray before = pathways::test::readFile(data + QStringLiteral("/directory.sqlite"));
    dir.write(QStringLiteral("broken/services.csv"), QByteArray("id,name\ns1,Bad \xff\xfe bytes\n"));
    const auto result = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                                QStringLiteral("--hsds"), dir.file(QStringLiteral("broken"))});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains("unchanged"));
    CHECK(pathways::test::readFile(data + QStringLiteral("/directory.sqlite")) == before);
}

TEST_CASE("cli: importing the HSDS specification example replaces the directory")
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const auto result =
        runCli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"),
                QStringLiteral(PATHWAYS_HSDS_EXAMPLE_DIR), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = result.json().object();
    CHECK(report.value(QStringLiteral("installed")).toBool());
    CHECK(report.value(QStringLiteral("rows")).toObject().value(QStringLiteral("service")).toInt() == 1);
    const auto hits = runCli({QStringLiteral("--data-dir"), data, QStringLiteral("search"),
                              QStringLiteral("counselling"), QStringLiteral("--json")});
    CHECK(hits.json().array().size() == 1);
}

TEST_CASE("cli: bundle export works on a first run (the embedded directory is a bundle)")
{
    TempDir dir;
    const QString out = dir.file(QStringLiteral("shared.pathways"));
    const auto result = runCli({QStringLiteral("--data-dir"), dir.file(QStringLiteral("data")),
                                QStringLiteral("bundle"), QStringLiteral("export"), out});
    CHECK(result.exitCode == 0);
    CHECK(pathways::test::readFile(out).startsWith("manifest.json"));
}
