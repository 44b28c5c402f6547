// import --hsds-api and bundle build --hsds-api against a real HTTPS server on 127.0.0.1 that serves an
// HSDS 3.0 API (hsds_api_server.py, fixture tests/data/import/hsds-3.0-api) in several scenarios.
#include "BundleCliRunner.h"
#include "support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>

using namespace pathways;
using pathways::test::cli;
using pathways::test::Run;

namespace {

const QString kFixture = QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/hsds-3.0-api/services.json");
const QString kLocalJson = QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/hsds-3.0-json/service.json");

/// The test API: a throw-away certificate for 127.0.0.1 (trusted by the CLI through PATHWAYS_CA_FILE, never
/// by the system) and the server process, stopped when the test case ends.
class ApiServer
{
public:
    ApiServer()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        REQUIRE(!python.isEmpty()); // both are in .ci/install-deps
        REQUIRE(!openssl.isEmpty());
        cert = m_dir.file(QStringLiteral("cert.pem"));
        const QString key = m_dir.file(QStringLiteral("key.pem"));
        QProcess::execute(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                    QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                                    QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                                    QStringLiteral("subjectAltName=IP:127.0.0.1")});
        REQUIRE(QFile::exists(cert));
        m_server.start(python, {QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/cli/api/hsds_api_server.py"), kFixture, cert,
                                key, QStringLiteral("120")});
        REQUIRE(m_server.waitForReadyRead(10000));
        m_base = QStringLiteral("https://127.0.0.1:%1/").arg(QString::fromLatin1(m_server.readLine().trimmed()));
    }
    ~ApiServer()
    {
        m_server.kill();
        m_server.waitForFinished();
    }
    ApiServer(const ApiServer&) = delete;
    ApiServer& operator=(const ApiServer&) = delete;

    QString url(const QString& scenario) const { return m_base + scenario; }
    QString cert;

private:
    test::TempDir m_dir;
    QProcess m_server;
    QString m_base;
};

QJsonObject json(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QStringList scratchLeft(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral(".hsds-api-*")}, QDir::AllEntries | QDir::Hidden);
}

} // namespace

TEST_CASE("cli: import --hsds-api reads every page, and fetches services the list gives in brief")
{
    const ApiServer server;
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    const QStringList import{QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--json"),
                             QStringLiteral("--hsds-api")};

    for (const QString& scenario : {QStringLiteral("full"), QStringLiteral("brief")}) {
        INFO(scenario.toStdString());
        const Run run = cli(import + QStringList{server.url(scenario)}, {}, server.cert);
        REQUIRE(run.exitCode == 0);
        const QJsonObject report = json(run.out);
        CHECK(report.value(QStringLiteral("installed")).toBool());
        const QJsonObject api = report.value(QStringLiteral("api")).toObject();
        CHECK(api.value(QStringLiteral("pages")).toInt() == 3); // two services a page
        CHECK(api.value(QStringLiteral("services")).toInt() == 5);
        CHECK(api.value(QStringLiteral("announced")).toInt() == 5);
        CHECK(api.value(QStringLiteral("services_fetched_one_by_one")).toInt() == (scenario == QLatin1String("brief") ? 5 : 0));
        CHECK(report.value(QStringLiteral("rows")).toObject().value(QStringLiteral("service")).toInt() == 5);

        const QJsonObject status =
            json(cli({QStringLiteral("--data-dir"), data, QStringLiteral("status"), QStringLiteral("--json")}).out);
        CHECK(status.value(QStringLiteral("services")).toInt() == 5);
        CHECK(status.value(QStringLiteral("publisher")).toString() == QStringLiteral("HSDS API ") + server.url(scenario));
        // The phone and hours are nested records: in "brief" they exist only in /services/{id}.
        const QJsonObject shown = json(
            cli({QStringLiteral("--data-dir"), data, QStringLiteral("show"), QStringLiteral("api-svc-1"), QStringLiteral("--json")})
                .out);
        CHECK(shown.value(QStringLiteral("organization")).toObject().value(QStringLiteral("name")).toString() ==
              QStringLiteral("Riverside Welcome Centre"));
        CHECK(shown.value(QStringLiteral("phones")).toArray().first().toObject().value(QStringLiteral("number")).toString() ==
              QStringLiteral("0161 496 0100"));
        CHECK(shown.value(QStringLiteral("hours")).toString() == QStringLiteral("Tue 17:00–19:00"));
        CHECK(scratchLeft(data).isEmpty());
    }
}

TEST_CASE("cli: an HSDS API that announces more than it has is read to its first empty page, with a note")
{
    const ApiServer server;
    test::TempDir dir;
    const Run run = cli({QStringLiteral("--data-dir"), dir.file(QStringLiteral("data")), QStringLiteral("import"),
                         QStringLiteral("--hsds-api"), server.url(QStringLiteral("liar"))},
                        {}, server.cert);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains("in 3 page(s)"));
    CHECK(run.err.contains("note: the API announced 100 service(s) but listed 5"));
    CHECK(run.out.contains("Imported 5 services"));
}

TEST_CASE("cli: import --hsds-api tries a 500 and a 429 (Retry-After) again, then imports")
{
    const ApiServer server;
    test::TempDir dir;
    const Run run = cli({QStringLiteral("--data-dir"), dir.file(QStringLiteral("data")), QStringLiteral("import"),
                         QStringLiteral("--hsds-api"), server.url(QStringLiteral("flaky"))},
                        {}, server.cert);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains("2 retried"));
    CHECK(run.out.contains("Imported 5 services"));
}

TEST_CASE("cli: an HSDS API that fails is one line, exit non-zero, and changes nothing")
{
    const ApiServer server;
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    REQUIRE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds"), kLocalJson})
                .exitCode == 0);
    const QStringList status{QStringLiteral("--data-dir"), data, QStringLiteral("status"), QStringLiteral("--json")};
    const QJsonObject before = json(cli(status).out);
    REQUIRE(before.value(QStringLiteral("services")).toInt() == 1);

    struct Case
    {
        QString url;
        int exitCode;
        const char* says;
    };
    const QList<Case> cases = {
        {server.url(QStringLiteral("missing")), 2, "HTTP status 404, not found"},
        {server.url(QStringLiteral("huge")), 2, "larger than the 32 MiB a response may have"},
        {server.url(QStringLiteral("repeat")), 2, "page 2 repeats services already read"},
        {server.url(QStringLiteral("notjson")), 2, "page 1 is not JSON"},
        {QString(server.url(QStringLiteral("full"))).replace(QStringLiteral("https://"), QStringLiteral("http://")), 1,
         "must be an https:// address"},
    };
    for (const Case& c : cases) {
        INFO(c.url.toStdString());
        const Run run = cli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds-api"), c.url},
                            {}, server.cert);
        CHECK(run.exitCode == c.exitCode);
        CHECK(run.err.contains(c.says));
        CHECK(run.err.count('\n') == 1);
        CHECK(run.out.isEmpty());
        const QJsonObject after = json(cli(status).out);
        CHECK(after.value(QStringLiteral("publisher")) == before.value(QStringLiteral("publisher")));
        CHECK(after.value(QStringLiteral("history")).toArray().size() == 1);
        CHECK(scratchLeft(data).isEmpty());
    }
    // Without the test CA the server is not trusted: https is checked, not only asked for.
    const Run untrusted =
        cli({QStringLiteral("--data-dir"), data, QStringLiteral("import"), QStringLiteral("--hsds-api"), server.url(QStringLiteral("full"))});
    CHECK(untrusted.exitCode == 2);
    CHECK(untrusted.err.contains("SSL"));
}

TEST_CASE("cli: Ctrl+C stops import --hsds-api cleanly")
{
    const ApiServer server;
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("data"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATHWAYS_CA_FILE"), server.cert);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PATHWAYS_CLI), {QStringLiteral("--data-dir"), data, QStringLiteral("import"),
                                                 QStringLiteral("--hsds-api"), server.url(QStringLiteral("slow"))});
    REQUIRE(process.waitForStarted());
    // The scratch folder exists once the first request is on its way (the slow server holds it).
    for (int i = 0; i < 100 && scratchLeft(data).isEmpty(); ++i)
        QThread::msleep(50);
    REQUIRE(!scratchLeft(data).isEmpty());
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::NormalExit);
    CHECK(process.exitCode() == 2);
    CHECK(process.readAllStandardError() == "pathways-cli: stopped; nothing was changed\n");
    CHECK(scratchLeft(data).isEmpty());
}

TEST_CASE("cli: bundle build --hsds-api signs what the API serves, and a failing API writes nothing")
{
    const ApiServer server;
    test::TempDir dir;
    const QString key = dir.file(QStringLiteral("k.key"));
    const QString pub = dir.file(QStringLiteral("k.pub"));
    REQUIRE(cli({QStringLiteral("bundle"), QStringLiteral("keygen"), QStringLiteral("--secret"), key, QStringLiteral("--public"),
                 pub, QStringLiteral("--unencrypted")})
                .exitCode == 0);
    const auto build = [&](const QString& scenario, const QString& out) {
        return cli({QStringLiteral("bundle"), QStringLiteral("build"), QStringLiteral("--hsds-api"), server.url(scenario),
                    QStringLiteral("--sequence"), QStringLiteral("3"), QStringLiteral("--expires"), QStringLiteral("2099-01-01"),
                    QStringLiteral("--publisher"), QStringLiteral("API Test"), QStringLiteral("--secret"), key,
                    QStringLiteral("--out"), out, QStringLiteral("--json")},
                   {}, server.cert);
    };
    const QString good = dir.file(QStringLiteral("out/api.pathways"));
    QDir().mkpath(dir.file(QStringLiteral("out")));
    const Run built = build(QStringLiteral("brief"), good);
    REQUIRE(built.exitCode == 0);
    CHECK(json(built.out).value(QStringLiteral("api")).toObject().value(QStringLiteral("services")).toInt() == 5);
    CHECK(cli({QStringLiteral("bundle"), QStringLiteral("verify"), QStringLiteral("--public"), pub, good}).exitCode == 0);
    const QString data = dir.file(QStringLiteral("data"));
    dir.write(QStringLiteral("data/trusted-keys/k.pub"), test::readFile(pub));
    REQUIRE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync"), good}).exitCode == 0);
    CHECK(json(cli({QStringLiteral("--data-dir"), data, QStringLiteral("status"), QStringLiteral("--json")}).out)
              .value(QStringLiteral("services"))
              .toInt() == 5);

    const QString bad = dir.file(QStringLiteral("out/missing.pathways"));
    const Run failed = build(QStringLiteral("missing"), bad);
    CHECK(failed.exitCode == 2);
    CHECK(failed.err.contains("HTTP status 404"));
    CHECK(!QFile::exists(bad));
    CHECK(scratchLeft(dir.file(QStringLiteral("out"))).isEmpty());
}
