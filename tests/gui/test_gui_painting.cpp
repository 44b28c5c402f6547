// The results table and the filter lists lay each cell's text out once (CachedTextDelegate, for speed at
// 100k services, docs/benchmarks.md). What they paint must be what Qt's own delegate paints: the same
// names, elided at the same place, in the same colours, with the selection and the focus frame, in both
// directions; a cell whose text changes is painted with its new text.
#include "GuiFixture.h"
#include "desktop/CachedTextDelegate.h"
#include "desktop/FacetPanel.h"
#include "desktop/WrappingCheckBox.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QListWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <catch2/catch.hpp>

using pathways::desktop::CachedTextDelegate;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {

/// The view's viewport as its own delegate paints it, and as QStyledItemDelegate paints it.
std::pair<QImage, QImage> paintedBoth(QAbstractItemView* view)
{
    QAbstractItemDelegate* own = view->itemDelegate();
    REQUIRE(qobject_cast<CachedTextDelegate*>(own) != nullptr);
    const QImage cached = view->viewport()->grab().toImage();
    QStyledItemDelegate plain;
    view->setItemDelegate(&plain);
    const QImage reference = view->viewport()->grab().toImage();
    view->setItemDelegate(own);
    return {cached, reference};
}

void checkSameAsQt(QAbstractItemView* view)
{
    const auto [cached, reference] = paintedBoth(view);
    REQUIRE(cached.size() == reference.size());
    int differing = 0;
    for (int y = 0; y < cached.height(); ++y)
        for (int x = 0; x < cached.width(); ++x)
            differing += cached.pixel(x, y) != reference.pixel(x, y) ? 1 : 0;
    CHECK(differing == 0);
}

QListWidget* categoryList(const GuiFixture& f)
{
    for (auto* list : f.window->facetPanel()->findChildren<QListWidget*>())
        if (list->accessibleName() == QLatin1String("Category filter"))
            return list;
    return nullptr;
}

} // namespace

TEST_CASE("gui: the results table paints what Qt's own delegate paints, highlighted row and focus included")
{
    GuiFixture f;
    QTableView* view = f.window->resultsView();
    REQUIRE(f.window->resultsModel()->rowCount() > 3);
    QTest::keyClick(f.window->searchField(), Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down); // the second row: highlighted, with the focus frame
    REQUIRE(view->hasFocus());
    checkSameAsQt(view);
    // Narrow: long names elide in the middle, columns shrink and the categories go.
    f.window->resize(1024, 600);
    QTest::qWait(50);
    checkSameAsQt(view);
    // Another answer into the same rows: each cell shows its new text, not the one laid out before.
    const QString firstBefore = f.window->resultsModel()->serviceId(0);
    QTest::keyClicks(f.window->searchField(), QStringLiteral("legal"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->serviceId(0) != firstBefore);
    checkSameAsQt(view);
    // Services that ended are greyed in every column; the italic of a name shown in another language.
    auto* include = f.window->facetPanel()->findChild<pathways::desktop::WrappingCheckBox*>(
        QStringLiteral("includeNotRunning"));
    REQUIRE(include != nullptr);
    f.window->searchField()->clear();
    include->box()->click();
    REQUIRE(f.settled());
    checkSameAsQt(view);
}

TEST_CASE("gui: right to left, the table and the filter lists paint as Qt's own delegate")
{
    GuiFixture f;
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QTest::qWait(50);
    QTest::keyClick(f.window->searchField(), Qt::Key_Down);
    checkSameAsQt(f.window->resultsView());
    QListWidget* categories = categoryList(f);
    REQUIRE(categories != nullptr);
    checkSameAsQt(categories);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

TEST_CASE("gui: a filter list paints its ticked value, its counts and its focus as Qt's own delegate")
{
    GuiFixture f;
    QListWidget* categories = categoryList(f);
    REQUIRE(categories != nullptr);
    REQUIRE(categories->count() > 1);
    categories->setFocus();
    categories->setCurrentRow(1);
    QTest::keyClick(categories, Qt::Key_Space);
    REQUIRE(f.settled());
    REQUIRE(categories->hasFocus());
    REQUIRE(categories->currentItem()->checkState() == Qt::Checked);
    checkSameAsQt(categories);
    // Narrow: the labels elide in the middle and keep their counts.
    f.window->resize(1024, 600);
    QTest::qWait(50);
    checkSameAsQt(categories);
}
