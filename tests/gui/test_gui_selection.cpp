// Defect 1 of issue 11: what is highlighted is what the detail pane shows, after every new result set.
#include "GuiFixture.h"
#include "desktop/DetailView.h"
#include "desktop/FacetPanel.h"
#include "desktop/ResultsModel.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {

QString currentId(const pathways::desktop::MainWindow& window)
{
    return window.resultsModel()->serviceId(window.resultsView()->currentIndex().row());
}

/// The only highlighted row is the current one, and the detail pane shows that service (its name is the
/// pane's heading): what a mediator reads is what a referral would be made from.
bool selectionAndDetailsAgree(const pathways::desktop::MainWindow& window)
{
    const QModelIndex current = window.resultsView()->currentIndex();
    if (!current.isValid())
        return false;
    const QModelIndexList selected = window.resultsView()->selectionModel()->selectedRows();
    if (selected.size() != 1 || selected.first().row() != current.row())
        return false;
    const QString name = window.resultsModel()->rows().at(current.row()).name.text;
    return window.detailView()->serviceId() == currentId(window) &&
           window.detailView()->browser()->toPlainText().startsWith(name);
}

/// Processes events until the window settles, failing if at any moment the pane shows another service
/// than the current row (it may be empty while the record loads).
bool neverShowsAnotherService(GuiFixture& f, int ms = 600)
{
    bool ok = true;
    waitUntil(
        [&] {
            const QString shown = f.window->detailView()->serviceId();
            if (!shown.isEmpty() && shown != currentId(*f.window))
                ok = false;
            return false;
        },
        ms);
    return ok;
}

void toggleFacet(GuiFixture& f, const QString& value)
{
    f.showAllFilters();
    for (auto* list : f.window->facetPanel()->findChildren<QListWidget*>())
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == value) {
                auto* item = list->item(i);
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
                return;
            }
    FAIL("no facet value " << value.toStdString());
}

} // namespace

TEST_CASE("gui: after start the first row is selected and shown")
{
    GuiFixture f;
    REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
    CHECK(f.window->resultsView()->currentIndex().row() == 0);
}

TEST_CASE("gui: typing a new search selects its first row and the details follow")
{
    GuiFixture f;
    REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
    for (const QString& text : {QStringLiteral("ljubljana"), QStringLiteral("legal")}) {
        INFO(text.toStdString());
        f.window->searchField()->clear();
        QTest::keyClicks(f.window->searchField(), text);
        REQUIRE(f.settled());
        REQUIRE(f.window->resultsModel()->rowCount() >= 3);
        CHECK(neverShowsAnotherService(f));
        REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
        CHECK(f.window->resultsView()->currentIndex().row() == 0);
        // Down from the search field enters the list on what is highlighted; Down moves one row; Enter
        // opens exactly that row.
        QTest::keyClick(f.window->searchField(), Qt::Key_Down);
        REQUIRE(f.window->resultsView()->hasFocus());
        CHECK(f.window->resultsView()->currentIndex().row() == 0);
        QTest::keyClick(f.window->resultsView(), Qt::Key_Down);
        CHECK(f.window->resultsView()->currentIndex().row() == 1);
        QTest::keyClick(f.window->resultsView(), Qt::Key_Return);
        CHECK(neverShowsAnotherService(f));
        REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
        CHECK(f.window->detailView()->serviceId() == f.window->resultsModel()->serviceId(1));
        f.window->searchField()->setFocus();
    }
}

TEST_CASE("gui: a filter that keeps the highlighted service keeps it highlighted, shown and in view")
{
    GuiFixture f;
    REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
    // Highlight the last row, then filter by one of its categories: the same service stays current.
    auto* view = f.window->resultsView();
    const int last = f.window->resultsModel()->rowCount() - 1;
    view->setFocus();
    view->setCurrentIndex(f.window->resultsModel()->index(last, 0));
    REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
    const auto row = f.window->resultsModel()->rows().at(last);
    REQUIRE_FALSE(row.categories.isEmpty());
    toggleFacet(f, row.categories.first().code);
    REQUIRE(f.settled());
    CHECK(neverShowsAnotherService(f));
    REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
    CHECK(currentId(*f.window) == row.id);
    const QRect cell = view->visualRect(view->currentIndex());
    CHECK(view->viewport()->rect().contains(cell.center()));
    // A filter that removes it: the first row becomes current and shown, never the old service.
    toggleFacet(f, row.categories.first().code);
    REQUIRE(f.settled());
    QString other;
    QStringList mine;
    for (const auto& term : row.categories)
        mine << term.code;
    for (const auto& candidate : f.window->resultsModel()->rows())
        for (const auto& term : candidate.categories)
            if (!mine.contains(term.code))
                other = term.code;
    REQUIRE_FALSE(other.isEmpty());
    toggleFacet(f, other);
    REQUIRE(f.settled());
    CHECK(neverShowsAnotherService(f));
    REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
    CHECK(f.window->resultsView()->currentIndex().row() == 0);
}

TEST_CASE("gui: no results leave no service in the detail pane")
{
    GuiFixture f;
    REQUIRE(waitUntil([&] { return selectionAndDetailsAgree(*f.window); }));
    QTest::keyClicks(f.window->searchField(), QStringLiteral("zzzqqqxxy"));
    REQUIRE(f.settled());
    CHECK(f.window->resultsModel()->rowCount() == 0);
    CHECK(waitUntil([&] { return f.window->detailView()->serviceId().isEmpty(); }));
}
