// Defect 2 of issue 11: service names can be read, in every interface language.
#include "GuiFixture.h"
#include "desktop/ResultsModel.h"
#include "desktop/TranslationLoader.h"

#include <QHeaderView>
#include <QSet>
#include <QTableView>
#include <catch2/catch.hpp>

using pathways::desktop::ResultsModel;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {

/// The text a cell of the Name column paints: the name elided to the column as the view's delegate does.
QString paintedName(const QTableView& view, int row)
{
    const QModelIndex index = view.model()->index(row, ResultsModel::Name);
    const QFont font = index.data(Qt::FontRole).value<QFont>();
    const int margins = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
    return QFontMetrics(font).elidedText(index.data().toString(), view.textElideMode(),
                                         view.columnWidth(ResultsModel::Name) - margins);
}

} // namespace

TEST_CASE("gui: the service name is the widest column and names stay distinguishable in en, sl and uk")
{
    GuiFixture f;
    pathways::desktop::TranslationLoader loader;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sl"), QStringLiteral("uk")}) {
        INFO(language.toStdString());
        REQUIRE(loader.apply(language) == language);
        QTest::qWait(50);
        for (const QSize size : {QSize(1366, 768), QSize(1024, 600)}) {
            INFO(size.width());
            f.window->resize(size);
            QTest::qWait(50);
            const QTableView* view = f.window->resultsView();
            const int nameWidth = view->columnWidth(ResultsModel::Name);
            for (int column = 0; column < ResultsModel::ColumnCount; ++column)
                if (column != ResultsModel::Name && !view->isColumnHidden(column))
                    CHECK(view->columnWidth(column) < nameWidth);
            CHECK(nameWidth >= view->viewport()->width() / 3);
            // Every row reads differently: no two "Daily Centre f…" that only the hidden part tells apart.
            const ResultsModel& model = *f.window->resultsModel();
            QSet<QString> painted;
            QSet<QString> names;
            for (int row = 0; row < model.rowCount(); ++row) {
                painted.insert(paintedName(*view, row));
                names.insert(model.rows().at(row).name.text);
                // The whole name is in the tooltip and the accessible name.
                const QModelIndex index = model.index(row, ResultsModel::Name);
                CHECK(index.data(Qt::ToolTipRole).toString().startsWith(model.rows().at(row).name.text));
                CHECK(index.data(Qt::AccessibleTextRole).toString() == model.rows().at(row).name.text);
            }
            CHECK(painted.size() == names.size());
        }
    }
    loader.apply(QStringLiteral("en"));
}

TEST_CASE("gui: a short name is shown whole at 1366x768")
{
    GuiFixture f;
    const QTableView* view = f.window->resultsView();
    const ResultsModel& model = *f.window->resultsModel();
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.rows().at(row).name.text == QLatin1String("Assisted voluntary return"))
            CHECK(paintedName(*view, row) == QLatin1String("Assisted voluntary return"));
}
