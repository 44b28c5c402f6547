// Defect 5 of issue 11: the window fits small and scaled screens. These tests are hidden from the normal
// run; ctest runs them on a 1024x600 screen and on 1366x768 at scale 1.5 (tests/gui/CMakeLists.txt).
#include "GuiFixture.h"
#include "api/PrepareDataFolder.h"
#include "desktop/DetailView.h"
#include "desktop/TranslationLoader.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <catch2/catch.hpp>

using pathways::test::waitUntil;

namespace {

QRect globalRect(const QWidget* widget)
{
    return {widget->mapToGlobal(QPoint(0, 0)), widget->size()};
}

void checkInsideAndWhole(const QWidget* widget, const QRect& screen)
{
    INFO(widget->metaObject()->className() << " '" << widget->accessibleName().toStdString() << "'");
    REQUIRE(widget->isVisible());
    CHECK(screen.contains(globalRect(widget)));
    // Not clipped: nothing of it is cut off by its parents, and it has at least the size it needs; a text
    // area scrolls, so it needs room for three lines of text.
    CHECK(widget->visibleRegion().boundingRect() == widget->rect());
    CHECK(widget->width() >= widget->minimumSizeHint().width());
    if (qobject_cast<const QAbstractScrollArea*>(widget) && !qobject_cast<const QAbstractItemView*>(widget))
        CHECK(widget->height() >= 3 * widget->fontMetrics().lineSpacing());
    else
        CHECK(widget->height() >= widget->minimumSizeHint().height());
}

} // namespace

TEST_CASE("gui: on a small or scaled screen the window fits and every control is inside and whole",
          "[.screen]")
{
    QSettings().clear();
    pathways::test::TempDir dir;
    const pathways::directory::DataFolder folder(dir.file(QStringLiteral("data")));
    REQUIRE(pathways::api::prepareDataFolder(folder)); // as main() does
    pathways::desktop::MainWindow window(folder, QStringList{QStringLiteral("en")});
    window.show();
    REQUIRE(waitUntil([&] { return window.answersShown() > 0 && window.searchSettled(); }));
    const QRect screen = window.screen()->availableGeometry();
    INFO("screen " << screen.width() << "x" << screen.height());
    REQUIRE(screen.width() < pathways::desktop::MainWindow::kStackedBelowWidth);
    pathways::desktop::TranslationLoader loader;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sl"), QStringLiteral("uk")}) {
        INFO(language.toStdString());
        REQUIRE(loader.apply(language) == language);
        QTest::qWait(100);
        CHECK(screen.contains(window.frameGeometry()));
        CHECK(window.detailsBelowResults());
        const QList<const QWidget*> controls{window.searchField(),
                                             window.findChild<QComboBox*>(),
                                             window.findChild<QLabel*>(QStringLiteral("count")),
                                             window.facetPanel()->parentWidget()->parentWidget(),
                                             window.resultsView(),
                                             window.detailView()->browser(),
                                             window.detailView()->favouriteButton(),
                                             window.detailView()->notes(),
                                             window.statusBar(),
                                             window.menuBar()};
        for (const QWidget* control : controls)
            checkInsideAndWhole(control, screen);
        // The count and the sort order read whole; nothing needs sideways scrolling.
        const auto* count = window.findChild<QLabel*>(QStringLiteral("count"));
        CHECK(count->width() >= count->sizeHint().width());
        const auto* sort = window.findChild<QComboBox*>();
        CHECK(sort->width() >= sort->sizeHint().width());
        CHECK_FALSE(window.resultsView()->horizontalScrollBar()->isVisible());
        CHECK_FALSE(window.detailView()->browser()->horizontalScrollBar()->isVisible());
    }
    loader.apply(QStringLiteral("en"));
    window.close();
    QSettings().clear();
}
