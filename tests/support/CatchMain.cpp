#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>
#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    // Core code uses QStandardPaths, QTimeZone and friends: give it an application object.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pathways-tests"));
    return Catch::Session().run(argc, argv);
}
