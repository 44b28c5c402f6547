// "Directory -> Trusted publishers…": a worker trusts a coordinator's key only after confirming its
// fingerprint, and that coordinator's bundles then install; the demonstration key can never be added.
#include "api/TrustedKeys.h"
#include "bundle/BundleBuilder.h"
#include "desktop/TrustedPublishersDialog.h"
#include "desktop/UpdateController.h"
#include "support/TempDir.h"

#include <QApplication>
#include <QFile>
#include <QTimer>
#include <QTreeWidget>
#include <catch2/catch.hpp>

using namespace pathways;

namespace {

QStringList shownFingerprints(const desktop::TrustedPublishersDialog& dialog)
{
    QStringList shown;
    for (int i = 0; i < dialog.list()->topLevelItemCount(); ++i)
        shown << dialog.list()->topLevelItem(i)->text(1);
    return shown;
}

} // namespace

TEST_CASE("gui: trusting a key in the dialog needs the fingerprint confirmed, then its bundles install")
{
    test::TempDir temp;
    const directory::DataFolder folder(temp.file(QStringLiteral("data")));
    const bundle::SecretKey coordinator = bundle::SecretKey::generate();
    const QByteArray publicKey = coordinator.publicKey().toFile();
    desktop::TrustedPublishersDialog dialog(folder);
    const QString fingerprint = api::TrustedKeys::fingerprint(coordinator.publicKey().idHex());

    // The worker says the fingerprint does not match: nothing is trusted.
    QString asked;
    dialog.confirm = [&asked](const QString& shown) {
        asked = shown;
        return false;
    };
    CHECK_FALSE(dialog.addKey(publicKey, QStringLiteral("coordinator.pub")));
    CHECK(asked == fingerprint); // the question showed the fingerprint, in groups of four
    CHECK_FALSE(shownFingerprints(dialog).contains(fingerprint));

    bundle::BundleBuilder::Options options;
    options.hsdsFolder = QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds");
    options.publisher = QStringLiteral("Coordinator");
    options.sequence = 4;
    options.expires = QStringLiteral("2099-01-01");
    const auto bundle = bundle::BundleBuilder::build(options, coordinator);
    REQUIRE(bundle);
    const QString path = temp.write(QStringLiteral("update.pathways"), *bundle);
    CHECK(desktop::UpdateController::run(folder, path).kind == desktop::UpdateResult::Kind::Refused);

    // Confirmed: listed with its fingerprint, and the bundle installs.
    dialog.confirm = [](const QString&) { return true; };
    REQUIRE(dialog.addKey(publicKey, QStringLiteral("coordinator.pub")));
    CHECK(shownFingerprints(dialog).contains(fingerprint));
    CHECK(desktop::UpdateController::run(folder, path).kind == desktop::UpdateResult::Kind::Installed);
}

TEST_CASE("gui: the demonstration key is listed as such and can never be added")
{
    test::TempDir temp;
    desktop::TrustedPublishersDialog dialog(directory::DataFolder(temp.file(QStringLiteral("data"))));
    REQUIRE(dialog.list()->topLevelItemCount() == 1);
    CHECK(dialog.list()->topLevelItem(0)->text(0).contains(QStringLiteral("demonstration data only")));
    bool asked = false;
    dialog.confirm = [&asked](const QString&) { return asked = true; };
    QFile demo(QStringLiteral(PATHWAYS_FIXTURES_DIR "/keys/demo.pub"));
    REQUIRE(demo.open(QIODevice::ReadOnly));
    // A message box says why; in the offscreen test it is closed at once.
    QTimer::singleShot(0, [] {
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (widget->inherits("QMessageBox"))
                widget->close();
    });
    CHECK_FALSE(dialog.addKey(demo.readAll(), QStringLiteral("demo.pub")));
    CHECK_FALSE(asked);
    CHECK(dialog.list()->topLevelItemCount() == 1);
}
