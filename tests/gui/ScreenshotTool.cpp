// pathways-screenshots OUTDIR: renders the window as a newcomer sees it (offscreen), for docs/screenshots.
// Uses a scratch data folder, so it shows the embedded default directory; en, sl and uk, at the size of the
// (offscreen) screen it runs on.
#include "api/PrepareDataFolder.h"
#include "desktop/DetailView.h"
#include "desktop/MainWindow.h"
#include "desktop/PathwayDialog.h"
#include "desktop/ReferralActions.h"
#include "desktop/ReferralLogDialog.h"
#include "desktop/ResultsModel.h"
#include "UpdateScreens.h"
#include "api/DirectoryReader.h"
#include "api/ReferralLogging.h"
#include "user/ReferralLog.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPalette>
#include <QScreen>
#include <QSettings>
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
    // The window fills the screen it is given (render.sh chooses 1366x768 and 1024x600), in each language,
    // with the service texts in that language first.
    const QSize screen = QGuiApplication::primaryScreen()->availableGeometry().size();
    const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
    bool ok = true;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sl"), QStringLiteral("uk")}) {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("ui/language"), language);
        pathways::desktop::MainWindow window(dataFolder, {});
        window.resize(screen);
        window.show();
        waitFor([&] { return window.answersShown() > 0 && window.searchSettled(); });
        const QString suffix = QLatin1Char('-') + language + QLatin1Char('-') + size + QStringLiteral(".png");
        ok = save(&window, out + QStringLiteral("/main-window") + suffix) && ok;
        window.searchField()->setText(query);
        waitFor([&] { return window.searchSettled(); });
        window.resultsView()->setFocus();
        waitFor([&] { return window.detailView()->serviceId() == window.resultsModel()->serviceId(0); });
        ok = save(&window, out + QStringLiteral("/search-and-detail") + suffix) && ok;
        if (language != QLatin1String("sl") && screen.width() < 1366) {
            // The referral dialogs on the small screen, where space is short: the pathway for one place, and
            // the referral log with two referrals in it.
            window.referralActions()->printPathway();
            auto* pathway = window.referralActions()->lastPathwayDialog();
            pathway->allPlaces()->setChecked(false);
            for (int i = 0; i < pathway->placeList()->count(); ++i)
                if (pathway->placeList()->item(i)->data(Qt::UserRole) == QStringLiteral("Ljubljana"))
                    pathway->placeList()->item(i)->setCheckState(Qt::Checked);
            ok = save(pathway, out + QStringLiteral("/pathway-dialog") + suffix) && ok;
            pathway->close();
            if (auto log = pathways::user::ReferralLog::open(dataFolder.userDatabasePath()); log && (*log)->setEnabled(true))
                if (auto reader = pathways::api::DirectoryReader::open(dataFolder))
                    (void)pathways::api::ReferralLogging::record(
                        dataFolder.userDatabasePath(), **reader,
                        {window.resultsModel()->serviceId(0), window.resultsModel()->serviceId(1)}, {language});
            window.referralActions()->showReferralLog();
            ok = save(window.referralActions()->lastLogDialog(), out + QStringLiteral("/referral-log") + suffix) && ok;
            window.referralActions()->lastLogDialog()->close();
            if (auto log = pathways::user::ReferralLog::open(dataFolder.userDatabasePath()); log) {
                (void)(*log)->clear();
                (void)(*log)->setEnabled(false);
            }
        }
        window.searchField()->setText(QStringLiteral("zzz ") + query);
        waitFor([&] { return window.searchSettled(); });
        ok = save(&window, out + QStringLiteral("/no-results") + suffix) && ok;
        if (language == QLatin1String("en") && screen.width() >= 1366) {
            window.searchField()->setText(query);
            waitFor([&] { return window.detailView()->serviceId() == window.resultsModel()->serviceId(0); });
            ok = save(window.detailView(), out + QStringLiteral("/detail-pane.png")) && ok;
        }
        window.close();
    }
    QSettings().clear();
    if (screen.width() < 1366)
        return ok ? 0 : 1;

    // The update dialogs: the preview, the untrusted-key refusal, Trusted publishers.
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("sl"), QStringLiteral("uk")})
        ok = pathways::test::renderUpdateScreens(out, language) && ok;
    return ok ? 0 : 1;
}
