// Issue 11, defect 11: services that no longer run are left out of the window's results unless the user
// asks for them, and each is marked when shown; a temporarily closed service stays, marked.
#include "GuiFixture.h"
#include "db/Connection.h"
#include "desktop/DetailView.h"
#include "desktop/FacetPanel.h"
#include "desktop/ResultsModel.h"
#include "desktop/WrappingCheckBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QTableView>
#include <QTextBrowser>
#include <catch2/catch.hpp>

using pathways::desktop::ResultsModel;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {

const QStringList kEnded{QStringLiteral("svc-kljuc-pogum-2022"),
                         QStringLiteral("svc-kljuc-trafficking-victims-health-2015-2016"),
                         QStringLiteral("svc-iom-child-protection-2016-2018")};

QStringList shownIds(const ResultsModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.serviceId(row);
    return ids;
}

int rowOf(const ResultsModel& model, const QString& id)
{
    return static_cast<int>(shownIds(model).indexOf(id));
}

pathways::desktop::WrappingCheckBox* includeBox(const GuiFixture& f)
{
    return f.window->facetPanel()->findChild<pathways::desktop::WrappingCheckBox*>(
        QStringLiteral("includeNotRunning"));
}

} // namespace

TEST_CASE("gui: completed projects are left out until 'Include services no longer running (3)' is ticked")
{
    GuiFixture f;
    const ResultsModel& model = *f.window->resultsModel();
    CHECK(model.rowCount() == 12);
    for (const QString& id : kEnded)
        CHECK(rowOf(model, id) < 0);
    auto* include = includeBox(f);
    REQUIRE(include != nullptr);
    CHECK(include->isVisible());
    CHECK_FALSE(include->isChecked());
    CHECK(include->text() == QStringLiteral("Include services no longer running (3)"));

    // Typing the name of an ended project: nothing running matches, the count says one ended one does.
    QTest::keyClicks(f.window->searchField(), QStringLiteral("pogum"));
    REQUIRE(f.settled());
    CHECK(model.rowCount() == 0);
    CHECK(include->text() == QStringLiteral("Include services no longer running (1)"));

    // A click on its words ticks it, as on any check box.
    QLabel* words = include->findChild<QLabel*>();
    REQUIRE(words != nullptr);
    QTest::mouseClick(words, Qt::LeftButton);
    REQUIRE(f.settled());
    REQUIRE(model.rowCount() == 1);
    CHECK(model.serviceId(0) == QStringLiteral("svc-kljuc-pogum-2022"));

    // Every ended row says so in the row itself, and is greyed.
    f.window->searchField()->clear();
    REQUIRE(f.settled());
    CHECK(model.rowCount() == 15);
    const QColor grey = QPalette().color(QPalette::Disabled, QPalette::Text);
    for (const QString& id : kEnded) {
        const int row = rowOf(model, id);
        REQUIRE(row >= 0);
        CHECK(model.index(row, ResultsModel::Hours).data().toString() == QStringLiteral("Ended"));
        CHECK(model.index(row, ResultsModel::Name).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("No longer running")));
        CHECK(model.index(row, ResultsModel::Name).data(Qt::ForegroundRole).value<QBrush>().color() == grey);
    }
    // ... and so do the details.
    const int pogum = rowOf(model, kEnded.first());
    f.window->resultsView()->setCurrentIndex(model.index(pogum, 0));
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == kEnded.first(); }));
    REQUIRE(waitUntil([&] {
        return f.window->detailView()->browser()->toPlainText().contains(QStringLiteral("No longer running"));
    }));
    // Unticking it with the keyboard hides them again.
    include->box()->setFocus();
    QTest::keyClick(include->box(), Qt::Key_Space);
    REQUIRE(f.settled());
    CHECK_FALSE(include->isChecked());
    CHECK(model.rowCount() == 12);
}

TEST_CASE("gui: a temporarily closed service stays in the results with a mark in its row")
{
    GuiFixture f;
    const QString id = QStringLiteral("svc-iom-assisted-voluntary-return");
    {
        pathways::db::Connection db(f.dataPath(QStringLiteral("directory.sqlite")));
        db.execute(QStringLiteral("UPDATE service SET status = 'temporarily closed' WHERE id = '%1'").arg(id));
    }
    QTest::keyClicks(f.window->searchField(), QStringLiteral("voluntary"));
    REQUIRE(f.settled());
    const ResultsModel& model = *f.window->resultsModel();
    const int row = rowOf(model, id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, ResultsModel::Hours).data().toString() == QStringLiteral("Temporarily closed"));
    CHECK(model.index(row, ResultsModel::Name).data(Qt::ToolTipRole).toString().contains(
        QStringLiteral("Temporarily closed")));
    // Its details were read at start (it was the first row), before the record changed: another row first.
    const int other = row == 0 ? 1 : 0;
    f.window->resultsView()->setCurrentIndex(model.index(other, 0));
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == model.serviceId(other); }));
    f.window->resultsView()->setCurrentIndex(model.index(row, 0));
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == id; }));
    const bool said = waitUntil([&] {
        return f.window->detailView()->browser()->toPlainText().contains(QStringLiteral("Temporarily closed"));
    });
    INFO(f.window->detailView()->browser()->toPlainText().left(400).toStdString());
    CHECK(said);
}
