// Defects 3 and 4 of issue 11: filters keep their place, focus is visible, one scrolling filter column.
#include "GuiFixture.h"
#include "desktop/DetailView.h"
#include "desktop/FacetPanel.h"
#include "desktop/ResultsModel.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <catch2/catch.hpp>

using pathways::desktop::FacetPanel;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {

QListWidget* categoryList(const GuiFixture& f)
{
    for (auto* list : f.window->facetPanel()->findChildren<QListWidget*>())
        if (list->accessibleName() == QLatin1String("Category filter"))
            return list;
    return nullptr;
}

QString currentValue(const QListWidget* list)
{
    return list->currentItem() ? list->currentItem()->data(Qt::UserRole + 1).toString() : QString();
}

QToolButton* showAllButton(const GuiFixture& f)
{
    for (auto* button : f.window->facetPanel()->findChildren<QToolButton*>())
        if (button->isVisible() && button->text().startsWith(QLatin1String("Show all")))
            return button;
    return nullptr;
}

} // namespace

TEST_CASE("gui: Space ticks a filter and the list keeps focus and position, a second Space unticks it")
{
    GuiFixture f;
    QListWidget* list = categoryList(f);
    REQUIRE(list != nullptr);
    list->setFocus();
    REQUIRE(waitUntil([&] { return list->hasFocus(); }, 2000));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Down);
    const QString value = currentValue(list);
    REQUIRE_FALSE(value.isEmpty());
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(f.settled());
    QTest::qWait(50);
    CHECK(f.window->facetPanel()->filters().categories == QStringList{value});
    CHECK(list->hasFocus());
    CHECK(currentValue(list) == value);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(f.settled());
    QTest::qWait(50);
    CHECK(f.window->facetPanel()->filters().categories.isEmpty());
    CHECK(list->hasFocus());
    CHECK(currentValue(list) == value);
    // Down goes on from there, not back to the top.
    const int row = list->currentRow();
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentRow() == row + 1);
}

TEST_CASE("gui: the keyboard focus is visible on the filter lists and the results")
{
    GuiFixture f;
    for (QWidget* widget :
         {static_cast<QWidget*>(categoryList(f)), static_cast<QWidget*>(f.window->resultsView())}) {
        REQUIRE(widget != nullptr);
        f.window->searchField()->setFocus();
        REQUIRE(waitUntil([&] { return !widget->hasFocus(); }, 2000));
        const QImage unfocused = widget->grab().toImage();
        widget->setFocus();
        REQUIRE(waitUntil([&] { return widget->hasFocus(); }, 2000));
        const QImage focused = widget->grab().toImage();
        // The frame changes: the left edge, away from any item's own highlight.
        int changed = 0;
        for (int y = 0; y < focused.height(); ++y)
            changed += focused.pixel(0, y) != unfocused.pixel(0, y) ? 1 : 0;
        CHECK(changed > focused.height() / 2);
    }
}

TEST_CASE("gui: Tab goes search, near, sort, filters, results, details with nothing invisible in between")
{
    GuiFixture f;
    f.window->activateWindow();
    f.window->searchField()->setFocus();
    REQUIRE(waitUntil([&] { return f.window->searchField()->hasFocus(); }, 2000));
    QList<QWidget*> visited{f.window->searchField()};
    for (int i = 0; i < 40 && QApplication::focusWidget() != f.window->detailView()->browser(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    REQUIRE(visited.last() == f.window->detailView()->browser());
    const auto at = [&](const QWidget* w) { return visited.indexOf(const_cast<QWidget*>(w)); };
    // "within N km" is skipped while no place is given (it is disabled then).
    CHECK(at(f.window->findChild<QLineEdit*>(QStringLiteral("near"))) == 1);
    CHECK(at(f.window->findChild<QComboBox*>()) == 2);
    const int results = at(f.window->resultsView());
    REQUIRE(results > 3);
    for (int i = 3; i < results; ++i) {
        INFO(visited.at(i)->metaObject()->className()
             << " " << visited.at(i)->accessibleName().toStdString());
        CHECK(f.window->facetPanel()->isAncestorOf(visited.at(i)));
    }
    CHECK(results == visited.size() - 2);
    for (QWidget* widget : visited)
        CHECK(widget->isVisible());
}

TEST_CASE("gui: one scrolling filter column, counts never cut off, long lists show the top and Show all")
{
    GuiFixture f;
    f.window->resize(1024, 600);
    QTest::qWait(50);
    for (auto* list : f.window->facetPanel()->findChildren<QListWidget*>()) {
        if (!list->isVisible())
            continue;
        INFO(list->accessibleName().toStdString());
        CHECK_FALSE(list->verticalScrollBar()->isVisible());
        CHECK(list->viewport()->height() >= list->count() * list->sizeHintForRow(0));
        for (int i = 0; i < list->count(); ++i) {
            // The count at the end of each label is painted whatever the column width.
            const QString text = list->item(i)->text();
            const QRect rect = list->visualItemRect(list->item(i));
            const int textWidth = rect.width() - list->style()->pixelMetric(QStyle::PM_IndicatorWidth) - 12;
            const QString painted = list->fontMetrics().elidedText(text, list->textElideMode(), textWidth);
            CHECK(painted.endsWith(text.mid(text.lastIndexOf(QLatin1Char('(')))));
            CHECK(list->item(i)->toolTip() == text);
        }
    }
    QListWidget* categories = categoryList(f);
    REQUIRE(categories != nullptr);
    CHECK(categories->count() == FacetPanel::kTopValues);
    QToolButton* showAll = showAllButton(f);
    REQUIRE(showAll != nullptr);
    const int all = showAll->text().section(QLatin1Char(' '), 2).toInt();
    CHECK(all > FacetPanel::kTopValues);
    QTest::mouseClick(showAll, Qt::LeftButton);
    CHECK(categories->count() == all);
    CHECK(categories->hasFocus());
}
