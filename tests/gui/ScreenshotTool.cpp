// pathways-screenshots OUTDIR: renders the window as a newcomer sees it (offscreen), for docs/screenshots.
// Uses a scratch data folder, so it shows the embedded default directory.
#include "api/PrepareDataFolder.h"
#include "desktop/DetailView.h"
#include "desktop/MainWindow.h"
#include "desktop/ResultsModel.h"
#include "desktop/UpdateDialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>

namespace {

void waitFor(const std::function<bool()>& condition, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 20);
}

bool save(QWidget* widget, const QString& path)
{
    QApplication::processEvents();
    return widget->grab().save(path);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathways-screenshots"));
    QApplication::setApplicationName(QStringLiteral("pathways-screenshots"));
    if (qEnvironmentVariableIsSet("PATHWAYS_SCREENSHOT_DARK")) {
        // A dark system palette, as a user with dark mode would have: checks our fixed colours stay readable.
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, Qt::white);
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        dark.setColor(QPalette::Text, Qt::white);
        dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        dark.setColor(QPalette::ButtonText, Qt::white);
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        QApplication::setPalette(dark);
    }
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    const QString query = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("legal");
    QDir().mkpath(out);
    // A fresh folder (the built-in directory) unless PATHWAYS_DATA_DIR names one to look at.
    QTemporaryDir data;
    const QString folder = qEnvironmentVariable("PATHWAYS_DATA_DIR", data.path());
    const pathways::directory::DataFolder dataFolder(folder);
    if (!pathways::api::prepareDataFolder(dataFolder))
        return 2;
    pathways::desktop::MainWindow window(dataFolder, {QStringLiteral("en")});
    window.resize(1366, 768);
    window.show();
    waitFor([&] { return window.answersShown() > 0 && window.searchSettled(); });
    bool ok = save(&window, out + QStringLiteral("/main-window.png"));

    window.searchField()->setText(query);
    waitFor([&] { return window.searchSettled(); });
    window.resultsView()->setCurrentIndex(window.resultsModel()->index(0, 0));
    waitFor([&] { return window.detailView()->serviceId() == window.resultsModel()->serviceId(0); });
    ok = save(&window, out + QStringLiteral("/search-and-detail.png")) && ok;
    ok = save(window.detailView(), out + QStringLiteral("/detail-pane.png")) && ok;

    pathways::desktop::UpdateDialog dialog(QStringLiteral("forged-update.pathways"));
    pathways::desktop::UpdateResult refused;
    refused.headline =
        QCoreApplication::translate("UpdateController", "Not genuine: not signed by a publisher you trust");
    refused.detail = QStringLiteral("step 3 (signature): key 8C1F2E9A7D3B4C56 is not in the trust store");
    dialog.showResult(refused);
    dialog.show();
    ok = save(&dialog, out + QStringLiteral("/update-refused.png")) && ok;
    return ok ? 0 : 1;
}
