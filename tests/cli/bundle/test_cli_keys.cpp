// `pathways-cli keys`: a worker trusts a coordinator's key only after comparing its fingerprint; the
// demonstration key can never be trusted; a trusted key then lets that coordinator's bundles in.
#include "BundleCliRunner.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace pathways;
using pathways::test::cli;
using pathways::test::Run;

namespace {

struct Coordinator
{
    QString key;
    QString pub;
};

// A coordinator's key pair, made by `bundle keygen`.
Coordinator makeCoordinator(const test::TempDir& dir)
{
    Coordinator made{dir.file(QStringLiteral("coordinator.key")),
                     dir.file(QStringLiteral("coordinator.pub"))};
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--secret"), made.key,
                 QStringLiteral("--public"), made.pub, QStringLiteral("--unencrypted")})
                .exitCode == 0);
    return made;
}

} // namespace

TEST_CASE("cli: keys add asks for the fingerprint check, list shows it, remove forgets it")
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const auto [key, pub] = makeCoordinator(dir);
    const QStringList base{QStringLiteral("--data-dir"), data};

    // Not a terminal and no --yes: refused, nothing trusted.
    const Run unconfirmed = cli(base + QStringList{QStringLiteral("keys"), QStringLiteral("add"), pub});
    CHECK(unconfirmed.exitCode == 1);
    CHECK(unconfirmed.err.contains("compare its fingerprint with the coordinator"));
    CHECK_FALSE(QFile::exists(data + QStringLiteral("/trusted-keys")));

    const Run added = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("keys"),
                                             QStringLiteral("add"), pub, QStringLiteral("--name"),
                                             QStringLiteral("Coordinator Ana"), QStringLiteral("--yes")});
    REQUIRE(added.exitCode == 0);
    const QJsonObject entry = QJsonDocument::fromJson(added.out).object();
    const QString id = entry.value(QStringLiteral("id")).toString();
    CHECK(id.size() == 16);
    CHECK(entry.value(QStringLiteral("fingerprint")).toString().split(QLatin1Char(' ')).size() == 4);

    const Run listed =
        cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("keys"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    const QJsonArray keys = QJsonDocument::fromJson(listed.out).array();
    const auto mine = std::find_if(keys.begin(), keys.end(), [&](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("id")).toString() == id;
    });
    REQUIRE(mine != keys.end());
    for (const char* field : {"id", "name", "fingerprint", "added", "source"})
        CHECK(mine->toObject().contains(QLatin1String(field)));
    CHECK(mine->toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Coordinator Ana"));
    CHECK(mine->toObject().value(QStringLiteral("source")).toString() == pub);
    CHECK_FALSE(mine->toObject().value(QStringLiteral("added")).toString().isEmpty());

    // Now the coordinator's bundle installs.
    const QString bundle = dir.file(QStringLiteral("update.pathways"));
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds"),
                 QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds"), QStringLiteral("--sequence"),
                 QStringLiteral("3"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                 QStringLiteral("--publisher"), QStringLiteral("Coordinator"), QStringLiteral("--secret"),
                 key, QStringLiteral("--out"), bundle})
                .exitCode == 0);
    CHECK(cli(base + QStringList{QStringLiteral("sync"), bundle}).exitCode == 0);

    // Removed: the next bundle of that key is refused at the signature.
    REQUIRE(cli(base + QStringList{QStringLiteral("keys"), QStringLiteral("remove"), id}).exitCode == 0);
    const Run again = cli(base + QStringList{QStringLiteral("keys"), QStringLiteral("remove"), id});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("no trusted key"));
    const Run refused = cli(base + QStringList{QStringLiteral("bundle"), QStringLiteral("verify"), bundle});
    CHECK(refused.exitCode != 0);
}

TEST_CASE("cli: the demonstration key can never be trusted, and a built-in key cannot be removed")
{
    test::TempDir dir;
    const QStringList base{QStringLiteral("--data-dir"), dir.file(QStringLiteral("data"))};
    const Run demo = cli(base + QStringList{QStringLiteral("keys"), QStringLiteral("add"),
                                            QStringLiteral(PATHWAYS_FIXTURES_DIR "/keys/demo.pub"),
                                            QStringLiteral("--yes")});
    CHECK(demo.exitCode == 2);
    CHECK(demo.err.contains("public demonstration key"));
    const Run builtIn = cli(base + QStringList{QStringLiteral("keys"), QStringLiteral("remove"),
                                               QStringLiteral("7D7EDF06800AB927")});
    CHECK(builtIn.exitCode == 1);
    CHECK(builtIn.err.contains("cannot be removed here"));
    const Run notAKey =
        cli(base + QStringList{QStringLiteral("keys"), QStringLiteral("add"),
                               QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds/services.csv"),
                               QStringLiteral("--yes")});
    CHECK(notAKey.exitCode == 1);
    CHECK(notAKey.err.count('\n') == 1);
}

TEST_CASE("cli: restore-previous puts the last directory back, keeps notes, and refuses older bundles still")
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const auto [key, pub] = makeCoordinator(dir);
    const QStringList base{QStringLiteral("--data-dir"), data};
    REQUIRE(
        cli(base + QStringList{QStringLiteral("keys"), QStringLiteral("add"), pub, QStringLiteral("--yes")})
            .exitCode == 0);
    const auto build = [&](int sequence, const QByteArray& serviceName) {
        const QString folder = dir.file(QStringLiteral("hsds%1").arg(sequence));
        for (const QString& name :
             QDir(QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds")).entryList(QDir::Files)) {
            QByteArray content = test::readFile(QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds/") + name);
            if (name == QLatin1String("services.csv"))
                content.replace("Clothing store", serviceName);
            dir.write(QStringLiteral("hsds%1/%2").arg(sequence).arg(name), content);
        }
        const QString out = dir.file(QStringLiteral("b%1.pathways").arg(sequence));
        REQUIRE(
            cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds"), folder,
                 QStringLiteral("--sequence"), QString::number(sequence), QStringLiteral("--expires"),
                 QStringLiteral("2099-01-01"), QStringLiteral("--publisher"), QStringLiteral("Coordinator"),
                 QStringLiteral("--secret"), key, QStringLiteral("--out"), out})
                .exitCode == 0);
        return out;
    };
    const QString three = build(3, "Clothing store");
    const QString four = build(4, "Clothing and shoes");
    const QString five = build(5, "Clothing shoes and blankets");
    // Nothing kept yet on a fresh folder: a clear one-line error.
    const Run nothing = cli(base + QStringList{QStringLiteral("restore-previous"), QStringLiteral("--yes")});
    CHECK(nothing.exitCode == 1);
    CHECK(nothing.err.contains("no previous directory"));

    REQUIRE(cli(base + QStringList{QStringLiteral("sync"), four}).exitCode == 0);
    REQUIRE(cli(base + QStringList{QStringLiteral("sync"), five}).exitCode == 0);
    // The user's own file (notes, favourites): a restore never opens it.
    const QByteArray notes = "the worker's notes, byte for byte";
    dir.write(QStringLiteral("data/user.sqlite"), notes);

    // Without a terminal and without --yes: refused, nothing changed.
    const Run unconfirmed = cli(base + QStringList{QStringLiteral("restore-previous")});
    CHECK(unconfirmed.exitCode == 1);
    CHECK(unconfirmed.err.contains("--yes"));

    const Run restored = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("restore-previous"),
                                                QStringLiteral("--yes")});
    REQUIRE(restored.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(restored.out).object();
    CHECK(json.value(QStringLiteral("sequence")).toInt() == 4);
    CHECK(json.value(QStringLiteral("previous_sequence")).toInt() == 5);
    CHECK(json.value(QStringLiteral("changed")).toArray().size() == 1);
    CHECK(test::readFile(data + QStringLiteral("/user.sqlite")) == notes);
    const Run status = cli(base + QStringList{QStringLiteral("--json"), QStringLiteral("status")});
    const QJsonObject state = QJsonDocument::fromJson(status.out).object();
    CHECK(state.value(QStringLiteral("sequence")).toInt() == 4);
    const QJsonArray history = state.value(QStringLiteral("history")).toArray();
    REQUIRE(history.size() >= 3);
    CHECK(history.at(0).toObject().value(QStringLiteral("action")).toString() ==
          QStringLiteral("restored previous"));
    CHECK(history.at(1).toObject().value(QStringLiteral("from")).toString() == five);

    // An older bundle than the restored one, or the one just undone, stays refused; a newer one installs.
    const Run older = cli(base + QStringList{QStringLiteral("sync"), three});
    CHECK(older.exitCode == 2);
    CHECK(older.err.contains("rollback refused"));
    CHECK(cli(base + QStringList{QStringLiteral("sync"), five}).exitCode == 2);
    const QString six = build(6, "Clothing");
    CHECK(cli(base + QStringList{QStringLiteral("sync"), six}).exitCode == 0);
    CHECK(json.value(QStringLiteral("changed"))
              .toArray()
              .first()
              .toObject()
              .contains(QStringLiteral("fields")));

    // --verbose: what each changed service says again, field by field (installed -> restored).
    const Run verbose = cli(base + QStringList{QStringLiteral("restore-previous"), QStringLiteral("--yes"),
                                               QStringLiteral("--verbose")});
    INFO(verbose.out.toStdString());
    REQUIRE(verbose.exitCode == 0);
    CHECK(verbose.out.contains("Changed fields:\n  ~ svc-2  Clothing and shoes\n      name: Clothing -> "
                               "Clothing and shoes\n"));
}
