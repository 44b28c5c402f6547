// Issue 11 defect 9, last part: in right-to-left text a filter's count stays with its name, at the end of
// the line in the line's direction, and a right-to-left name never drags the count before it.
#include "GuiFixture.h"
#include "desktop/FacetPanel.h"

#include <QApplication>
#include <QListWidget>
#include <QTextLayout>
#include <catch2/catch.hpp>

using pathways::desktop::FacetPanel;
using pathways::test::GuiFixture;
using pathways::test::waitUntil;

namespace {

struct Placement
{
    qreal nameX; // where the name's first letter is drawn
    qreal countX; // where the count's first digit is drawn
};

// Lays `text` out as a list row of that direction draws it, and finds where the name and count land.
Placement place(const QString& text, const QString& name, const QString& count, Qt::LayoutDirection direction)
{
    QTextLayout layout(text, QApplication::font());
    QTextOption option;
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1000);
    layout.endLayout();
    const int nameAt = static_cast<int>(text.indexOf(name));
    const int countAt = static_cast<int>(text.lastIndexOf(count));
    REQUIRE(nameAt >= 0);
    REQUIRE(countAt > nameAt);
    // The middle of a character is inside it whatever the run's direction.
    const auto middle = [&line](int at) { return (line.cursorToX(at) + line.cursorToX(at + 1)) / 2; };
    return {middle(nameAt), middle(countAt)};
}

} // namespace

TEST_CASE("gui: a filter's count follows its name in left-to-right and right-to-left lines")
{
    const QString arabic = QStringLiteral("مساعدة قانونية"); // "legal aid"
    const QString latin = QStringLiteral("Legal aid");
    for (const QString& name : {arabic, latin}) {
        const QString text = FacetPanel::valueText(name, 12);
        INFO(text.toStdString());
        const Placement ltr = place(text, name, QStringLiteral("12"), Qt::LeftToRight);
        CHECK(ltr.countX > ltr.nameX);
        const Placement rtl = place(text, name, QStringLiteral("12"), Qt::RightToLeft);
        CHECK(rtl.countX < rtl.nameX);
        // The brackets stay around the digits, in reading order.
        CHECK(text.endsWith(QStringLiteral("(12)")));
    }
}

TEST_CASE("gui: with a right-to-left layout the filter lists draw their counts at the end of each line")
{
    GuiFixture f;
    f.window->setLayoutDirection(Qt::RightToLeft);
    QListWidget* categories = nullptr;
    for (auto* list : f.window->facetPanel()->findChildren<QListWidget*>())
        if (list->accessibleName() == QLatin1String("Category filter"))
            categories = list;
    REQUIRE(categories != nullptr);
    REQUIRE(waitUntil([&] { return categories->count() > 0; }));
    CHECK(categories->layoutDirection() == Qt::RightToLeft);
    for (int i = 0; i < categories->count(); ++i) {
        const QString text = categories->item(i)->text();
        const QString count = text.section(QLatin1Char('('), -1).chopped(1);
        const QString name = text.section(QChar(0x2068), 1).section(QChar(0x2069), 0, 0);
        INFO(text.toStdString());
        REQUIRE_FALSE(name.isEmpty());
        const Placement rtl = place(text, name, count, Qt::RightToLeft);
        CHECK(rtl.countX < rtl.nameX);
    }
    f.window->setLayoutDirection(Qt::LeftToRight);
}
