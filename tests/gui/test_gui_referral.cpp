// Defect 10 (window part) and "Also expected" of issue 11: no results says so and offers a way out; a
// result can be copied as a referral, and made a favourite, from the keyboard.
#include "GuiFixture.h"
#include "desktop/DetailView.h"
#include "desktop/FacetPanel.h"
#include "desktop/NoResultsView.h"
#include "desktop/ResultsModel.h"
#include "user/UserStore.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <catch2/catch.hpp>

using pathways::test::GuiFixture;
using pathways::test::waitUntil;

// "No results" (its offers with their counts) is tested in test_gui_no_results.cpp.

TEST_CASE("gui: Ctrl+C on a result copies the whole referral as plain text, Ctrl+D makes it a favourite")
{
    GuiFixture f;
    QTest::keyClicks(f.window->searchField(), QStringLiteral("Legebitra"));
    REQUIRE(f.settled());
    QTest::keyClick(f.window->searchField(), Qt::Key_Down);
    REQUIRE(f.window->resultsView()->hasFocus());
    const QString id = f.window->resultsModel()->serviceId(0);
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == id; }));
    const auto& record = *f.window->detailView()->shownRecord().record;
    QApplication::clipboard()->clear();
    QTest::keyClick(f.window->resultsView(), Qt::Key_C, Qt::ControlModifier);
    const QString text = QApplication::clipboard()->text();
    INFO(text.toStdString());
    CHECK(text.startsWith(record.summary.name.text + QLatin1Char('\n') + record.summary.organization));
    for (const auto& phone : record.phones)
        CHECK(text.contains(phone.number));
    if (!record.url.isEmpty())
        CHECK(text.contains(record.url));
    CHECK_FALSE(text.contains(QLatin1Char('<'))); // plain text, no HTML

    QTest::keyClick(f.window->resultsView(), Qt::Key_D, Qt::ControlModifier);
    auto store = pathways::user::UserStore::open(f.dataPath(QStringLiteral("user.sqlite")));
    REQUIRE(store);
    CHECK((*store)->isFavourite(id).value_or(false));
    QTest::keyClick(f.window->resultsView(), Qt::Key_D, Qt::ControlModifier);
    CHECK_FALSE((*store)->isFavourite(id).value_or(true));
}
