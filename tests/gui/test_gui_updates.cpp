// Updating the directory from the window: the same path the menu, drag-and-drop and the command line use.
#include "GuiFixture.h"
#include "UpdateTestBundles.h"
#include "core/bundle/BundleTestSupport.h"
#include "desktop/DetailView.h"
#include "desktop/ResultsModel.h"
#include "desktop/UpdateDialog.h"
#include "user/UserStore.h"

#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTableView>
#include <catch2/catch.hpp>

using pathways::test::GuiFixture;
using pathways::test::waitUntil;

using pathways::test::genuineBundle;
using pathways::test::previewAndInstall;
using pathways::test::resultShown;
using pathways::test::trustPublisher;

TEST_CASE("gui: a genuine bundle installs and the window shows what changed")
{
    GuiFixture f;
    trustPublisher(f);
    constexpr qint64 SEQ = 50;
    const QString path = f.dir.write(QStringLiteral("update.pathways"), genuineBundle(SEQ));
    REQUIRE(previewAndInstall(*f.window, path));
    INFO(f.window->lastUpdateDialog()->details().toStdString());
    CHECK(f.window->lastUpdateDialog()->headline() == QStringLiteral("Directory updated"));
    CHECK(f.window->lastUpdateDialog()->details().contains(QStringLiteral("Added: 3 service")));
    CHECK(f.window->lastUpdateDialog()->details().contains(QStringLiteral("Legal advice")));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == SEQ; }));
    REQUIRE(f.settled());
    QTest::keyClicks(f.window->searchField(), QStringLiteral("food parcels"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() >= 1);
    CHECK(f.window->resultsModel()->serviceId(0) == QStringLiteral("svc-1"));
}

TEST_CASE("gui: a tampered bundle dropped on the window is refused and changes nothing")
{
    GuiFixture f;
    trustPublisher(f);
    // One flipped byte inside the payload member; manifest and signature untouched.
    const auto members = pathways::test::splitBundle(genuineBundle(60));
    REQUIRE(members.size() == 3);
    QByteArray payload = members.at(2).data;
    payload[payload.size() / 2] = static_cast<char>(payload[payload.size() / 2] ^ 0x5a);
    const QByteArray bytes =
        pathways::bundle::BundleBuilder::assemble(members.at(0).data, members.at(1).data, payload);
    const QString path = f.dir.write(QStringLiteral("tampered.pathways"), bytes);
    const QByteArray before = pathways::test::readFile(f.dataPath(QStringLiteral("directory.sqlite")));
    REQUIRE_FALSE(before.isEmpty());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(f.window.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(f.window.get(), &drop);

    REQUIRE(resultShown(*f.window));
    const QString headline = f.window->lastUpdateDialog()->headline();
    const QString details = f.window->lastUpdateDialog()->details();
    INFO(headline.toStdString() << "\n" << details.toStdString());
    CHECK(headline == QStringLiteral("This file is damaged"));
    CHECK(details.contains(QStringLiteral("Ask the sender for a new copy.")));
    CHECK(details.contains(QStringLiteral("Nothing was changed")));
    CHECK_FALSE(details.contains(QStringLiteral("step")));
    CHECK(pathways::test::readFile(f.dataPath(QStringLiteral("directory.sqlite"))) == before);
    CHECK(f.window->resultsModel()->rowCount() == 12);
}

TEST_CASE("gui: notes survive a directory update")
{
    GuiFixture f;
    trustPublisher(f);
    {
        auto store = pathways::user::UserStore::open(f.dataPath(QStringLiteral("user.sqlite")));
        REQUIRE(store);
        REQUIRE((*store)->setNote(QStringLiteral("svc-3"), QStringLiteral("Bring the residence permit")));
    }
    constexpr qint64 SEQ = 70;
    REQUIRE(previewAndInstall(*f.window, f.dir.write(QStringLiteral("update.pathways"), genuineBundle(SEQ))));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == SEQ; }));
    REQUIRE(f.settled());
    QTest::keyClicks(f.window->searchField(), QStringLiteral("legal advice"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() >= 1);
    f.window->resultsView()->setCurrentIndex(f.window->resultsModel()->index(0, 0));
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == QStringLiteral("svc-3"); }));
    CHECK(f.window->detailView()->notes()->toPlainText() == QStringLiteral("Bring the residence permit"));
}

TEST_CASE("gui: a directory replaced by another process is picked up without a restart")
{
    GuiFixture f;
    trustPublisher(f);
    // Another process (here: this test, as the CLI would) installs a bundle into the same data folder.
    const auto outcome = pathways::desktop::UpdateController::run(
        pathways::directory::DataFolder(f.dataPath(QString())),
        f.dir.write(QStringLiteral("other.pathways"), genuineBundle(80)));
    constexpr qint64 SEQ = 80;
    REQUIRE(outcome.kind == pathways::desktop::UpdateResult::Kind::Installed);
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == SEQ; }, 20000));
    REQUIRE(f.settled());
    CHECK(f.window->resultsModel()->rowCount() < 15);
}
