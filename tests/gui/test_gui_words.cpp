// Defects 9 and 8 of issue 11: plurals, numbers and dates in the interface language, language names, menu
// names, and content that follows the interface language.
#include "GuiFixture.h"
#include "api/PrepareDataFolder.h"
#include "desktop/AppSettings.h"
#include "desktop/ResultsModel.h"
#include "desktop/SettingsDialog.h"
#include "desktop/TranslationLoader.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <catch2/catch.hpp>

using pathways::desktop::TranslationLoader;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {
QString plainTitle(const QAction* menu)
{
    return menu->text().remove(QLatin1Char('&'));
}
} // namespace

TEST_CASE("gui: counts use plural forms and the interface language's numbers and dates")
{
    GuiFixture f;
    TranslationLoader loader;
    auto* count = f.window->findChild<QLabel*>(QStringLiteral("count"));
    REQUIRE(count != nullptr);
    const QDate created = QDateTime::fromString(f.window->directoryInfo().created, Qt::ISODate).date();
    REQUIRE(created.isValid());
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sl"), QStringLiteral("uk")}) {
        INFO(language.toStdString());
        REQUIRE(loader.apply(language) == language);
        f.window->searchField()->setText(QStringLiteral("Legebitra"));
        REQUIRE(f.settled());
        REQUIRE(f.window->resultsModel()->rowCount() == 1);
        CHECK_FALSE(count->text().contains(QStringLiteral("(s)")));
        CHECK(count->text().startsWith(QStringLiteral("1 ")));
        f.window->searchField()->clear();
        REQUIRE(f.settled());
        CHECK_FALSE(count->text().contains(QStringLiteral("(s)")));
        // The directory's date as this language writes it, not "23 Nov 2026" everywhere.
        const QString provenance = f.window->findChild<QLabel*>(QStringLiteral("provenance"))->text();
        CHECK(provenance.contains(
            TranslationLoader::localeFor(language).toString(created, QLocale::ShortFormat)));
        CHECK_FALSE(provenance.contains(QStringLiteral("(s)")));
    }
    CHECK(TranslationLoader::localeFor(QStringLiteral("uk")).language() == QLocale::Ukrainian);
    loader.apply(QStringLiteral("en"));
}

TEST_CASE("gui: a language Pathways has no translation for falls back to English with its plural forms")
{
    GuiFixture f;
    TranslationLoader loader;
    auto* count = f.window->findChild<QLabel*>(QStringLiteral("count"));
    REQUIRE(count != nullptr);
    // German has no interface translation; a system locale of C (LANG=C.UTF-8, as on a minimal Debian and
    // in CI) offers none either. English is the end of the chain, with its "1 service" / "12 services".
    REQUIRE(loader.apply(QStringLiteral("de")) == QStringLiteral("en"));
    f.window->searchField()->setText(QStringLiteral("Legebitra"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() == 1);
    CHECK(count->text().startsWith(QStringLiteral("1 ")));
    CHECK_FALSE(count->text().contains(QStringLiteral("(s)")));
    f.window->searchField()->clear();
    REQUIRE(f.settled());
    CHECK_FALSE(count->text().contains(QStringLiteral("(s)")));
    loader.apply(QStringLiteral("en"));
}

TEST_CASE("gui: the language list says English, and Ukrainian menus are told apart")
{
    CHECK(TranslationLoader::languageName(QStringLiteral("en")) == QStringLiteral("English"));
    CHECK(TranslationLoader::languageName(QStringLiteral("sl")) == QStringLiteral("Slovenščina"));
    GuiFixture f;
    pathways::desktop::AppSettings settings;
    pathways::desktop::SettingsDialog dialog(settings, f.dataPath(QString()));
    auto* languages = dialog.findChild<QComboBox*>();
    REQUIRE(languages != nullptr);
    CHECK(languages->findText(QStringLiteral("English")) >= 0);
    for (int i = 0; i < languages->count(); ++i)
        CHECK_FALSE(languages->itemText(i).contains(QStringLiteral("American")));

    TranslationLoader loader;
    REQUIRE(loader.apply(QStringLiteral("uk")) == QStringLiteral("uk"));
    QTest::qWait(50);
    const auto menus = f.window->menuBar()->actions();
    REQUIRE(menus.size() >= 2);
    // Not "Довідник" next to "Довідка": the two titles must not start alike.
    CHECK(plainTitle(menus.at(0)).left(4) != plainTitle(menus.at(1)).left(4));
    REQUIRE(loader.apply(QStringLiteral("sl")) == QStringLiteral("sl"));
    QTest::qWait(50);
    auto* sort = f.window->findChild<QComboBox*>();
    CHECK(sort->width() >= sort->sizeHint().width()); // "Najboljše ujemanje", whole
    loader.apply(QStringLiteral("en"));
}

TEST_CASE("gui: service texts follow the interface language unless the user chose an order")
{
    QSettings().clear();
    pathways::desktop::AppSettings settings;
    settings.setInterfaceLanguage(QStringLiteral("uk"));
    CHECK(settings.contentLanguages().first() == QStringLiteral("uk"));
    CHECK(settings.contentLanguages().contains(QStringLiteral("en")));
    settings.setContentLanguages({QStringLiteral("sl"), QStringLiteral("en")});
    CHECK(settings.contentLanguages() == QStringList{QStringLiteral("sl"), QStringLiteral("en")});
    settings.setContentLanguages({});
    CHECK(settings.contentLanguages().first() == QStringLiteral("uk"));

    // The window started in Ukrainian shows the categories in Ukrainian without any other setting.
    pathways::test::TempDir dir;
    const pathways::directory::DataFolder folder(dir.file(QStringLiteral("data")));
    REQUIRE(pathways::api::prepareDataFolder(folder)); // as main() does
    pathways::desktop::MainWindow window(folder, QStringList{});
    window.show();
    REQUIRE(waitUntil([&] { return window.answersShown() > 0 && window.searchSettled(); }));
    bool cyrillic = false;
    for (const auto& row : window.resultsModel()->rows())
        for (const auto& term : row.categories)
            cyrillic = cyrillic || term.name.contains(QChar(0x0456)) || term.name.contains(QChar(0x0430));
    CHECK(cyrillic);
    window.close();
    TranslationLoader().apply(QStringLiteral("en"));
    QSettings().clear();
}
