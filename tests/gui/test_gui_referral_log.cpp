// Issue 15 in the window, the optional referral log: off by default, and then printing a slip leaves
// user.sqlite as it was; turned on in Referral → Referral log…, every slip and every "Log referral" adds one
// entry per service (day, service, category from the directory) and never the client's note; counted per
// month and category, exported as CSV; turning it off asks whether to keep or delete the entries.
#include "GuiFixture.h"
#include "api/DirectoryReader.h"
#include "desktop/DetailView.h"
#include "desktop/ReferralActions.h"
#include "desktop/ReferralLogDialog.h"
#include "desktop/ReferralSlipDialog.h"
#include "desktop/ResultsModel.h"
#include "support/TempDir.h"
#include "user/ReferralLog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <catch2/catch.hpp>

using pathways::test::GuiFixture;
using pathways::test::waitUntil;
using namespace pathways;

namespace {

/// Every file of the data folder except the directory's own: user.sqlite with its -wal and -shm.
QByteArray userBytes(const GuiFixture& f)
{
    QByteArray bytes;
    const QDir data(f.dataPath(QString()));
    for (const QString& name : data.entryList({QStringLiteral("user.sqlite*")}, QDir::Files, QDir::Name)) {
        QFile file(data.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            bytes += name.toUtf8() + '\0' + file.readAll();
    }
    return bytes;
}

QString highlight(GuiFixture& f, const QString& text)
{
    const QString id = f.highlightFirst(text);
    REQUIRE_FALSE(id.isEmpty());
    return id;
}

/// Gathers both services, prints them on a slip with the client's note (consent ticked), saved as PDF.
void printSlip(GuiFixture& f, const QStringList& searches, const QString& note, const QString& pdf)
{
    for (const QString& text : searches.mid(0, searches.size() - 1)) {
        highlight(f, text);
        f.window->referralActions()->addToSlip(); // Ctrl+Shift+P (test_gui_slip presses the keys)
    }
    highlight(f, searches.last());
    f.window->referralActions()->printSlip(); // Ctrl+P
    auto* dialog = f.window->referralActions()->lastSlipDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->serviceList()->count() == searches.size());
    QTest::keyClicks(dialog->clientNote(), note);
    dialog->clientConsent()->setChecked(true);
    REQUIRE(dialog->saveAsPdf(pdf));
    dialog->close();
    REQUIRE(waitUntil([&] { return f.window->referralActions()->lastSlipDialog() == nullptr; }));
}

desktop::ReferralLogDialog* openLog(GuiFixture& f)
{
    f.window->referralActions()->showReferralLog();
    auto* dialog = f.window->referralActions()->lastLogDialog();
    REQUIRE(dialog != nullptr);
    return dialog;
}

} // namespace

TEST_CASE("gui: the referral log writes nothing while off and when on logs day and service and category but never the note")
{
    GuiFixture f;
    const QString userFile = f.dataPath(QStringLiteral("user.sqlite"));
    const QString note = QStringLiteral("Olena K., born 1988");

    // Off by default: the switch says so, and a slip leaves user.sqlite (and its journal) byte for byte.
    auto* log = openLog(f);
    CHECK_FALSE(log->enabledBox()->isChecked());
    CHECK(log->totalLabel()->text() == QStringLiteral("No referrals logged."));
    log->close();
    f.window->detailView()->flushNote();
    const QByteArray before = userBytes(f);
    printSlip(f, {QStringLiteral("Legebitra"), QStringLiteral("Blue Dot")}, note, f.dir.file(QStringLiteral("off.pdf")));
    CHECK(userBytes(f) == before);
    CHECK_FALSE(user::ReferralLog::isEnabled(userFile).value());

    // On: the same slip logs one entry per service.
    log = openLog(f);
    log->enabledBox()->click();
    CHECK(log->enabledBox()->isChecked());
    log->close();
    CHECK(user::ReferralLog::isEnabled(userFile).value());
    printSlip(f, {QStringLiteral("Legebitra"), QStringLiteral("Blue Dot")}, note, f.dir.file(QStringLiteral("on.pdf")));
    auto entries = user::ReferralLog::open(userFile).value()->list();
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    auto reader = api::DirectoryReader::open(directory::DataFolder(f.dataPath(QString())));
    REQUIRE(reader);
    for (const auto& entry : *entries) {
        const auto details = (*reader)->details(entry.serviceId, {});
        REQUIRE(details);
        CHECK(entry.day == QDate::currentDate());
        CHECK(entry.serviceName == details->record.summary.name.text);
        CHECK(entry.category == details->record.summary.categories.value(0).code);
    }
    // The note is nowhere in the user file, its journal or the exported CSV.
    CHECK_FALSE(userBytes(f).contains(note.toUtf8()));
    CHECK_FALSE(userBytes(f).contains(QByteArrayLiteral("Olena")));

    // "Log referral" on the highlighted service adds one more.
    const QString third = highlight(f, QStringLiteral("Legebitra"));
    f.window->referralActions()->logReferral();
    entries = user::ReferralLog::open(userFile).value()->list();
    REQUIRE(entries->size() == 3);
    CHECK(entries->last().serviceId == third);

    // The log dialog counts them per month and category, and exports the CSV.
    log = openLog(f);
    CHECK(log->totalLabel()->text().startsWith(QStringLiteral("3 referral"))); // "referrals" once plurals load
    int counted = 0;
    for (int row = 0; row < log->table()->rowCount(); ++row) {
        CHECK(log->table()->item(row, 0)->text().endsWith(QString::number(QDate::currentDate().year())));
        counted += log->table()->item(row, 2)->text().toInt();
    }
    CHECK(counted == 3);
    const QString csv = f.dir.file(QStringLiteral("log.csv"));
    REQUIRE(log->exportTo(csv));
    const QByteArray exported = test::readFile(csv);
    CHECK(exported.startsWith("date,service_id,service_name,category,category_name\r\n"));
    CHECK(exported.count("\r\n") == 4);
    for (const auto& entry : *entries)
        CHECK(exported.contains((entry.day.toString(Qt::ISODate) + QLatin1Char(',') + entry.serviceId + QLatin1Char(',')).toUtf8()));
    CHECK_FALSE(exported.contains(QByteArrayLiteral("Olena")));

    // Turning it off asks: keep or delete. Delete empties the log and the switch stays off.
    bool asked = false;
    QTimer::singleShot(0, [&] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text().contains(QStringLiteral("3 referral"));
        for (QAbstractButton* button : box->buttons())
            if (button->text().remove(QLatin1Char('&')) == QLatin1String("Delete them"))
                button->click();
    });
    log->enabledBox()->click();
    CHECK(asked);
    CHECK_FALSE(log->enabledBox()->isChecked());
    CHECK(log->totalLabel()->text() == QStringLiteral("No referrals logged."));
    log->close();
    CHECK_FALSE(user::ReferralLog::isEnabled(userFile).value());
    CHECK(user::ReferralLog::open(userFile).value()->list().value().isEmpty());
}

TEST_CASE("gui: turning the referral log off can keep its entries for a later export")
{
    GuiFixture f;
    const QString userFile = f.dataPath(QStringLiteral("user.sqlite"));
    auto* log = openLog(f);
    log->enabledBox()->click();
    log->close();
    highlight(f, QStringLiteral("Legebitra"));
    f.window->referralActions()->logReferral();
    REQUIRE(user::ReferralLog::open(userFile).value()->list().value().size() == 1);

    log = openLog(f);
    QTimer::singleShot(0, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            for (QAbstractButton* button : box->buttons())
                if (button->text().remove(QLatin1Char('&')) == QLatin1String("Keep them"))
                    button->click();
    });
    log->enabledBox()->click();
    CHECK_FALSE(log->enabledBox()->isChecked());
    CHECK(log->totalLabel()->text().startsWith(QStringLiteral("1 referral"))); // kept, still exportable
    CHECK(log->exportButton()->isEnabled());
    log->close();
    // Off again: "Log referral" only says how to turn it on, and adds nothing.
    f.window->referralActions()->logReferral();
    CHECK(user::ReferralLog::open(userFile).value()->list().value().size() == 1);
}
