// Updating the directory from the window: the same path the menu, drag-and-drop and the command line use.
#include "GuiFixture.h"
#include "bundle/BundleBuilder.h"
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

namespace {

/// The test publisher's key; its public half goes into the data folder's trusted-keys/ (as a user would
/// install a coordinator's key). The built-in demonstration key signs only the embedded directory.
const pathways::bundle::SecretKey& publisherKey()
{
    static const pathways::bundle::SecretKey key = pathways::bundle::SecretKey::generate();
    return key;
}

void trustPublisher(const GuiFixture& f)
{
    f.dir.write(QStringLiteral("data/trusted-keys/gui-test.pub"), publisherKey().publicKey().toFile());
}

/// A genuine bundle from a trusted publisher, newer than the default directory.
QByteArray genuineBundle(quint64 sequence)
{
    pathways::bundle::BundleBuilder::Options options;
    options.hsdsFolder = QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds");
    options.publisher = QStringLiteral("GUI test publisher");
    options.sequence = sequence;
    options.expires = QStringLiteral("2099-01-01");
    options.created = QStringLiteral("2026-11-20T10:00:00Z");
    const auto bytes = pathways::bundle::BundleBuilder::build(options, publisherKey());
    INFO((bytes ? QString() : bytes.error().message).toStdString());
    REQUIRE(bytes.ok());
    return *bytes;
}

bool dialogDone(const pathways::desktop::MainWindow& window)
{
    const auto* dialog = window.lastUpdateDialog();
    return dialog && !dialog->details().isEmpty();
}

} // namespace

TEST_CASE("gui: a genuine bundle installs and the window shows what changed")
{
    GuiFixture f;
    trustPublisher(f);
    constexpr qint64 SEQ = 50;
    const QString path = f.dir.write(QStringLiteral("update.pathways"), genuineBundle(SEQ));
    f.window->applyBundle(path);
    REQUIRE(waitUntil([&] { return dialogDone(*f.window); }));
    INFO(f.window->lastUpdateDialog()->details().toStdString());
    CHECK(f.window->lastUpdateDialog()->headline() == QStringLiteral("Directory updated"));
    CHECK(f.window->lastUpdateDialog()->details().contains(QStringLiteral("added")));
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

    REQUIRE(waitUntil([&] { return dialogDone(*f.window); }));
    const QString headline = f.window->lastUpdateDialog()->headline();
    INFO(headline.toStdString());
    CHECK((headline.startsWith(QStringLiteral("Damaged")) ||
           headline.startsWith(QStringLiteral("Not genuine"))));
    CHECK(f.window->lastUpdateDialog()->details().contains(QStringLiteral("Nothing was changed")));
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
    f.window->applyBundle(f.dir.write(QStringLiteral("update.pathways"), genuineBundle(SEQ)));
    REQUIRE(waitUntil([&] { return dialogDone(*f.window); }));
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
