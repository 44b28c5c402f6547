// pathways: the desktop window.
#include "desktop/MainWindow.h"
#include "desktop/StartupOptions.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
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
    pathways::desktop::MainWindow window(pathways::directory::DataDirectory::resolve(options.dataDir),
                                         options.languages);
    window.show();
    if (!options.bundle.isEmpty())
        QTimer::singleShot(0, &window, [&window, &options] { window.applyBundle(options.bundle); });
    return QApplication::exec();
}
