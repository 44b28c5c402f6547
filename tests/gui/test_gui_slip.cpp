// Issue 15 in the window, the referral slip: Ctrl+P (or the Referral menu, or a result's context menu) opens a
// dialog for the client's language and an optional note behind the consent gate; the slip is saved as a PDF
// whose text is read back with pdftotext, and the note is never stored. And corrections: reported on a
// service, listed as pending, exported for the coordinator.
#include "GuiFixture.h"
#include "desktop/CorrectionDialog.h"
#include "desktop/CorrectionsDialog.h"
#include "desktop/DetailView.h"
#include "desktop/ReferralActions.h"
#include "desktop/ReferralSlipDialog.h"
#include "desktop/ResultsModel.h"
#include "support/PdfTools.h"
#include "user/CorrectionQueue.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <catch2/catch.hpp>

using pathways::test::GuiFixture;
using pathways::test::waitUntil;
namespace pdf = pathways::test::pdf;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/// Highlights the first result of `text` and waits until the detail pane shows it; its name.
QString highlight(GuiFixture& f, const QString& text)
{
    REQUIRE_FALSE(f.highlightFirst(text).isEmpty());
    return f.window->detailView()->shownRecord().record->summary.name.text;
}

} // namespace

TEST_CASE("gui: Ctrl+P prints a referral slip of the highlighted service, the client's note is never stored")
{
    if (!pdf::haveTool(QStringLiteral("pdftotext"))) {
        WARN("skipped: pdftotext is not installed (poppler-utils; .ci/install-deps)");
        return;
    }
    GuiFixture f;
    const QString name = highlight(f, QStringLiteral("Legebitra"));
    REQUIRE(f.window->resultsView()->hasFocus());
    // What must stay untouched by printing: the user's file and the settings, as they are now.
    f.window->detailView()->flushNote();
    QSettings().sync();
    const QString userFile = f.dataPath(QStringLiteral("user.sqlite"));
    const QString settingsFile = QSettings().fileName();
    const QByteArray userBefore = fileHash(userFile), settingsBefore = fileHash(settingsFile);

    QTest::keyClick(f.window->resultsView(), Qt::Key_P, Qt::ControlModifier);
    auto* dialog = f.window->referralActions()->lastSlipDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->isVisible());
    REQUIRE(dialog->serviceList()->count() == 1);
    CHECK(dialog->serviceList()->item(0)->text() == name); // as the worker sees it

    // The consent gate: a note alone blocks printing until the worker ticks the client's consent.
    const QString note = QStringLiteral("Olena K., Tuesday 10:00");
    dialog->clientLanguage()->setCurrentIndex(dialog->clientLanguage()->findData(QStringLiteral("uk")));
    dialog->workerLanguage()->setCurrentIndex(dialog->workerLanguage()->findData(QStringLiteral("sl")));
    QTest::keyClicks(dialog->clientNote(), note);
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    dialog->clientConsent()->setChecked(true);
    CHECK(dialog->saveButton()->isEnabled());

    const QString pdfPath = f.dir.file(QStringLiteral("slip.pdf"));
    REQUIRE(dialog->saveAsPdf(pdfPath));
    const QString text = pdf::text(pdfPath);
    INFO(text.toStdString());
    CHECK(text.contains(pdf::normalised(QStringLiteral("Направлення")))); // the Ukrainian title
    CHECK(text.contains(pdf::normalised(note)));
    CHECK(text.contains(QStringLiteral("1. "))); // the service, its text in Ukrainian where the directory has it
    CHECK(text.contains(QStringLiteral("Legebitra")));
    dialog->close();
    REQUIRE(waitUntil([&] { return f.window->referralActions()->lastSlipDialog() == nullptr; }));

    QSettings().sync();
    CHECK(fileHash(userFile) == userBefore);
    CHECK(fileHash(settingsFile) == settingsBefore);
    QFile user(userFile);
    REQUIRE(user.open(QIODevice::ReadOnly));
    CHECK_FALSE(user.readAll().contains(note.toUtf8()));
}

TEST_CASE("gui: several services gathered with Ctrl+Shift+P print on one slip, and the list empties after")
{
    if (!pdf::haveTool(QStringLiteral("pdftotext"))) {
        WARN("skipped: pdftotext is not installed (poppler-utils; .ci/install-deps)");
        return;
    }
    GuiFixture f;
    const QString first = highlight(f, QStringLiteral("Legebitra"));
    QTest::keyClick(f.window->resultsView(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    const QString second = highlight(f, QStringLiteral("Blue Dot"));
    REQUIRE(first != second);
    REQUIRE(f.window->referralActions()->gathered().size() == 1);

    QTest::keyClick(f.window->resultsView(), Qt::Key_P, Qt::ControlModifier);
    auto* dialog = f.window->referralActions()->lastSlipDialog();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->serviceList()->count() == 2);
    dialog->clientLanguage()->setCurrentIndex(dialog->clientLanguage()->findData(QStringLiteral("en")));
    dialog->workerLanguage()->setCurrentIndex(0); // none
    CHECK(dialog->saveButton()->isEnabled()); // no note: no consent needed
    const QString pdfPath = f.dir.file(QStringLiteral("two.pdf"));
    REQUIRE(dialog->saveAsPdf(pdfPath));
    const QString text = pdf::text(pdfPath);
    INFO(text.toStdString());
    CHECK(text.contains(pdf::normalised(QStringLiteral("1. ") + first.left(20))));
    CHECK(text.contains(pdf::normalised(QStringLiteral("2. ") + second.left(20))));
    CHECK(f.window->referralActions()->gathered().isEmpty());
    dialog->close();
}

TEST_CASE("gui: Report outdated information queues a correction, listed as pending until exported to JSON")
{
    GuiFixture f;
    highlight(f, QStringLiteral("Legebitra"));
    const auto record = *f.window->detailView()->shownRecord().record;
    bool filled = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<pathways::desktop::CorrectionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->field()->setCurrentIndex(dialog->field()->findData(QStringLiteral("description")));
        QTest::keyClicks(dialog->problem(), QStringLiteral("The project ended in 2020."));
        filled = dialog->okButton()->isEnabled();
        dialog->okButton()->click();
    });
    f.window->referralActions()->reportOutdated();
    REQUIRE(filled);
    auto queue = pathways::user::CorrectionQueue::open(f.dataPath(QStringLiteral("user.sqlite")));
    REQUIRE(queue);
    const auto pending = (*queue)->list(true);
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    CHECK(pending->first().serviceId == record.summary.id);
    CHECK(pending->first().field == QStringLiteral("description"));
    CHECK(pending->first().oldValue == record.description.text); // what the worker saw
    CHECK(pending->first().problem == QStringLiteral("The project ended in 2020."));
    CHECK(pending->first().directoryVersion > 0);

    const QString file = f.dir.file(QStringLiteral("corrections.json"));
    QString stateBefore, stateAfter;
    bool exported = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<pathways::desktop::CorrectionsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        stateBefore = dialog->table()->item(0, 0)->text();
        exported = bool(dialog->exportTo(file));
        stateAfter = dialog->table()->item(0, 0)->text();
        dialog->reject();
    });
    f.window->referralActions()->showCorrections();
    CHECK(stateBefore == QStringLiteral("pending"));
    REQUIRE(exported);
    CHECK(stateAfter.startsWith(QStringLiteral("exported")));
    QFile json(file);
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject item = QJsonDocument::fromJson(json.readAll())
                                 .object()
                                 .value(QStringLiteral("corrections"))
                                 .toArray()
                                 .first()
                                 .toObject();
    CHECK(item.value(QStringLiteral("service_id")).toString() == record.summary.id);
    CHECK(item.value(QStringLiteral("old_value")).toString() == record.description.text);
    CHECK(item.value(QStringLiteral("directory_version")).toInteger() > 0);
}
