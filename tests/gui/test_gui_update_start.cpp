// The optional check at start: off by default, never without an address the user set; when turned on and the
// directory is older than the chosen days, the window runs the same online check as "Check online".
#include "GuiFixture.h"
#include "UpdateTestBundles.h"
#include "UpdateTestServer.h"
#include "desktop/AppSettings.h"
#include "desktop/SettingsDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace pathways::test;
using pathways::desktop::AppSettings;

TEST_CASE("gui: with the check at start on and an old directory, the window checks the address at start")
{
    if (!haveOpenssl())
        return;
    TempDir serverDir;
    TestServer server(serverDir, genuineBundle(50));
    GuiFixture f([&](GuiFixture& g) {
        trustPublisher(g);
        AppSettings settings;
        settings.setUpdateUrl(server.url(QStringLiteral("ok.pathways")));
        settings.setCheckAtStart(true);
        settings.setCheckAtStartDays(1); // the embedded directory was created 2026-11-23: older than a day
    });
    REQUIRE(waitUntil([&] { return server.requests() == 1; }));
    REQUIRE(dialogOf(*f.window) != nullptr);
    // Looked at first, as a file would be: nothing installs until Install.
    REQUIRE(previewShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("A new version of the directory"));
    CHECK(f.window->directoryInfo().sequence < 50);
    dialogOf(*f.window)->installButton()->click();
    REQUIRE(resultShown(*f.window));
    CHECK(dialogOf(*f.window)->headline() == QStringLiteral("Directory updated"));
    REQUIRE(waitUntil([&] { return f.window->directoryInfo().sequence == 50; }));
    // Reopening the new directory is no new start: no second request.
    REQUIRE(f.settled());
    QTest::qWait(500);
    CHECK(server.requests() == 1);
}

TEST_CASE("gui: with the check at start off, or without an address, the window does not go online at start")
{
    if (!haveOpenssl())
        return;
    TempDir serverDir;
    TestServer server(serverDir, genuineBundle(50));
    const qint64 embedded = [&] {
        GuiFixture off([&](GuiFixture& g) {
            trustPublisher(g);
            AppSettings settings;
            settings.setUpdateUrl(server.url(QStringLiteral("ok.pathways"))); // an address, but the check is off
            settings.setCheckAtStartDays(1);
        });
        QTest::qWait(1000);
        CHECK(off.window->lastUpdateDialog() == nullptr);
        return off.window->directoryInfo().sequence;
    }();
    CHECK(embedded < 50);
    {
        GuiFixture noAddress([&](GuiFixture& g) {
            trustPublisher(g);
            AppSettings settings;
            settings.setCheckAtStart(true);
            settings.setCheckAtStartDays(1);
        });
        QTest::qWait(1000);
        CHECK(noAddress.window->lastUpdateDialog() == nullptr);
        CHECK(noAddress.window->directoryInfo().sequence == embedded);
    }
    CHECK(server.requests() == 0);
}

TEST_CASE("gui: the check at start is off by default, 14 days, and offered only with an update address")
{
    QSettings().clear();
    AppSettings settings;
    CHECK_FALSE(settings.checkAtStart());
    CHECK(settings.checkAtStartDays() == 14);
    TempDir dir;
    pathways::desktop::SettingsDialog dialog(settings, dir.path());
    CHECK_FALSE(dialog.checkAtStart()->isChecked());
    CHECK(dialog.checkAtStartDays()->value() == 14);
    CHECK_FALSE(dialog.checkAtStart()->isEnabled()); // no address: nothing to check
    CHECK_FALSE(dialog.checkAtStartDays()->isEnabled());
    auto* address = dialog.findChild<QLineEdit*>();
    for (QLineEdit* field : dialog.findChildren<QLineEdit*>())
        if (field->accessibleName() == QStringLiteral("Update address"))
            address = field;
    address->setText(QStringLiteral("https://example.org/directory.pathways"));
    CHECK(dialog.checkAtStart()->isEnabled());
    CHECK_FALSE(dialog.checkAtStartDays()->isEnabled()); // the days follow the box
    dialog.checkAtStart()->setChecked(true);
    CHECK(dialog.checkAtStartDays()->isEnabled());
    dialog.checkAtStartDays()->setValue(30);
    dialog.save();
    CHECK(settings.checkAtStart());
    CHECK(settings.checkAtStartDays() == 30);
    CHECK(settings.updateUrl() == QStringLiteral("https://example.org/directory.pathways"));
    QSettings().clear();
}
