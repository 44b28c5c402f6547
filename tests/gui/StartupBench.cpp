// pathways-startup-bench DATA_DIR [RUNS]: time from main() to a usable window (shown, first results listed)
// on an existing data folder, e.g. a 100k-service directory imported with pathways-bench. Prints one line per
// run and the median, in milliseconds. Run it offscreen or under Xvfb; see docs/benchmarks.md.
#include "api/PrepareDataFolder.h"
#include "desktop/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <algorithm>
#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (argc < 2) {
        std::fprintf(stderr, "usage: pathways-startup-bench DATA_DIR [RUNS]\n");
        return 1;
    }
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    if (runs > 1) {
        // Each run is a fresh process, so no cache of ours survives between runs (the OS page cache does).
        QList<qint64> times;
        for (int i = 0; i < runs; ++i) {
            QProcess child;
            child.start(QString::fromLocal8Bit(argv[0]),
                        {QString::fromLocal8Bit(argv[1]), QStringLiteral("1")});
            child.waitForFinished(60000);
            const qint64 ms = child.readAllStandardOutput().trimmed().toLongLong();
            std::printf("run %d: %lld ms\n", i + 1, static_cast<long long>(ms));
            times << ms;
        }
        std::sort(times.begin(), times.end());
        std::printf("median: %lld ms\n", static_cast<long long>(times.at(times.size() / 2)));
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathways-bench"));
    QApplication::setApplicationName(QStringLiteral("pathways-startup-bench"));
    // Start-up as main() does it: first run installs the embedded directory, then the window opens.
    const pathways::directory::DataFolder folder(QString::fromLocal8Bit(argv[1]));
    if (!pathways::api::prepareDataFolder(folder))
        return 2;
    pathways::desktop::MainWindow window(folder, {QStringLiteral("en")});
    window.show();
    if (qEnvironmentVariableIsSet("PATHWAYS_STARTUP_DETAIL"))
        std::fprintf(stderr, "window shown after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
    while (window.answersShown() == 0 && sinceStart.elapsed() < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("%lld\n", static_cast<long long>(sinceStart.elapsed()));
    return window.answersShown() > 0 ? 0 : 1;
}
