#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and friends stay out of the real profile
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathways-tests"));
    QApplication::setApplicationName(QStringLiteral("pathways-gui-tests"));
    return Catch::Session().run(argc, argv);
}
