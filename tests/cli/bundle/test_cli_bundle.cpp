// The pathways-cli contract for bundles: exit codes, one-line reasons on stderr, JSON output.
#include "BundleCliRunner.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace pathways;
using pathways::test::cli;
using pathways::test::Run;

namespace {

const QString kHsds = QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds");

// An unencrypted key pair made by `bundle keygen`.
void makeKeys(const QString& secretPath, const QString& publicPath)
{
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--secret"), secretPath,
                 QStringLiteral("--public"), publicPath, QStringLiteral("--unencrypted")})
                .exitCode == 0);
}

// A coordinator's key pair in `dir`, its public half trusted in dir's data/ (as docs/publishing.md says to
// hand it out); returns the secret key's path.
QString coordinatorKey(const test::TempDir& dir)
{
    const QString key = dir.file(QStringLiteral("k.key"));
    makeKeys(key, dir.file(QStringLiteral("k.pub")));
    dir.write(QStringLiteral("data/trusted-keys/coordinator.pub"),
              test::readFile(dir.file(QStringLiteral("k.pub"))));
    return key;
}

void buildSigned(const QString& hsds, const QString& key, int sequence, const QString& out)
{
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds"), hsds,
                 QStringLiteral("--sequence"), QString::number(sequence), QStringLiteral("--expires"),
                 QStringLiteral("2099-01-01"), QStringLiteral("--publisher"), QStringLiteral("Coordinator"),
                 QStringLiteral("--secret"), key, QStringLiteral("--out"), out})
                .exitCode == 0);
}

} // namespace

TEST_CASE("cli: keygen, build, verify, inspect, sync, export")
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const QString key = dir.file(QStringLiteral("k.key"));
    const QString pub = dir.file(QStringLiteral("k.pub"));
    makeKeys(key, pub);
    const QString bundle = dir.file(QStringLiteral("b.pathways"));
    const QStringList build{QStringLiteral("bundle"),      QStringLiteral("build"),
                            QStringLiteral("--hsds"),      kHsds,
                            QStringLiteral("--expires"),   QStringLiteral("2099-01-01"),
                            QStringLiteral("--publisher"), QStringLiteral("CLI Test"),
                            QStringLiteral("--secret"),    key};
    REQUIRE(cli(build + QStringList{QStringLiteral("--sequence"), QStringLiteral("4"),
                                    QStringLiteral("--out"), bundle})
                .exitCode == 0);

    // Not trusted yet: verify refuses with one line, inspect explains.
    Run verify =
        cli({QStringLiteral("--data-dir"), data, QStringLiteral("bundle"), QStringLiteral("verify"), bundle});
    CHECK(verify.exitCode == 2);
    CHECK(verify.err.count('\n') == 1);
    CHECK(verify.err.contains("not in the trust store"));
    Run inspect = cli(
        {QStringLiteral("--data-dir"), data, QStringLiteral("bundle"), QStringLiteral("inspect"), bundle});
    CHECK(inspect.out.contains("Publisher:     CLI Test"));
    CHECK(inspect.out.contains("Trusted:       NO"));

    // Trusted: verify passes and prints the essentials; sync installs and prints the diff as JSON.
    dir.write(QStringLiteral("data/trusted-keys/k.pub"), test::readFile(pub));
    verify =
        cli({QStringLiteral("--data-dir"), data, QStringLiteral("bundle"), QStringLiteral("verify"), bundle});
    CHECK(verify.exitCode == 0);
    CHECK(verify.out.contains("Sequence:      4"));
    CHECK(verify.out.contains("service=3"));
    Run sync =
        cli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"), QStringLiteral("sync"), bundle});
    REQUIRE(sync.exitCode == 0);
    const QJsonObject diff = QJsonDocument::fromJson(sync.out).object();
    CHECK(diff.value(QStringLiteral("installed")).toBool());
    CHECK(diff.value(QStringLiteral("added")).toArray().size() == 3);

    // Replay: exit 0, nothing done. Rollback: refused.
    sync = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), bundle});
    CHECK(sync.exitCode == 0);
    CHECK(sync.out.contains("Already installed"));
    const QString older = dir.file(QStringLiteral("older.pathways"));
    REQUIRE(cli(build + QStringList{QStringLiteral("--sequence"), QStringLiteral("3"),
                                    QStringLiteral("--out"), older})
                .exitCode == 0);
    sync = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), older});
    CHECK(sync.exitCode == 2);
    CHECK(sync.err.contains("rollback refused"));
    CHECK(sync.err.count('\n') == 1);

    // Export is byte-identical.
    const QString exported = dir.file(QStringLiteral("exported.pathways"));
    REQUIRE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("bundle"), QStringLiteral("export"),
                 exported})
                .exitCode == 0);
    CHECK(test::readFile(exported) == test::readFile(bundle));

    // Bad input: one line, right exit code.
    const QString empty = dir.write(QStringLiteral("empty.pathways"), {});
    sync = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), empty});
    CHECK(sync.exitCode == 2);
    CHECK(sync.err == "pathways-cli: refused at step 1 (size): file is empty\n");
    CHECK(
        cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds"), kHsds}).exitCode ==
        1);
    CHECK(cli({QStringLiteral("bundle"), QStringLiteral("frobnicate")}).exitCode == 1);
}

TEST_CASE("cli: encrypted keys take the passphrase from PATHWAYS_PASSPHRASE")
{
    test::TempDir dir;
    const QString key = dir.file(QStringLiteral("k.key"));
    const QString pub = dir.file(QStringLiteral("k.pub"));
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--secret"), key,
                 QStringLiteral("--public"), pub},
                "s3cret words")
                .exitCode == 0);
    CHECK(test::readFile(key).contains("encrypted"));
    const QStringList build{QStringLiteral("bundle"),      QStringLiteral("build"),
                            QStringLiteral("--hsds"),      kHsds,
                            QStringLiteral("--sequence"),  QStringLiteral("1"),
                            QStringLiteral("--expires"),   QStringLiteral("2099-01-01"),
                            QStringLiteral("--publisher"), QStringLiteral("P"),
                            QStringLiteral("--secret"),    key,
                            QStringLiteral("--out"),       dir.file(QStringLiteral("b.pathways"))};
    const Run wrong = cli(build, "wrong words");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains("wrong passphrase"));
    CHECK(cli(build, "s3cret words").exitCode == 0);
    CHECK(cli({QStringLiteral("bundle"), QStringLiteral("verify"), QStringLiteral("--public"), pub,
               dir.file(QStringLiteral("b.pathways"))})
              .exitCode == 0);
}

TEST_CASE("cli: sync --url downloads over HTTPS with ETag, then verifies like a file")
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (python.isEmpty() || openssl.isEmpty()) {
        WARN("python3 or openssl missing: sync --url not tested");
        return;
    }
    test::TempDir dir;
    const QString cert = dir.file(QStringLiteral("cert.pem"));
    const QString certKey = dir.file(QStringLiteral("key.pem"));
    QProcess::execute(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       certKey, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
    REQUIRE(QFile::exists(cert));
    const QString key = dir.file(QStringLiteral("k.key"));
    const QString pub = dir.file(QStringLiteral("k.pub"));
    makeKeys(key, pub);
    dir.write(QStringLiteral("www/forged.pathways"), "not a bundle");
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds"), kHsds,
                 QStringLiteral("--sequence"), QStringLiteral("2"), QStringLiteral("--expires"),
                 QStringLiteral("2099-01-01"), QStringLiteral("--publisher"), QStringLiteral("Web"),
                 QStringLiteral("--secret"), key, QStringLiteral("--out"),
                 dir.file(QStringLiteral("www/current.pathways"))})
                .exitCode == 0);
    const QString data = dir.file(QStringLiteral("data"));
    dir.write(QStringLiteral("data/trusted-keys/k.pub"), test::readFile(pub));

    QProcess server;
    server.start(python, {QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/cli/bundle/https_server.py"),
                          dir.file(QStringLiteral("www")), cert, certKey, QStringLiteral("60")});
    REQUIRE(server.waitForReadyRead(10000));
    const QString base =
        QStringLiteral("https://127.0.0.1:%1/").arg(QString::fromLatin1(server.readLine().trimmed()));

    const QStringList sync{QStringLiteral("--data-dir"), data, QStringLiteral("sync"),
                           QStringLiteral("--url")};
    Run run = cli(sync + QStringList{base + QStringLiteral("current.pathways")});
    CHECK(run.exitCode == 2); // the test CA is not trusted by default
    CHECK(run.err.contains("SSL"));
    // --dry-run: downloaded, checked and shown; the download is removed and nothing is installed.
    run = cli(sync + QStringList{base + QStringLiteral("current.pathways"), QStringLiteral("--dry-run")}, {},
              cert);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("Would install Web sequence 2 (installed: nothing)"));
    CHECK(run.out.contains("Nothing was installed (--dry-run)."));
    CHECK_FALSE(QFile::exists(data + QStringLiteral("/directory.sqlite")));
    CHECK(QDir(data)
              .entryList({QStringLiteral(".staging-*"), QStringLiteral(".sync-etag")},
                         QDir::Files | QDir::Hidden)
              .isEmpty());
    run = cli(sync + QStringList{base + QStringLiteral("current.pathways")}, {}, cert);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("Installed Web sequence 2"));
    run = cli(sync + QStringList{base + QStringLiteral("current.pathways")}, {}, cert);
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("Not modified"));
    run = cli(sync + QStringList{base + QStringLiteral("forged.pathways")}, {}, cert);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("refused at step 2"));
    run = cli(sync + QStringList{QStringLiteral("http://127.0.0.1/current.pathways")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("https://"));
    server.kill();
    server.waitForFinished();
}

TEST_CASE("cli: bundle build --payload chooses the payload form, inspect says which")
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const QString key = dir.file(QStringLiteral("k.key"));
    const QString pub = dir.file(QStringLiteral("k.pub"));
    makeKeys(key, pub);
    dir.write(QStringLiteral("data/trusted-keys/k.pub"), test::readFile(pub));
    const auto build = [&](const QString& form, const QString& out) {
        return cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds"), kHsds,
                    QStringLiteral("--expires"), QStringLiteral("2099-01-01"), QStringLiteral("--publisher"),
                    QStringLiteral("CLI Test"), QStringLiteral("--secret"), key, QStringLiteral("--sequence"),
                    QStringLiteral("5"), QStringLiteral("--payload"), form, QStringLiteral("--out"), out});
    };
    const QString bundle = dir.file(QStringLiteral("db.pathways"));
    REQUIRE(build(QStringLiteral("sqlite"), bundle).exitCode == 0);
    const Run inspect = cli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                             QStringLiteral("bundle"), QStringLiteral("inspect"), bundle});
    REQUIRE(inspect.exitCode == 0);
    const QJsonObject claimed = QJsonDocument::fromJson(inspect.out).object();
    INFO(inspect.out.constData());
    CHECK(claimed.value(QStringLiteral("payload_form")).toString() == QLatin1String("sqlite"));
    CHECK(claimed.value(QStringLiteral("payload_name")).toString() == QLatin1String("directory.sqlite.zst"));
    const Run sync = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), bundle});
    CHECK(sync.exitCode == 0);
    CHECK(sync.out.contains("3 added"));

    const Run bad = build(QStringLiteral("xml"), dir.file(QStringLiteral("bad.pathways")));
    CHECK(bad.exitCode == 1);
    CHECK(bad.err == "pathways-cli: --payload must be csv, sqlite or auto, not \"xml\"\n");
    CHECK_FALSE(QFile::exists(dir.file(QStringLiteral("bad.pathways"))));
}

TEST_CASE("cli: a damaged copy of the installed bundle is refused, never 'already installed', --dry-run "
          "installs nothing")
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const QString key = coordinatorKey(dir);
    const auto build = [&](int sequence, const QString& out) { buildSigned(kHsds, key, sequence, out); };
    const QString installed = dir.file(QStringLiteral("installed.pathways"));
    build(5, installed);
    REQUIRE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), installed}).exitCode == 0);
    const QString database = data + QStringLiteral("/directory.sqlite");
    const QByteArray before = test::readFile(database);

    // One byte flipped inside the payload of a copy of the installed bundle (the signed manifest and the
    // archive stay intact, so only the payload hash can tell): damaged, exit 2, nothing written.
    QByteArray bytes = test::readFile(installed);
    const qsizetype payload = bytes.indexOf(QByteArray::fromHex("28b52ffd")); // the zstd frame's magic
    REQUIRE(payload > 0);
    bytes[payload + 20] = static_cast<char>(bytes.at(payload + 20) ^ 0x01);
    const QString damaged = dir.write(QStringLiteral("damaged.pathways"), bytes);
    const Run refused = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), damaged});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("refused at step 6 (payload)"));
    CHECK_FALSE(refused.out.contains("Already installed"));
    CHECK(test::readFile(database) == before);

    // The genuine file again: already installed, exit 0, nothing written.
    const Run replay = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), installed});
    CHECK(replay.exitCode == 0);
    CHECK(replay.out.contains("Already installed"));
    CHECK(test::readFile(database) == before);

    // A newer bundle previewed: the diff is printed, nothing is installed; then it installs.
    const QString newer = dir.file(QStringLiteral("newer.pathways"));
    build(6, newer);
    const Run preview = cli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                             QStringLiteral("sync"), newer, QStringLiteral("--dry-run")});
    REQUIRE(preview.exitCode == 0);
    const QJsonObject json = QJsonDocument::fromJson(preview.out).object();
    CHECK(json.value(QStringLiteral("dry_run")).toBool());
    CHECK_FALSE(json.value(QStringLiteral("installed")).toBool());
    CHECK(json.value(QStringLiteral("sequence")).toInt() == 6);
    CHECK(json.value(QStringLiteral("previous_sequence")).toInt() == 5);
    CHECK(test::readFile(database) == before);
    const Run text =
        cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), newer, QStringLiteral("--dry-run")});
    CHECK(text.out.contains("Would install Coordinator sequence 6"));
    CHECK(text.out.contains("Nothing was installed (--dry-run)."));
    CHECK(test::readFile(database) == before);
    CHECK(cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), newer}).exitCode == 0);
    CHECK(test::readFile(database) != before);
}

TEST_CASE("cli: sync --dry-run --verbose lists which fields of each changed service change, old and new")
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const QString key = coordinatorKey(dir);
    const auto build = [&](const QString& hsds, int sequence, const QString& out) {
        buildSigned(hsds, key, sequence, out);
    };
    // The installed directory gives the Centre office (Legal advice's location) a street address.
    const QByteArray addresses = "id,location_id,address_1,city\nadr-2,loc-2,Slovenska 9,Ljubljana\n";
    for (const QString& name : QDir(kHsds).entryList(QDir::Files))
        dir.write(QStringLiteral("base/") + name, test::readFile(kHsds + QLatin1Char('/') + name));
    dir.write(QStringLiteral("base/addresses.csv"), addresses);
    const QString installed = dir.file(QStringLiteral("installed.pathways"));
    build(dir.file(QStringLiteral("base")), 5, installed);
    REQUIRE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), installed}).exitCode == 0);

    // The coordinator renames one service and changes another's phone number and street address.
    for (const QString& name : QDir(dir.file(QStringLiteral("base"))).entryList(QDir::Files)) {
        QByteArray csv = test::readFile(dir.file(QStringLiteral("base/") + name));
        csv.replace("Clothing store", "Clothing and shoes");
        csv.replace("+386 1 000 0003", "+386 1 000 0099");
        csv.replace("Slovenska 9", "Dunajska 5");
        dir.write(QStringLiteral("changed/") + name, csv);
    }
    const QString newer = dir.file(QStringLiteral("newer.pathways"));
    build(dir.file(QStringLiteral("changed")), 6, newer);
    const QByteArray before = test::readFile(data + QStringLiteral("/directory.sqlite"));

    const Run text = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), newer,
                          QStringLiteral("--dry-run"), QStringLiteral("--verbose")});
    INFO(text.out.toStdString());
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains("Changed fields:"));
    CHECK(text.out.contains("      name: Clothing store -> Clothing and shoes"));
    CHECK(text.out.contains("      phone: +386 1 000 0003 -> +386 1 000 0099"));
    CHECK(text.out.contains("      address: Slovenska 9, Ljubljana -> Dunajska 5, Ljubljana"));
    CHECK(text.out.contains("Nothing was installed (--dry-run)."));
    // Without --verbose, the list of services only, as before.
    const Run plain =
        cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), newer, QStringLiteral("--dry-run")});
    CHECK_FALSE(plain.out.contains("Changed fields:"));

    const Run json = cli({QStringLiteral("--data-dir"), data, QStringLiteral("--json"),
                          QStringLiteral("sync"), newer, QStringLiteral("--dry-run")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray changed =
        QJsonDocument::fromJson(json.out).object().value(QStringLiteral("changed")).toArray();
    REQUIRE(changed.size() == 2);
    const QJsonObject svc2 = changed.at(0).toObject();
    CHECK(svc2.value(QStringLiteral("id")).toString() == QStringLiteral("svc-2"));
    const QJsonArray fields = svc2.value(QStringLiteral("fields")).toArray();
    REQUIRE(fields.size() >= 1);
    bool renamed = false;
    for (const QJsonValue& field : fields)
        renamed = renamed ||
                  (field.toObject().value(QStringLiteral("field")).toString() == QStringLiteral("name") &&
                   field.toObject().value(QStringLiteral("before")).toString() ==
                       QStringLiteral("Clothing store") &&
                   field.toObject().value(QStringLiteral("after")).toString() ==
                       QStringLiteral("Clothing and shoes"));
    CHECK(renamed);
    CHECK(test::readFile(data + QStringLiteral("/directory.sqlite")) == before);
}
