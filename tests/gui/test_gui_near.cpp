// Issue 11, defect 7: "near [place] within [N] km" in the window, checked as the CLI checks --near, and a
// "Nearest first" that says what it needs instead of silently doing nothing.
#include "GuiFixture.h"
#include "desktop/ResultsModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <catch2/catch.hpp>

using pathways::desktop::ResultsModel;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {

QLineEdit* nearField(const GuiFixture& f)
{
    return f.window->findChild<QLineEdit*>(QStringLiteral("near"));
}

QSpinBox* withinBox(const GuiFixture& f)
{
    return f.window->findChild<QSpinBox*>(QStringLiteral("within"));
}

QComboBox* sortBox(const GuiFixture& f)
{
    for (auto* box : f.window->findChildren<QComboBox*>())
        if (box->accessibleName() == QLatin1String("Sort order"))
            return box;
    return nullptr;
}

} // namespace

TEST_CASE("gui: 'Nearest first' without a place is greyed and says it needs one")
{
    GuiFixture f;
    QComboBox* sort = sortBox(f);
    REQUIRE(sort != nullptr);
    REQUIRE(nearField(f) != nullptr);
    CHECK(nearField(f)->text().isEmpty());
    auto* items = qobject_cast<QStandardItemModel*>(sort->model());
    REQUIRE(items != nullptr);
    CHECK_FALSE(items->item(1)->isEnabled());
    CHECK(items->item(1)->toolTip().contains(QStringLiteral("Near")));
    CHECK(sort->toolTip().contains(QStringLiteral("Near")));
    CHECK_FALSE(withinBox(f)->isEnabled());
    // The keyboard cannot land on it either.
    sort->setFocus();
    QTest::keyClick(sort, Qt::Key_Down);
    CHECK(sort->currentIndex() == 0);
}

TEST_CASE("gui: near a municipality typed with completion, nearest first, within a radius")
{
    GuiFixture f;
    QLineEdit* near = nearField(f);
    REQUIRE(near != nullptr);
    // Municipalities complete as they are typed.
    near->setFocus();
    QTest::keyClicks(near, QStringLiteral("mari"));
    QCompleter* completer = near->completer();
    REQUIRE(completer != nullptr);
    REQUIRE(waitUntil([&] { return completer->completionCount() > 0; }, 3000));
    CHECK(completer->currentCompletion() == QStringLiteral("Maribor"));
    near->setText(QStringLiteral("Maribor"));
    REQUIRE(f.settled());
    const ResultsModel& model = *f.window->resultsModel();
    CHECK_FALSE(f.window->resultsView()->isColumnHidden(ResultsModel::Distance));

    QComboBox* sort = sortBox(f);
    auto* items = qobject_cast<QStandardItemModel*>(sort->model());
    REQUIRE(items->item(1)->isEnabled());
    sort->setCurrentIndex(1);
    REQUIRE(f.settled());
    REQUIRE(model.rowCount() > 2);
    double previous = -1;
    int located = 0;
    for (const auto& row : model.rows()) {
        if (!row.distanceKm)
            continue;
        CHECK(*row.distanceKm >= previous);
        previous = *row.distanceKm;
        ++located;
    }
    CHECK(located > 2);
    CHECK(model.rows().first().municipality == QStringLiteral("Maribor"));
    const int everywhere = model.rowCount();

    // Within 5 km of Maribor: only the services there.
    withinBox(f)->setValue(5);
    REQUIRE(f.settled());
    REQUIRE(model.rowCount() > 0);
    CHECK(model.rowCount() < everywhere);
    for (const auto& row : model.rows()) {
        REQUIRE(row.distanceKm.has_value());
        CHECK(*row.distanceKm <= 5.0);
    }

    // Clearing the place turns "Nearest first" back to the best match.
    near->clear();
    REQUIRE(f.settled());
    CHECK(sort->currentIndex() == 0);
    CHECK_FALSE(withinBox(f)->isEnabled());
    CHECK(f.window->resultsView()->isColumnHidden(ResultsModel::Distance));
}

TEST_CASE("gui: coordinates are a place too, a place the directory does not know is said, not ignored")
{
    GuiFixture f;
    QLineEdit* near = nearField(f);
    near->setText(QStringLiteral("46.0569,14.5058")); // Ljubljana
    REQUIRE(f.settled());
    sortBox(f)->setCurrentIndex(1);
    REQUIRE(f.settled());
    const ResultsModel& model = *f.window->resultsModel();
    REQUIRE(model.rowCount() > 0);
    CHECK(model.rows().first().municipality == QStringLiteral("Ljubljana"));
    CHECK(near->toolTip() == QStringLiteral("Distances are measured from here."));

    near->setText(QStringLiteral("Atlantis"));
    REQUIRE(f.settled());
    CHECK(near->toolTip().contains(QStringLiteral("Atlantis")));
    CHECK(f.window->statusBar()->currentMessage().contains(QStringLiteral("Atlantis")));
    CHECK(model.rowCount() == 12); // the search still runs, without distances
    CHECK(f.window->resultsView()->isColumnHidden(ResultsModel::Distance));
}
