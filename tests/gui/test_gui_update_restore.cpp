// Going back ("Directory -> Restore previous version…") and checking online ("Check online"): both shown
// before they change anything, both leave notes alone, and an online failure says what happened.
#include "GuiFixture.h"
#include "UpdateTestBundles.h"
#include "UpdateTestServer.h"
#include "desktop/AppSettings.h"
#include "desktop/DetailView.h"
#include "desktop/ResultsModel.h"
#include "desktop/UpdateChangesView.h"
#include "user/UserStore.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace pathways::test;

TEST_CASE("gui: restore previous version shows the changes, asks, restores, keeps notes, and older bundles "
          "stay refused")
{
    GuiFixture f;
    trustPublisher(f);
    const qint64 embedded = f.window->directoryInfo().sequence;
    REQUIRE(f.window->resultsModel()->rowCount() == 12); // 15, the 3 that ended hidden
    // The worker writes a note in the window, on a service of the directory installed now.
    const QString noted = f.window->resultsModel()->serviceId(0);
    f.window->resultsView()->setCurrentIndex(f.window->resultsModel()->index(0, 0));
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == noted; }));
    f.window->detailView()->notes()->setFocus();
    QTest::keyClicks(f.window->detailView()->notes(), QStringLiteral("Ask for Maria"));
    f.window->detailView()->flushNote();
    {
        auto store = pathways::user::UserStore::open(f.dataPath(QStringLiteral("user.sqlite")));
        REQUIRE(store);
        const auto note = (*store)->note(noted);
        REQUIRE(note);
        REQUIRE(*note == QStringLiteral("Ask for Maria"));
    }
    QAction* restore = menuAction(*f.window, QStringLiteral("&Restore previous version…"));
    CHECK_FALSE(restore->isEnabled()); // nothing kept yet, and the menu says why
    CHECK(restore->toolTip().contains(QStringLiteral("No previous version")));

    REQUIRE(previewAndInstall(*f.window, f.dir.write(QStringLiteral("update.pathways"), genuineBundle(50))));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));
    CHECK(restore->isEnabled());

    restore->trigger();
    REQUIRE(previewShown(*f.window));
    auto* dialog = dialogOf(*f.window);
    INFO(dialog->details().toStdString());
    CHECK(dialog->headline() == QStringLiteral("Go back to the previous version?"));
    CHECK(dialog->installButton()->text() == QStringLiteral("Restore"));
    CHECK(dialog->details().contains(QStringLiteral("Version: 50 (GUI test publisher) → %1").arg(embedded)));
    CHECK(dialog->details().contains(QStringLiteral("Removed: 3 service")));
    CHECK(dialog->changes()->lines().contains(QStringLiteral("  • Legal advice")));
    dialog->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("The previous version is back"));
    CHECK(dialogOf(*f.window)->details().contains(QStringLiteral("Your notes and favourites are kept.")));

    // The window shows the restored directory, with the note.
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == embedded; }));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() == 12); // 15, the 3 that ended hidden
    f.window->resultsView()->setCurrentIndex(f.window->resultsModel()->index(0, 0));
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == noted; }));
    CHECK(f.window->detailView()->notes()->toPlainText() == QStringLiteral("Ask for Maria"));

    // Going back never lets an older bundle in, nor the one just undone; a newer one installs.
    for (const quint64 sequence : {40, 50}) {
        f.window->applyBundle(
            f.dir.write(QStringLiteral("again-%1.pathways").arg(sequence), genuineBundle(sequence)));
        REQUIRE(resultShown(*f.window));
        CHECK(dialogOf(*f.window)->headline() == QStringLiteral("You already have a newer directory (50)"));
    }
    f.window->applyBundle(f.dir.write(QStringLiteral("newer.pathways"), genuineBundle(51)));
    REQUIRE(previewShown(*f.window));
}

TEST_CASE("gui: check online shows progress, can be cancelled, and says what failed in plain words")
{
    if (!haveOpenssl())
        return;
    GuiFixture f;
    trustPublisher(f);
    TestServer server(f.dir, genuineBundle(50));
    pathways::desktop::AppSettings settings;
    QAction* check = menuAction(*f.window, QStringLiteral("&Check online"));
    CHECK_FALSE(check->isVisible()); // no address set: never online
    const QByteArray before = pathways::test::readFile(f.dataPath(QStringLiteral("directory.sqlite")));

    const auto checkAt = [&](const QString& path) {
        settings.setUpdateUrl(server.url(path));
        check->trigger();
        REQUIRE(resultShown(*f.window));
        INFO(dialogOf(*f.window)->details().toStdString());
        CHECK(dialogOf(*f.window)->details().contains(QStringLiteral("Nothing was changed")));
        CHECK(pathways::test::readFile(f.dataPath(QStringLiteral("directory.sqlite"))) == before);
        return dialogOf(*f.window)->headline();
    };
    CHECK(checkAt(QStringLiteral("error")) == QStringLiteral("The update server answered with an error"));
    CHECK(checkAt(QStringLiteral("missing.pathways")) ==
          QStringLiteral("There is no directory at the update address"));
    CHECK(checkAt(QStringLiteral("huge")) == QStringLiteral("The download is too large to be a Pathways directory"));
    CHECK(checkAt(QStringLiteral("junk")) == QStringLiteral("This file is damaged or is not a Pathways directory"));

    // A download under way: progress, then Cancel stops it and nothing changes.
    settings.setUpdateUrl(server.url(QStringLiteral("slow")));
    check->trigger();
    // The download is under way: a progress bar and Cancel (how far it got is not asserted: the first
    // bytes' progress report raced the check under load).
    REQUIRE(waitUntil([&] {
        auto* dialog = dialogOf(*f.window);
        return dialog && dialog->isWorking() && !dialog->cancelButton()->isHidden() &&
               dialog->findChild<QProgressBar*>()->isVisible();
    }));
    QTest::qWait(500);
    dialogOf(*f.window)->cancelButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("Download stopped"));
    CHECK(pathways::test::readFile(f.dataPath(QStringLiteral("directory.sqlite"))) == before);

    // Offline: nothing listens at the address.
    QTcpServer closed;
    REQUIRE(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    settings.setUpdateUrl(QStringLiteral("https://127.0.0.1:%1/ok.pathways").arg(port));
    check->trigger();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("No connection to the update server"));

    // A genuine bundle at the address is shown first, and installs on Install (test_gui_update_online).
    settings.setUpdateUrl(server.url(QStringLiteral("ok.pathways")));
    check->trigger();
    REQUIRE(previewShown(*f.window));
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("Directory updated"));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));
}
