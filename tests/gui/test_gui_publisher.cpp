// Issue 14, "Publishers' own categories": a directory imported from a package tagged with its publisher's
// own taxonomies (tests/data/import/publisher-taxonomy) shows them under the filters as a tree with counts
// that follow the search, in the detail pane, and maps them onto Pathways' category filter.
#include "GuiFixture.h"
#include "desktop/DetailView.h"
#include "desktop/FacetPanel.h"
#include "desktop/PublisherCategoryList.h"
#include "desktop/ResultsModel.h"
#include "store/DirectoryStore.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using pathways::desktop::PublisherCategoryList;
using pathways::test::waitUntil;

namespace {

// The real window on a data folder holding the imported package instead of the embedded directory.
struct PublisherWindow
{
    pathways::test::TempDir dir;
    std::unique_ptr<pathways::desktop::MainWindow> window;

    PublisherWindow()
    {
        QSettings().clear();
        const pathways::directory::DataFolder folder(dir.file(QStringLiteral("data")));
        REQUIRE(QDir().mkpath(folder.root()));
        pathways::store::DirectoryOrigin origin;
        origin.publisher = QStringLiteral("Riverside test package");
        origin.sequence = 1;
        origin.created = QStringLiteral("2026-12-01T00:00:00Z");
        origin.origin = QStringLiteral("import");
        const auto imported = pathways::store::DirectoryStore(folder).importHsdsFolder(
            QStringLiteral(PATHWAYS_SOURCE_DIR "/tests/data/import/publisher-taxonomy"), origin);
        REQUIRE(imported.installed);
        window = std::make_unique<pathways::desktop::MainWindow>(folder, QStringList{QStringLiteral("en")});
        window->resize(1366, 768);
        window->show();
        REQUIRE(waitUntil([this] { return window->answersShown() > 0 && window->searchSettled(); }));
    }
    ~PublisherWindow()
    {
        window->close();
        window.reset();
        QSettings().clear();
    }
    PublisherCategoryList* list() const
    {
        return window->facetPanel()->findChild<PublisherCategoryList*>(QStringLiteral("publisherCategories"));
    }
};

} // namespace

TEST_CASE("gui: the publisher's categories are a tree with counts under the filters, only when there are any")
{
    {
        pathways::test::GuiFixture embedded; // Pathways' own categories only
        auto* none = embedded.window->facetPanel()->findChild<PublisherCategoryList*>(
            QStringLiteral("publisherCategories"));
        REQUIRE(none != nullptr);
        CHECK_FALSE(none->isVisible());
    }
    PublisherWindow w;
    PublisherCategoryList* list = w.list();
    REQUIRE(list != nullptr);
    REQUIRE(waitUntil([&] { return list->isVisible(); }));
    CHECK(list->findChild<QLabel*>()->text() == QStringLiteral("<b>Publisher's categories</b>"));
    // Two taxonomies: each under a heading of its own.
    CHECK(list->shownRows() ==
          (QStringList{QStringLiteral("Open Eligibility"), QStringLiteral("  Emergency (1)"),
                       QStringLiteral("    Emergency Shelter (1)"), QStringLiteral("  Food (1)"),
                       QStringLiteral("    Food Pantry (1)"), QStringLiteral("  Women (1)"),
                       QStringLiteral("Riverside Help Categories"), QStringLiteral("  Benefits (1)"),
                       QStringLiteral("  Legal matters (1)"), QStringLiteral("    Housing advice (1)")}));

    // The counts follow the search.
    w.window->searchField()->setText(QStringLiteral("parcels"));
    REQUIRE(waitUntil([&] { return list->shownRows().size() == 5 && w.window->searchSettled(); }));
    CHECK(list->shownRows() == (QStringList{QStringLiteral("Open Eligibility"), QStringLiteral("  Food (1)"),
                                            QStringLiteral("    Food Pantry (1)"),
                                            QStringLiteral("Riverside Help Categories"),
                                            QStringLiteral("  Benefits (1)")}));
    w.window->searchField()->clear();
    REQUIRE(waitUntil([&] { return list->shownRows().size() == 10 && w.window->searchSettled(); }));

    // The mapping makes them Pathways categories too: the ordinary filter lists them with Pathways' names.
    QListWidget* categories = nullptr;
    for (auto* candidate : w.window->facetPanel()->findChildren<QListWidget*>())
        if (candidate->accessibleName() == QLatin1String("Category filter"))
            categories = candidate;
    REQUIRE(categories != nullptr);
    QStringList names;
    for (int i = 0; i < categories->count(); ++i)
        names << categories->item(i)->text().remove(QChar(0x2068)).remove(QChar(0x2069));
    names.sort();
    CHECK(names == (QStringList{QStringLiteral("Legal aid (1)"), QStringLiteral("Shelter and accommodation (1)")}));
}

TEST_CASE("gui: the detail pane shows a service's publisher's categories with their broader term")
{
    PublisherWindow w;
    const pathways::desktop::ResultsModel& model = *w.window->resultsModel();
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.serviceId(r) == QLatin1String("svc-1"))
            row = r;
    REQUIRE(row >= 0);
    w.window->resultsView()->setCurrentIndex(model.index(row, 0));
    REQUIRE(waitUntil([&] {
        return w.window->detailView()->browser()->toPlainText().contains(QStringLiteral("Tenancy clinic"));
    }));
    const QString text = w.window->detailView()->browser()->toPlainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Publisher's categories")));
    CHECK(text.contains(QStringLiteral("Legal matters › Housing advice")));
    CHECK(text.contains(QStringLiteral("Legal aid"))); // the mapped Pathways category
    // For docs/screenshots (publisher-categories.png): the window as the user sees it, when asked for.
    if (const QString folder = qEnvironmentVariable("PATHWAYS_SCREENSHOT_DIR"); !folder.isEmpty())
        w.window->grab().save(folder + QStringLiteral("/publisher-categories.png"));
}
