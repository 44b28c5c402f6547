// Check online is looked at before it installs, as an opened file is; a moved street address shows as a
// changed service with its address old → new; Restore previous says which fields change back.
#include "GuiFixture.h"
#include "UpdateTestBundles.h"
#include "UpdateTestServer.h"
#include "desktop/AppSettings.h"
#include "desktop/UpdateChangesView.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace pathways::test;

namespace {

QStringList scratchFiles(const GuiFixture& f)
{
    return QDir(f.dataPath(QString())).entryList({QStringLiteral(".staging-*")}, QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE(
    "gui: check online shows the new directory first, and Cancel removes the download and writes nothing")
{
    if (!haveOpenssl())
        return;
    GuiFixture f;
    trustPublisher(f);
    TestServer server(f.dir, genuineBundle(50));
    pathways::desktop::AppSettings().setUpdateUrl(server.url(QStringLiteral("ok.pathways")));
    const qint64 installed = f.window->directoryInfo().sequence;
    const QByteArray directoryBefore = readFile(f.dataPath(QStringLiteral("directory.sqlite")));
    const QByteArray userBefore = readFile(f.dataPath(QStringLiteral("user.sqlite")));
    REQUIRE_FALSE(userBefore.isEmpty());

    menuAction(*f.window, QStringLiteral("&Check online"))->trigger();
    REQUIRE(previewShown(*f.window));
    auto* dialog = dialogOf(*f.window);
    const QString details = dialog->details();
    INFO(details.toStdString());
    CHECK(dialog->headline() == QStringLiteral("A new version of the directory"));
    CHECK(details.contains(QStringLiteral("Publisher: GUI test publisher")));
    CHECK(details.contains(QStringLiteral("Key fingerprint: ")));
    CHECK(details.contains(QStringLiteral("Version: %1 (").arg(installed)));
    CHECK(details.contains(QStringLiteral(") → 50")));
    CHECK(details.contains(QStringLiteral("Downloaded from: ") + server.url(QStringLiteral("ok.pathways"))));
    CHECK(dialog->changes()->lines().contains(QStringLiteral("  • Legal advice")));
    CHECK(scratchFiles(f).size() == 1); // the download, waiting for Install or Cancel
    CHECK(f.window->directoryInfo().sequence == installed);

    dialog->cancelButton()->click();
    CHECK_FALSE(dialog->isVisible());
    QTest::qWait(200);
    CHECK(scratchFiles(f).isEmpty());
    CHECK(readFile(f.dataPath(QStringLiteral("directory.sqlite"))) == directoryBefore);
    CHECK(readFile(f.dataPath(QStringLiteral("user.sqlite"))) == userBefore);
    CHECK(f.window->directoryInfo().sequence == installed);

    // Asked again (nothing was remembered of the cancelled look): shown again. The waiting download is
    // swapped for another genuine bundle before Install: refused, and the next step is to check online
    // again (there is no file of the person's to open again).
    menuAction(*f.window, QStringLiteral("&Check online"))->trigger();
    REQUIRE(previewShown(*f.window));
    REQUIRE(scratchFiles(f).size() == 1);
    QFile waiting(f.dataPath(scratchFiles(f).first()));
    REQUIRE(waiting.open(QIODevice::WriteOnly | QIODevice::Truncate));
    waiting.write(genuineBundle(51));
    waiting.close();
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("The file changed after you looked at it"));
    CHECK(dialogOf(*f.window)->details().contains(QStringLiteral("Check online again")));
    CHECK(f.window->directoryInfo().sequence == installed);
    CHECK(scratchFiles(f).isEmpty());

    // Asked once more: Install installs it.
    menuAction(*f.window, QStringLiteral("&Check online"))->trigger();
    REQUIRE(previewShown(*f.window));
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("Directory updated"));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));
    CHECK(scratchFiles(f).isEmpty());
    CHECK(server.requests() == 3);
}

TEST_CASE("gui: closing the window while an online update waits for Install removes the download")
{
    if (!haveOpenssl())
        return;
    TempDir serverDir;
    TestServer server(serverDir, genuineBundle(50));
    GuiFixture f;
    trustPublisher(f);
    const qint64 installed = f.window->directoryInfo().sequence;
    pathways::desktop::AppSettings().setUpdateUrl(server.url(QStringLiteral("ok.pathways")));
    menuAction(*f.window, QStringLiteral("&Check online"))->trigger();
    REQUIRE(previewShown(*f.window));
    REQUIRE(scratchFiles(f).size() == 1);
    f.window->close();
    f.window.reset(); // the app closes with the preview open
    CHECK(scratchFiles(f).isEmpty());
    // Started again: the directory it had, nothing installed behind the person's back.
    f.window = std::make_unique<pathways::desktop::MainWindow>(
        pathways::directory::DataFolder(f.dataPath(QString())), QStringList{QStringLiteral("en")});
    f.window->show();
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence != 0; }));
    CHECK(f.window->directoryInfo().sequence == installed);
}

TEST_CASE("gui: a service whose street address moved is listed as changed, with the address old → new")
{
    GuiFixture f;
    trustPublisher(f);
    REQUIRE(previewAndInstall(
        *f.window,
        f.dir.write(QStringLiteral("first.pathways"),
                    genuineBundle(50, QStringLiteral("2099-01-01"),
                                  addressFixture(f.dir, QStringLiteral("hsds-a"), "Trubarjeva 1")))));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));

    f.window->applyBundle(
        f.dir.write(QStringLiteral("moved.pathways"),
                    genuineBundle(51, QStringLiteral("2099-01-01"),
                                  addressFixture(f.dir, QStringLiteral("hsds-b"), "Dunajska 5"))));
    REQUIRE(previewShown(*f.window));
    const QStringList changes = dialogOf(*f.window)->changes()->lines();
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    CHECK(changes.value(1).startsWith(QStringLiteral("Changed: 2 service")));
    CHECK(changes.contains(QStringLiteral("  • Food parcels")));
    CHECK(changes.contains(QStringLiteral("  • Clothing store")));
    CHECK(changes.count(QStringLiteral("      Address: Trubarjeva 1, Ljubljana → Dunajska 5, Ljubljana")) ==
          2);
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 51; }));

    // Going back says the same the other way round.
    menuAction(*f.window, QStringLiteral("&Restore previous version…"))->trigger();
    REQUIRE(previewShown(*f.window));
    const QStringList back = dialogOf(*f.window)->changes()->lines();
    INFO(back.join(QLatin1Char('\n')).toStdString());
    CHECK(back.count(QStringLiteral("      Address: Dunajska 5, Ljubljana → Trubarjeva 1, Ljubljana")) == 2);
}
