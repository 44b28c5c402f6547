#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Offscreen always; the screen tests pass "offscreen:configfile=..." to choose the screen's size.
    if (!qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QLatin1String("offscreen")))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and friends stay out of the real profile
    // ctest runs test cases in parallel processes: each keeps its settings in a folder of its own, or one
    // test's QSettings().clear() changes the language under another.
    QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathways-tests"));
    QApplication::setApplicationName(QStringLiteral("pathways-gui-tests"));
    return Catch::Session().run(argc, argv);
}
