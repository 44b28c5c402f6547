// The window asks for a page of results per keystroke and lists further pages as the list is scrolled to
// its end (issue 11: reading and measuring 200 rows per keystroke was most of its time at 100k). Scrolling
// must list every result once, in order, and never move the highlighted row or the details away from it.
#include "GuiFixture.h"
#include "HsdsGenerator.h"
#include "desktop/DetailView.h"
#include "desktop/ResultsModel.h"
#include "store/DirectoryStore.h"

#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace pathways;
using pathways::test::waitUntil;

TEST_CASE("gui: a long result list comes a page at a time as it is scrolled, the details staying with the row")
{
    QSettings().clear();
    test::TempDir dir;
    bench::HsdsGenerator::Options options;
    // Two whole pages and most of a third (a few services have ended and are not listed).
    options.services = 2 * desktop::MainWindow::kPageRows + desktop::MainWindow::kPageRows * 4 / 5;
    options.seed = 1;
    options.folder = dir.file(QStringLiteral("hsds")).toStdString();
    bench::HsdsGenerator(options).run();
    const directory::DataFolder folder(dir.file(QStringLiteral("data")));
    store::DirectoryStore store{folder};
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("Paging test");
    origin.sequence = 1;
    origin.created = QStringLiteral("2026-11-01T00:00:00Z");
    REQUIRE(store.importHsdsFolder(dir.file(QStringLiteral("hsds")), origin).installed);
    REQUIRE(api::prepareDataFolder(folder)); // as main() does: the imported directory stays

    desktop::MainWindow window(folder, {QStringLiteral("en")});
    window.resize(1366, 768);
    window.show();
    REQUIRE(waitUntil([&] { return window.answersShown() > 0 && window.searchSettled(); }));
    const desktop::ResultsModel& model = *window.resultsModel();
    QTableView& view = *window.resultsView();
    // No text: every running service matches; the first page only is listed.
    const int first = desktop::MainWindow::kPageRows;
    REQUIRE(model.rowCount() == first);
    QStringList seen;
    for (int row = 0; row < model.rowCount(); ++row)
        seen << model.serviceId(row);

    // A row other than the first is highlighted and shown.
    view.setCurrentIndex(model.index(3, 0));
    const QString chosen = model.serviceId(3);
    REQUIRE(waitUntil([&] { return window.detailView()->serviceId() == chosen; }));

    view.scrollToBottom();
    REQUIRE(waitUntil([&] { return model.rowCount() > first; }));
    CHECK(model.rowCount() == 2 * first);
    for (int row = 0; row < first; ++row)
        CHECK(model.serviceId(row) == seen.at(row)); // the listed rows stay where they were
    CHECK(view.currentIndex().row() == 3);
    CHECK(model.serviceId(view.currentIndex().row()) == chosen);
    CHECK(window.detailView()->serviceId() == chosen);

    view.scrollToBottom();
    REQUIRE(waitUntil([&] { return model.rowCount() > 2 * first; }));
    waitUntil([] { return false; }, 300); // nothing more may come: the list has ended
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.serviceId(row));
    CHECK(ids.size() == model.rowCount()); // each service once
    CHECK(model.rowCount() == model.rows().size());
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(window.detailView()->serviceId() == chosen);

    // A new search starts again at one page, at its best match.
    window.searchField()->setText(QStringLiteral("legal"));
    REQUIRE(waitUntil([&] { return window.searchSettled() && window.answersShown() > 1; }));
    CHECK(model.rowCount() <= first);
    CHECK(view.currentIndex().row() == 0);
    window.close();
    QSettings().clear();
}
