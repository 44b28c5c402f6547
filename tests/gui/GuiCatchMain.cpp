#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Offscreen always; the screen tests pass "offscreen:configfile=..." to choose the screen's size.
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QLatin1String("offscreen")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and friends stay out of the real profile
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathways-tests"));
    QApplication::setApplicationName(QStringLiteral("pathways-gui-tests"));
    return Catch::Session().run(argc, argv);
}
