// The real window, driven with key clicks under the offscreen platform.
#include "GuiFixture.h"
#include "desktop/DetailHtml.h"
#include "desktop/DetailView.h"
#include "desktop/DirectoryBanner.h"
#include "desktop/FacetPanel.h"
#include "desktop/ResultsModel.h"
#include "desktop/TranslationLoader.h"
#include "desktop/WrappingCheckBox.h"
#include "user/UserStore.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <catch2/catch.hpp>

using pathways::desktop::ResultsModel;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {
QStringList shownIds(const ResultsModel& model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.serviceId(row);
    return ids;
}
} // namespace

TEST_CASE("gui: the window starts on the default directory with the search field focused")
{
    GuiFixture f;
    CHECK(f.window->resultsModel()->rowCount() == 12);
    CHECK(waitUntil([&] { return f.window->searchField()->hasFocus(); }, 2000));
    CHECK(f.window->banner()->isVisible()); // demonstration data is announced
    CHECK(f.window->directoryInfo().sequence >= 1);
}

TEST_CASE("gui: typing a query shows ranked results without blocking")
{
    GuiFixture f;
    QAbstractItemModelTester tester(f.window->resultsModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTest::keyClicks(f.window->searchField(), QStringLiteral("blue dot"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() >= 1);
    CHECK(f.window->resultsModel()->serviceId(0) == QStringLiteral("svc-pic-mobile-blue-dot"));
    // Cyrillic finds the Latin record.
    f.window->searchField()->clear();
    f.window->searchField()->setText(QStringLiteral("Марибор")); // QTest types ASCII only
    REQUIRE(f.settled());
    CHECK(shownIds(*f.window->resultsModel())
              .contains(QStringLiteral("svc-filantropija-daily-centre-maribor")));
    // Esc clears the field and lists everything again.
    QTest::keyClick(f.window->searchField(), Qt::Key_Escape);
    CHECK(f.window->searchField()->text().isEmpty());
    REQUIRE(f.settled());
    CHECK(f.window->resultsModel()->rowCount() == 12);
}

TEST_CASE("gui: toggling a facet filters the results and can be undone")
{
    GuiFixture f;
    f.showAllFilters();
    const auto lists = f.window->facetPanel()->findChildren<QListWidget*>();
    REQUIRE(lists.size() == 4);
    QListWidget* categories = lists.at(0);
    QListWidgetItem* hotline = nullptr;
    for (int i = 0; i < categories->count(); ++i)
        if (categories->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("hotline"))
            hotline = categories->item(i);
    REQUIRE(hotline != nullptr);
    hotline->setCheckState(Qt::Checked);
    REQUIRE(f.settled());
    CHECK(shownIds(*f.window->resultsModel()) == QStringList{QStringLiteral("svc-luhansk-gbv-hotline")});
    CHECK(f.window->facetPanel()->filters().categories == QStringList{QStringLiteral("hotline")});
    // The active-filter button removes it in one click.
    // The bar is rebuilt after the answer is shown (a queued layout): wait for the button, do not race it.
    QToolButton* remove = nullptr;
    waitUntil([&] {
        for (auto* button : f.window->findChildren<QToolButton*>())
            if (button->accessibleName().startsWith(QLatin1String("Remove filter")) && button->isVisible())
                remove = button;
        return remove != nullptr;
    });
    REQUIRE(remove != nullptr);
    QTest::mouseClick(remove, Qt::LeftButton);
    REQUIRE(f.settled());
    CHECK(f.window->resultsModel()->rowCount() == 12);
}

TEST_CASE("gui: arrow keys move and Enter opens the details")
{
    GuiFixture f;
    QTest::keyClicks(f.window->searchField(), QStringLiteral("daily centre"));
    REQUIRE(f.settled());
    REQUIRE(f.window->resultsModel()->rowCount() >= 2);
    QTest::keyClick(f.window->searchField(), Qt::Key_Down);
    CHECK(f.window->resultsView()->hasFocus());
    QTest::keyClick(f.window->resultsView(), Qt::Key_Down);
    const QString second = f.window->resultsModel()->serviceId(1);
    QTest::keyClick(f.window->resultsView(), Qt::Key_Return);
    REQUIRE(waitUntil([&] { return f.window->detailView()->serviceId() == second; }));
    const QString html = f.window->detailView()->browser()->toPlainText();
    CHECK(html.contains(QStringLiteral("Demonstration data")));
    CHECK(html.contains(QStringLiteral("Opening hours")));
    CHECK(html.contains(QStringLiteral("Source:")));
    // Ctrl+K returns to the search field.
    QTest::keyClick(f.window->resultsView(), Qt::Key_K, Qt::ControlModifier);
    CHECK(f.window->searchField()->hasFocus());
}

TEST_CASE("gui: notes and favourites are stored in user.sqlite")
{
    GuiFixture f;
    QTest::keyClicks(f.window->searchField(), QStringLiteral("Legebitra"));
    REQUIRE(f.settled());
    f.window->resultsView()->setCurrentIndex(f.window->resultsModel()->index(0, 0));
    REQUIRE(waitUntil([&] { return !f.window->detailView()->serviceId().isEmpty(); }));
    QTest::keyClicks(f.window->detailView()->notes(), QStringLiteral("Ask for the counsellor"));
    f.window->detailView()->flushNote();
    QTest::mouseClick(f.window->detailView()->favouriteButton(), Qt::LeftButton);
    CHECK(f.window->detailView()->favouriteButton()->isChecked());
    auto store = pathways::user::UserStore::open(f.dataPath(QStringLiteral("user.sqlite")));
    REQUIRE(store);
    const QString id = f.window->detailView()->serviceId();
    CHECK((*store)->note(id).value_or(QString()) == QStringLiteral("Ask for the counsellor"));
    CHECK((*store)->isFavourite(id).value_or(false));
}

TEST_CASE("gui: the interface language switches at run time")
{
    GuiFixture f;
    const QString english = f.window->windowTitle();
    pathways::desktop::TranslationLoader loader;
    REQUIRE(loader.apply(QStringLiteral("uk")) == QStringLiteral("uk"));
    CHECK(waitUntil([&] { return f.window->windowTitle() != english; }, 3000));
    const QString placeholder = f.window->searchField()->placeholderText();
    CHECK((placeholder.contains(QChar(0x0456)) || placeholder.contains(QChar(0x0438)))); // і or и: Ukrainian
    REQUIRE(loader.apply(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(waitUntil([&] { return f.window->windowTitle() == english; }, 3000));
}

TEST_CASE("gui: the results model passes QAbstractItemModelTester with real rows")
{
    GuiFixture f;
    ResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows({});
    QList<pathways::desktop::ResultRow> rows;
    for (int row = 0; row < f.window->resultsModel()->rowCount(); ++row)
        rows << f.window->resultsModel()->rows().at(row);
    model.setRows(rows);
    CHECK(model.rowCount() == 12);
    // Missing hours and verification are quiet dashes on screen, words for a screen reader.
    CHECK(model.data(model.index(0, ResultsModel::Verified)).toString() == QStringLiteral("\u2013"));
    CHECK(model.data(model.index(0, ResultsModel::Hours)).toString() == QStringLiteral("\u2013"));
    CHECK(model.data(model.index(0, ResultsModel::Verified), Qt::AccessibleTextRole).toString() ==
          QStringLiteral("No person has confirmed this record yet."));
    CHECK(model.data(model.index(0, ResultsModel::Hours), Qt::AccessibleTextRole).toString() ==
          QStringLiteral("The record gives no opening hours."));
}

TEST_CASE("gui: every filter checkbox has a visible label")
{
    GuiFixture f;
    for (auto* box : f.window->facetPanel()->findChildren<QCheckBox*>()) {
        INFO(box->objectName().toStdString());
        // A long label wraps beside its box (WrappingCheckBox): the words are there, not in the box.
        const auto* wrapping = qobject_cast<const pathways::desktop::WrappingCheckBox*>(box->parentWidget());
        CHECK_FALSE((wrapping ? wrapping->text() : box->text()).isEmpty());
    }
}

TEST_CASE("gui: the shipped translations cover every interface string")
{
    // lrelease drops unfinished entries: a string added without a translation shows in English.
    for (const QString& language : {QStringLiteral("sl"), QStringLiteral("uk")}) {
        QFile ts(QStringLiteral(PATHWAYS_SOURCE_DIR "/translations/pathways_") + language +
                 QStringLiteral(".ts"));
        REQUIRE(ts.open(QIODevice::ReadOnly));
        INFO(language.toStdString());
        CHECK_FALSE(ts.readAll().contains("type=\"unfinished\""));
    }
}

TEST_CASE("gui: opening hours read 09:00-16:00 without seconds, whatever the locale")
{
    pathways::desktop::RecordResponse response;
    response.record = pathways::directory::ServiceRecord{};
    pathways::schedule::DayHours monday;
    monday.date = QDate(2026, 11, 23);
    monday.known = true;
    monday.intervals = {{QTime(9, 0), QTime(16, 30)}};
    response.week = {monday};
    const QLocale before;
    for (const QLocale& locale : {QLocale::c(), QLocale(QLocale::English, QLocale::UnitedKingdom)}) {
        INFO(locale.name().toStdString());
        QLocale::setDefault(locale);
        const QString html = pathways::desktop::DetailHtml::render(response, QDate(2026, 11, 23));
        CHECK(html.contains(QStringLiteral("09:00–16:30")));
        CHECK_FALSE(html.contains(QStringLiteral(":00:00")));
    }
    QLocale::setDefault(before);
}
