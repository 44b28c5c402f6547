// Look before installing: opening a bundle shows what it would change and installs nothing until Install;
// every refusal says in plain words what to do next; an untrusted key can be trusted from the refusal.
#include "GuiFixture.h"
#include "UpdateTestBundles.h"
#include "api/TrustedKeys.h"
#include "desktop/ResultsModel.h"
#include "desktop/TrustedPublishersDialog.h"
#include "desktop/UpdateChangesView.h"
#include "desktop/UpdateChangesView.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace pathways::test;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString shownFingerprint(const pathways::bundle::SecretKey& key)
{
    return pathways::api::TrustedKeys::fingerprint(key.publicKey().idHex());
}

} // namespace

TEST_CASE("gui: opening a bundle shows publisher, fingerprint, versions and changes, and Cancel writes nothing")
{
    GuiFixture f;
    trustPublisher(f);
    const qint64 installed = f.window->directoryInfo().sequence;
    const QString path = f.dir.write(QStringLiteral("update.pathways"), genuineBundle(50));
    const QByteArray directoryBefore = fileBytes(f.dataPath(QStringLiteral("directory.sqlite")));
    const QByteArray userBefore = fileBytes(f.dataPath(QStringLiteral("user.sqlite")));
    const QByteArray historyBefore = fileBytes(f.dataPath(QStringLiteral("update-history.jsonl")));
    REQUIRE_FALSE(directoryBefore.isEmpty());
    REQUIRE_FALSE(userBefore.isEmpty());

    f.window->applyBundle(path);
    REQUIRE(previewShown(*f.window));
    auto* dialog = dialogOf(*f.window);
    const QString details = dialog->details();
    INFO(details.toStdString());
    CHECK(dialog->isVisible());
    CHECK(dialog->headline() == QStringLiteral("A new version of the directory"));
    CHECK(details.contains(QStringLiteral("Publisher: GUI test publisher")));
    const QString fingerprint = shownFingerprint(publisherKey());
    CHECK(fingerprint.count(QLatin1Char(' ')) == 3); // four groups of four, to read aloud
    CHECK(details.contains(QStringLiteral("Key fingerprint: ") + fingerprint));
    CHECK(details.contains(QStringLiteral("Version: %1 (").arg(installed)));
    CHECK(details.contains(QStringLiteral(") → 50")));
    CHECK(details.contains(QStringLiteral("2026"))); // created
    CHECK(details.contains(QStringLiteral("2099"))); // expires
    const QStringList changes = dialog->changes()->lines();
    CHECK(changes.value(0).startsWith(QStringLiteral("Added: 3 service"))); // "services" with the English plurals
    CHECK(changes.contains(QStringLiteral("  • Legal advice")));
    CHECK(dialog->installButton()->text() == QStringLiteral("Install"));
    CHECK_FALSE(details.contains(QStringLiteral("step")));

    dialog->cancelButton()->click();
    CHECK_FALSE(dialog->isVisible());
    QTest::qWait(200);
    CHECK(fileBytes(f.dataPath(QStringLiteral("directory.sqlite"))) == directoryBefore);
    CHECK(fileBytes(f.dataPath(QStringLiteral("user.sqlite"))) == userBefore);
    CHECK(fileBytes(f.dataPath(QStringLiteral("update-history.jsonl"))) == historyBefore);
    CHECK(f.window->directoryInfo().sequence == installed);
    CHECK(f.window->resultsModel()->rowCount() == 12); // the embedded 15, without the 3 that ended
}

TEST_CASE("gui: a changed service is named, and Install installs only the file that was looked at")
{
    GuiFixture f;
    trustPublisher(f);
    REQUIRE(previewAndInstall(*f.window, f.dir.write(QStringLiteral("first.pathways"), genuineBundle(50))));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));

    const QString path =
        f.dir.write(QStringLiteral("next.pathways"), genuineBundle(51, QStringLiteral("2099-01-01"),
                                                                   changedFixture(f.dir)));
    f.window->applyBundle(path);
    REQUIRE(previewShown(*f.window));
    const QStringList changes = dialogOf(*f.window)->changes()->lines();
    INFO(changes.join(QLatin1Char('\n')).toStdString());
    REQUIRE(changes.size() == 5);
    CHECK(changes.at(0).startsWith(QStringLiteral("Added: 0 service")));
    CHECK(changes.at(1).startsWith(QStringLiteral("Changed: 1 service")));
    CHECK(changes.at(2) == QStringLiteral("  • Clothing store"));
    // What changed in it, on demand: the service's row opens (closed at first) to the field, old → new.
    CHECK(changes.at(3) ==
          QStringLiteral("      Description: Second-hand clothing → Second-hand clothing and shoes"));
    CHECK(changes.at(4).startsWith(QStringLiteral("Removed: 0 service")));
    QTreeWidgetItem* service = dialogOf(*f.window)->changes()->topLevelItem(1)->child(0);
    REQUIRE(service->childCount() == 1);
    CHECK_FALSE(service->isExpanded());
    CHECK(dialogOf(*f.window)->details().contains(QStringLiteral("Version: 50 → 51")));

    // Someone replaces the file before Install is chosen: it is not installed, whatever it holds.
    const QByteArray before = fileBytes(f.dataPath(QStringLiteral("directory.sqlite")));
    f.dir.write(QStringLiteral("next.pathways"), genuineBundle(52));
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("The file changed after you looked at it"));
    CHECK(dialogOf(*f.window)->details().contains(QStringLiteral("Open it again")));
    CHECK(fileBytes(f.dataPath(QStringLiteral("directory.sqlite"))) == before);
    CHECK(f.window->directoryInfo().sequence == 50);
}

TEST_CASE("gui: an older bundle is refused in plain words: you already have a newer directory")
{
    GuiFixture f;
    trustPublisher(f);
    REQUIRE(previewAndInstall(*f.window, f.dir.write(QStringLiteral("new.pathways"), genuineBundle(50))));
    f.window->applyBundle(f.dir.write(QStringLiteral("old.pathways"), genuineBundle(40)));
    REQUIRE(resultShown(*f.window));
    auto* dialog = dialogOf(*f.window);
    INFO(dialog->details().toStdString());
    CHECK(dialog->headline() == QStringLiteral("You already have a newer directory (50)"));
    CHECK(dialog->details().startsWith(QStringLiteral("Nothing to do.")));
    CHECK(dialog->trustButton()->isHidden());
    CHECK_FALSE(dialog->details().contains(QStringLiteral("step")));
}

TEST_CASE("gui: an expired bundle is previewed with a warning and still installs")
{
    GuiFixture f;
    trustPublisher(f);
    f.window->applyBundle(
        f.dir.write(QStringLiteral("expired.pathways"), genuineBundle(50, QStringLiteral("2026-11-25"))));
    REQUIRE(previewShown(*f.window));
    const QString details = dialogOf(*f.window)->details();
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("(expired)")));
    CHECK(details.contains(QStringLiteral("past its expiry date")));
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("Directory updated"));
    CHECK(dialogOf(*f.window)->details().contains(QStringLiteral("past its expiry date")));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));
}

TEST_CASE("gui: an untrusted key is named with its fingerprint, and trusting it from the refusal lets the "
          "file install")
{
    GuiFixture f; // the test publisher's key is NOT trusted here
    const QString path = f.dir.write(QStringLiteral("coordinator.pathways"), genuineBundle(50));
    const QByteArray before = fileBytes(f.dataPath(QStringLiteral("directory.sqlite")));
    f.window->applyBundle(path);
    REQUIRE(resultShown(*f.window));
    auto* dialog = dialogOf(*f.window);
    const QString details = dialog->details();
    INFO(details.toStdString());
    CHECK(dialog->headline() == QStringLiteral("This file comes from a publisher you do not trust yet"));
    CHECK(details.contains(QStringLiteral("Publisher (as the file says): GUI test publisher")));
    CHECK(details.contains(QStringLiteral("Key fingerprint: ") + shownFingerprint(publisherKey())));
    CHECK(details.contains(QStringLiteral("compare the fingerprint")));
    CHECK(details.contains(QStringLiteral("Nothing was changed")));
    CHECK_FALSE(details.contains(QStringLiteral("step")));
    CHECK(fileBytes(f.dataPath(QStringLiteral("directory.sqlite"))) == before);
    REQUIRE_FALSE(dialog->trustButton()->isHidden());

    // "Trusted publishers…": the worker adds the coordinator's key after comparing the fingerprint.
    bool added = false;
    QString confirmed;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* trusted = qobject_cast<pathways::desktop::TrustedPublishersDialog*>(widget);
                trusted && trusted->isVisible() && !added) {
                trusted->confirm = [&confirmed](const QString& fingerprint) {
                    confirmed = fingerprint;
                    return true;
                };
                added = trusted->addKey(publisherKey().publicKey().toFile(), QStringLiteral("coordinator.pub"));
                trusted->accept();
            }
    });
    poll.start(50);
    dialog->trustButton()->click(); // returns when Trusted publishers is closed
    poll.stop();
    REQUIRE(added);
    CHECK(confirmed == shownFingerprint(publisherKey()));

    // The file is looked at again, now from a trusted publisher, and installs.
    REQUIRE(previewShown(*f.window));
    CHECK(dialogOf(*f.window)->details().contains(QStringLiteral("Publisher: GUI test publisher")));
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("Directory updated"));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));
}
