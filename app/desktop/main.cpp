// pathways: the desktop window.
#include "api/PrepareDataFolder.h"
#include "desktop/MainWindow.h"
#include "desktop/StartupOptions.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>
#include <QTimer>

namespace {

// --help and --version must work in a terminal without a display, so they are answered before the
// QApplication (which needs one) exists.
bool wantsTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--help" || argument == "-h" || argument == "-?" || argument == "--version" ||
            argument == "-v" || argument == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication console(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("pathways"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PATHWAYS_VERSION));
        pathways::desktop::StartupOptions::parse(QCoreApplication::arguments()); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathways"));
    QApplication::setApplicationName(QStringLiteral("pathways"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pathways"));
    QApplication::setApplicationVersion(QStringLiteral(PATHWAYS_VERSION));

    const auto options = pathways::desktop::StartupOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        QMessageBox::critical(nullptr, QStringLiteral("Pathways"), options.error);
        return 1;
    }
    const auto folder = pathways::directory::DataFolder::resolve(options.dataDir);
    // First run installs the embedded default directory. If that fails the window still opens (it says
    // what is wrong, and an update file can still be opened from it).
    if (const pathways::Status prepared = pathways::api::prepareDataFolder(folder); !prepared)
        QMessageBox::warning(nullptr, QStringLiteral("Pathways"), prepared.error().message);
    pathways::desktop::MainWindow window(folder, options.languages);
    window.show();
    if (!options.bundle.isEmpty())
        QTimer::singleShot(0, &window, [&window, &options] { window.applyBundle(options.bundle); });
    return QApplication::exec();
}
