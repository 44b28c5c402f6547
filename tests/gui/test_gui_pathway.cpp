// Issue 15 in the window, the printable referral pathway: Referral → Printable referral pathway… opens a
// dialog for places, categories, language and paper that says how many services the booklet will hold; the
// booklet saved as PDF holds exactly the services the directory has for that choice, and the directory's
// publisher, version and date on every page.
#include "GuiFixture.h"
#include "api/DirectoryReader.h"
#include "desktop/PathwayDialog.h"
#include "desktop/ReferralActions.h"
#include "render/ReferralSlip.h"
#include "support/PdfTools.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <catch2/catch.hpp>

using pathways::test::GuiFixture;
using pathways::test::waitUntil;
namespace pdf = pathways::test::pdf;
using namespace pathways;

namespace {

void tick(QListWidget* list, const QString& value)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == value) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    FAIL("no item " << value.toStdString());
}

QAction* menuAction(QMenu* menu, const QString& textPart)
{
    for (QAction* action : menu->actions())
        if (action->text().remove(QLatin1Char('&')).contains(textPart))
            return action;
    return nullptr;
}

} // namespace

TEST_CASE("gui: the printable referral pathway of a place and two categories saved as PDF from the Referral menu")
{
    if (!pdf::haveTool(QStringLiteral("pdftotext"))) {
        WARN("skipped: pdftotext is not installed (poppler-utils; .ci/install-deps)");
        return;
    }
    GuiFixture f;
    QAction* open = menuAction(f.window->referralActions()->menu(), QStringLiteral("Printable referral pathway"));
    REQUIRE(open != nullptr);
    open->trigger();
    auto* dialog = f.window->referralActions()->lastPathwayDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(waitUntil([&] { return dialog->isVisible(); }));
    // All by default, with a count, and the lists greyed until "all" is unticked.
    CHECK(dialog->allPlaces()->isChecked());
    CHECK_FALSE(dialog->placeList()->isEnabled());
    CHECK(dialog->sizeLabel()->text().startsWith(QStringLiteral("The booklet will list ")));
    CHECK(dialog->saveButton()->isEnabled());

    const QString place = QStringLiteral("Ljubljana");
    const QStringList categories{QStringLiteral("voluntary-return"), QStringLiteral("legal-aid")};
    dialog->allPlaces()->setChecked(false);
    CHECK_FALSE(dialog->saveButton()->isEnabled()); // nothing ticked yet
    CHECK(dialog->sizeLabel()->text().contains(QStringLiteral("Tick at least one")));
    tick(dialog->placeList(), place);
    dialog->allCategories()->setChecked(false);
    for (const QString& code : categories)
        tick(dialog->categoryList(), code);
    dialog->language()->setCurrentIndex(dialog->language()->findData(QStringLiteral("en")));
    dialog->paper()->setCurrentIndex(dialog->paper()->findData(int(render::Paper::A4)));

    // What the directory holds for that choice, asked independently through the read API.
    auto reader = api::DirectoryReader::open(directory::DataFolder(f.dataPath(QString())));
    REQUIRE(reader);
    QStringList expected, otherHere;
    search::SearchQuery all;
    all.municipality = place;
    const auto here = (*reader)->search((*reader)->resolve(all).value(), {});
    REQUIRE(here);
    for (const auto& row : here->rows)
        otherHere << row.name.text;
    for (const QString& code : categories) {
        search::SearchQuery query = all;
        query.categories = {code};
        const auto page = (*reader)->search((*reader)->resolve(query).value(), {});
        REQUIRE(page);
        for (const auto& row : page->rows)
            if (!expected.contains(row.name.text))
                expected << row.name.text;
    }
    for (const QString& name : expected)
        otherHere.removeAll(name);
    REQUIRE(expected.size() >= 2);
    REQUIRE_FALSE(otherHere.isEmpty()); // the place has services the choice leaves out
    // "service(s)" under a C locale, where the English plural forms are not loaded.
    CHECK(dialog->sizeLabel()->text().startsWith(QStringLiteral("The booklet will list %1 service").arg(expected.size())));
    CHECK(dialog->sizeLabel()->text().contains(QStringLiteral(" in 2 categor")));
    REQUIRE(dialog->saveButton()->isEnabled());

    const QString out = f.dir.file(QStringLiteral("pathway.pdf"));
    REQUIRE(dialog->saveAsPdf(out));
    const QString text = pdf::text(out);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Referral pathway")));
    CHECK(text.contains(place));
    CHECK(text.contains(QStringLiteral("Legal aid")));
    CHECK(text.contains(QStringLiteral("Voluntary return")));
    CHECK_FALSE(text.contains(QStringLiteral("Family reunification")));
    for (const QString& name : expected)
        CHECK(text.contains(pdf::normalised(name).left(30)));
    for (const QString& name : otherHere)
        CHECK_FALSE(text.contains(pdf::normalised(name).left(30)));
    // The footer on every page: publisher, version, date printed, page n / total.
    const auto status = (*reader)->status();
    REQUIRE(status);
    const int pages = pdf::pageCount(out);
    REQUIRE(pages >= 2);
    CHECK(text.count(QStringLiteral("Directory: ") + status->publisher) == pages);
    CHECK(text.count(QStringLiteral("version %1").arg(status->sequence)) == pages);
    CHECK(text.count(QStringLiteral("Printed: ") + QDate::currentDate().toString(Qt::ISODate)) == pages);
    CHECK(text.contains(QStringLiteral("Page %1 / %1").arg(pages)));
    dialog->close();
}

TEST_CASE("gui: a pathway choice that matches nothing says so and cannot be printed")
{
    GuiFixture f;
    f.window->referralActions()->printPathway();
    auto* dialog = f.window->referralActions()->lastPathwayDialog();
    REQUIRE(dialog != nullptr);
    dialog->allPlaces()->setChecked(false);
    tick(dialog->placeList(), QStringLiteral("Maribor"));
    dialog->allCategories()->setChecked(false);
    tick(dialog->categoryList(), QStringLiteral("voluntary-return"));
    CHECK(dialog->sizeLabel()->text() == QStringLiteral("No service matches this choice: the booklet would be empty."));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    dialog->close();
}
