// Issue 11 defect 10 / issue 13 "never a dead end", the window's part: with no result the window offers
// what would find something, each with the number of services it gives, and each offer works.
#include "GuiFixture.h"
#include "desktop/FacetPanel.h"
#include "desktop/NoResultsView.h"
#include "desktop/ResultsModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <catch2/catch.hpp>

using pathways::desktop::FilterState;
using pathways::test::GuiFixture;

namespace {

QPushButton* offerStartingWith(const GuiFixture& f, const QString& start)
{
    for (auto* button : f.window->noResultsView()->findChildren<QPushButton*>())
        if (button->isVisible() && button->text().startsWith(start))
            return button;
    return nullptr;
}

void setFilters(GuiFixture& f, const FilterState& filters)
{
    f.window->facetPanel()->setFilters(filters);
    Q_EMIT f.window->facetPanel()->filtersChanged(filters);
}

} // namespace

TEST_CASE("gui: with no result, leaving out a word is offered with its count, and clicking it searches")
{
    GuiFixture f;
    QTest::keyClicks(f.window->searchField(), QStringLiteral("legal zzzqqq"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() == 0);
    REQUIRE(f.window->noResultsView()->isVisible());
    const QStringList offers = f.window->noResultsView()->offers();
    INFO(offers.join(QStringLiteral(" | ")).toStdString());
    QPushButton* without = offerStartingWith(f, QStringLiteral("Without “zzzqqq”: "));
    REQUIRE(without != nullptr);
    // The count shown is what the search then finds.
    const QString count = without->text().section(QStringLiteral(": "), 1).section(QLatin1Char(' '), 0, 0);
    CHECK(count.toInt() > 0);
    QTest::mouseClick(without, Qt::LeftButton);
    REQUIRE(f.settled());
    CHECK(f.window->searchField()->text() == QStringLiteral("legal"));
    CHECK(f.window->resultsModel()->rowCount() == count.toInt());
    CHECK(f.window->resultsView()->isVisible());
}

TEST_CASE("gui: with no result under filters, removing each filter is offered with its count")
{
    GuiFixture f;
    FilterState filters;
    filters.categories << QStringLiteral("hotline");
    setFilters(f, filters);
    QTest::keyClicks(f.window->searchField(), QStringLiteral("ljubljana"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() == 0);
    // Said where the list was; the filters stay where they are.
    CHECK(f.window->noResultsView()->isVisible());
    CHECK_FALSE(f.window->resultsView()->isVisible());
    CHECK(f.window->facetPanel()->isVisible());
    const QStringList offers = f.window->noResultsView()->offers();
    INFO(offers.join(QStringLiteral(" | ")).toStdString());
    REQUIRE_FALSE(offers.isEmpty());
    // Which filter emptied the list is said too.
    const auto labels = f.window->noResultsView()->findChildren<QLabel*>();
    CHECK(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel* label) {
        return label->isVisible() && label->text().startsWith(QStringLiteral("The filter “Hotline"));
    }));
    QPushButton* removeHotline = offerStartingWith(f, QStringLiteral("Remove the filter “Hotline"));
    REQUIRE(removeHotline != nullptr);
    CHECK(removeHotline->text().contains(QStringLiteral("service")));
    const int promised = removeHotline->text().section(QStringLiteral(": "), -1).section(QLatin1Char(' '), 0, 0).toInt();
    CHECK(promised > 0);
    QTest::mouseClick(removeHotline, Qt::LeftButton);
    REQUIRE(f.settled());
    CHECK(f.window->facetPanel()->filters().categories.isEmpty());
    CHECK(f.window->resultsModel()->rowCount() == promised);
}

TEST_CASE("gui: a search that only an ended project matches offers to include it")
{
    GuiFixture f;
    QTest::keyClicks(f.window->searchField(), QStringLiteral("pogum"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() == 0);
    QPushButton* include = offerStartingWith(f, QStringLiteral("Include services no longer running: 1 service"));
    INFO(f.window->noResultsView()->offers().join(QStringLiteral(" | ")).toStdString());
    REQUIRE(include != nullptr);
    QTest::mouseClick(include, Qt::LeftButton);
    REQUIRE(f.settled());
    CHECK(f.window->facetPanel()->filters().includeNotRunning);
    REQUIRE(f.window->resultsModel()->rowCount() == 1);
    CHECK(f.window->resultsModel()->serviceId(0) == QStringLiteral("svc-kljuc-pogum-2022"));
}
