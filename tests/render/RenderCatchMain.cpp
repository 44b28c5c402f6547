#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Rendering needs Qt Gui's font database; no screen: the offscreen platform, as pathways-cli uses it.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pathways-tests"));
    return Catch::Session().run(argc, argv);
}
