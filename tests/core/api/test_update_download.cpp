// Check online, looked at first: the update service downloads a bundle into the data folder's scratch area,
// previews it, and installs it only when asked (the same bytes that were previewed); Cancel removes the file
// and writes nothing. Against a real local HTTPS server (tests/cli/bundle/https_server.py).
#include "../bundle/BundleTestSupport.h"
#include "api/UpdateHistory.h"
#include "api/UpdateService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

// A local HTTPS server for `www`, trusted through PATHWAYS_CA_FILE while it lives.
class WebServer
{
public:
    explicit WebServer(const test::TempDir& dir) : m_dir(dir)
    {
        const QString cert = dir.file(QStringLiteral("cert.pem"));
        const QString key = dir.file(QStringLiteral("key.pem"));
        QProcess::execute(QStringLiteral("openssl"),
                          {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                           key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                           QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                           QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QDir().mkpath(dir.file(QStringLiteral("www")));
        m_process.start(QStringLiteral("python3"),
                        {QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/cli/bundle/https_server.py"),
                         dir.file(QStringLiteral("www")), cert, key, QStringLiteral("60")});
        REQUIRE(m_process.waitForReadyRead(10000));
        m_port = QString::fromLatin1(m_process.readLine().trimmed());
        qputenv("PATHWAYS_CA_FILE", cert.toLocal8Bit());
    }
    ~WebServer()
    {
        qunsetenv("PATHWAYS_CA_FILE");
        m_process.kill();
        m_process.waitForFinished();
    }
    QString serve(const QString& name, const QByteArray& bytes) const
    {
        m_dir.write(QStringLiteral("www/") + name, bytes);
        return QStringLiteral("https://127.0.0.1:%1/%2").arg(m_port, name);
    }

private:
    const test::TempDir& m_dir;
    QProcess m_process;
    QString m_port;
};

bool haveTools()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("python3")).isEmpty() &&
        !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        return true;
    WARN("python3 or openssl missing: the download preview is not tested against a server");
    return false;
}

// The scratch files of the data folder (a download waiting for Install or Cancel is one).
QStringList scratchFiles(const directory::DataFolder& data)
{
    return QDir(data.root()).entryList({QStringLiteral(".staging-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("api: an online update is downloaded and previewed, and Cancel removes the file and writes nothing")
{
    if (!haveTools())
        return;
    test::InstalledFixture f(2);
    f.temp.write(QStringLiteral("data/trusted-keys/test.pub"), f.forge.key.publicKey().toFile());
    for (bundle::ArchiveMember& member : f.forge.files)
        if (member.name == QStringLiteral("services.csv"))
            member.data.replace("Clothing store", "Clothing and shoes");
    const WebServer server(f.temp);
    const QString url = server.serve(QStringLiteral("directory.pathways"), f.forge.build(3));
    const QByteArray historyBefore = test::readFile(f.data.root() + QStringLiteral("/update-history.jsonl"));
    const api::UpdateService updates(f.data);

    const Expected<api::UpdateOutcome> preview = updates.previewFromUrl(url);
    REQUIRE(preview);
    REQUIRE(preview->result == api::UpdateOutcome::Result::Previewed);
    CHECK(preview->publisher == QStringLiteral("Test Publisher"));
    CHECK(preview->previousSequence == 2);
    CHECK(preview->sequence == 3);
    CHECK_FALSE(preview->keyId.isEmpty());
    REQUIRE(preview->diff.changed.size() == 1);
    CHECK(preview->diff.changed.first().fields.size() >= 1); // changed fields on demand, as for a file
    REQUIRE(preview->download);
    CHECK(preview->download->url == url);
    CHECK(QFileInfo(preview->download->file).absolutePath() == QFileInfo(f.data.root()).absoluteFilePath());
    CHECK(scratchFiles(f.data).size() == 1);
    CHECK(f.unchanged());

    api::UpdateService::discardDownload(*preview->download);
    CHECK(scratchFiles(f.data).isEmpty());
    CHECK(f.unchanged()); // directory.sqlite and user.sqlite byte for byte
    CHECK(test::readFile(f.data.root() + QStringLiteral("/update-history.jsonl")) == historyBefore);
    CHECK_FALSE(QFile::exists(f.data.root() + QStringLiteral("/.sync-etag"))); // asked again next time
}

TEST_CASE("api: Install installs the previewed download only if its bytes are those looked at")
{
    if (!haveTools())
        return;
    test::InstalledFixture f(2);
    f.temp.write(QStringLiteral("data/trusted-keys/test.pub"), f.forge.key.publicKey().toFile());
    const WebServer server(f.temp);
    const QString url = server.serve(QStringLiteral("directory.pathways"), f.forge.build(3));
    const api::UpdateService updates(f.data);

    // Someone swaps the waiting file for another genuine bundle: refused, nothing written, file gone.
    Expected<api::UpdateOutcome> preview = updates.previewFromUrl(url);
    REQUIRE(preview);
    REQUIRE(preview->download);
    QFile swapped(preview->download->file);
    REQUIRE(swapped.open(QIODevice::WriteOnly | QIODevice::Truncate));
    swapped.write(f.forge.build(4));
    swapped.close();
    const api::UpdateOutcome refused = updates.installDownloaded(*preview->download, preview->bundleSha256);
    CHECK(refused.result == api::UpdateOutcome::Result::Refused);
    CHECK(refused.changedSincePreview);
    CHECK(refused.downloadedFrom == url); // the window's next step: check online again
    CHECK(f.unchanged());
    CHECK(scratchFiles(f.data).isEmpty());

    preview = updates.previewFromUrl(url);
    REQUIRE(preview);
    REQUIRE(preview->download);
    const api::UpdateOutcome installed = updates.installDownloaded(*preview->download, preview->bundleSha256);
    REQUIRE(installed.result == api::UpdateOutcome::Result::Installed);
    CHECK(installed.sequence == 3);
    CHECK(scratchFiles(f.data).isEmpty());
    CHECK(updates.installedBundle().value() ==
          test::readFile(f.temp.file(QStringLiteral("www/directory.pathways"))));
    const QList<api::HistoryEntry> history = api::UpdateHistory(f.data).entries(); // newest first
    REQUIRE_FALSE(history.isEmpty());
    CHECK(history.first().from == url);

    // Asked again: the server has nothing newer (its ETag), nothing downloaded, no file kept.
    const Expected<api::UpdateOutcome> again = updates.previewFromUrl(url);
    REQUIRE(again);
    CHECK(again->result == api::UpdateOutcome::Result::NotModified);
    CHECK_FALSE(again->download);
    CHECK(scratchFiles(f.data).isEmpty());
}
