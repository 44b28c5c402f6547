// pathways-window-bench DATA_DIR [REPEAT] [CLASS] [--searches=FILE]: drives the real MainWindow on a data
// folder (e.g. a 100k-service directory made with pathways-bench) and reports, per query class of
// tests/bench/queries.txt (text queries; the filtered and listing classes as their text alone), the time from
// the end of the search debounce (the question sent to the search worker) to
//   - results painted: the results table repainted with the new rows, and
//   - facets painted: the facet counts shown and the window repainted,
// p50 and p99 over REPEAT rounds (default 10), as wall time and as the CPU time this process spent in the
// same interval (all its threads: the window's and the search worker's), and as the CPU time of the window's
// own thread (what is left is the worker's search and counts). On a machine shared with other builds the wall
// time is mostly waiting for a CPU; the CPU time says what the window itself costs. A tool, not a test:
// docs/benchmarks.md has its figures.
// It ends with the five slowest searches (query, round, and the window thread's part), since a class's p99
// is its slowest search or two.
// --searches=FILE also writes every search as a CSV row (class, round, text, results and facets painted as
// wall, process CPU and window thread CPU), so that many runs can be pooled: with 15 searches a class's p99
// is its slowest one, and one stall of the machine decides it. CLASS runs only that class's queries (to
// profile one class, e.g. under perf record). Run it offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb.
#include "api/PrepareDataFolder.h"
#include "desktop/MainWindow.h"
#include "desktop/ResultsModel.h"
#include "desktop/SearchController.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <time.h>

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(values.size()))) - 1;
    return values.at(std::clamp<qsizetype>(rank, 0, values.size() - 1));
}

// (class, text) pairs of the benchmark's query mix; options (filters) are left out: the window sets those
// with its filter column, which this tool does not click.
QList<QPair<QString, QString>> queries()
{
    QList<QPair<QString, QString>> list;
    QFile file(QStringLiteral(PATHWAYS_BENCH_QUERIES));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        list.append({QString::fromUtf8(fields.value(0)), QString::fromUtf8(fields.value(1)).trimmed()});
    }
    return list;
}

// CPU time of the whole process (every thread), or of the calling thread, in ms.
double cpuMs(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}
double processCpuMs()
{
    return cpuMs(CLOCK_PROCESS_CPUTIME_ID);
}
double windowThreadCpuMs()
{
    return cpuMs(CLOCK_THREAD_CPUTIME_ID);
}

bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000)
{
    // Sleeps until an event comes (a 1 ms timer wakes it at the latest): spinning processEvents would burn a
    // core that the search worker needs, and would count in the process CPU time.
    QElapsedTimer timer;
    timer.start();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(1);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QString searchesFile;
    for (int i = argc - 1; i > 1; --i)
        if (QByteArray(argv[i]).startsWith("--searches=")) {
            searchesFile = QString::fromLocal8Bit(argv[i] + 11);
            for (int j = i; j + 1 < argc; ++j)
                argv[j] = argv[j + 1];
            --argc;
        }
    if (argc < 2) {
        std::fprintf(stderr, "usage: pathways-window-bench DATA_DIR [REPEAT] [CLASS] [--searches=FILE]\n");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pathways-bench"));
    QApplication::setApplicationName(QStringLiteral("pathways-window-bench"));
    const int repeat = argc > 2 ? std::max(1, std::atoi(argv[2])) : 10;
    const pathways::directory::DataFolder folder(QString::fromLocal8Bit(argv[1]));
    if (!pathways::api::prepareDataFolder(folder))
        return 2;
    pathways::desktop::MainWindow window(folder, {QStringLiteral("en")});
    window.resize(1366, 768);
    window.show();
    if (!waitFor([&] { return window.answersShown() > 0 && window.searchSettled(); }))
        return 2;

    auto* controller = window.findChild<pathways::desktop::SearchController*>();
    if (!controller)
        return 2;
    QMap<QString, QList<double>> results, facets, resultsCpu, facetsCpu, resultsGui, facetsGui;
    struct Search
    {
        double facetsCpu = 0;
        double facetsWall = 0;
        double resultsGui = 0;
        double facetsGui = 0;
        double resultsWall = 0;
        double resultsCpu = 0;
        int round = 0;
        QString kind;
        QString text;
    };
    QList<Search> searches; // for the slowest ones, named at the end
    auto mix = queries();
    if (argc > 3) {
        const QString only = QString::fromLocal8Bit(argv[3]);
        mix.removeIf([&only](const QPair<QString, QString>& query) { return query.first != only; });
        if (mix.isEmpty()) {
            std::fprintf(stderr, "no query of class %s\n", argv[3]);
            return 1;
        }
    }
    for (int round = 0; round < repeat; ++round) {
        for (const auto& [kind, text] : mix) {
            // A different query first, so that every measured one is a new search.
            window.searchField()->setText(QStringLiteral("zz") + QString::number(round));
            waitFor([&] { return window.searchSettled(); });
            const int answersBefore = window.answersShown();
            // The clock starts when the debounce ends: when the controller sends the question to the worker.
            // (Timing the debounce separately started the clock late whenever the controller's timer fired
            // first, and a fast search could be answered before the clock started.)
            QElapsedTimer clock;
            double cpuStart = 0;
            double guiStart = 0;
            const QMetaObject::Connection dispatched = QObject::connect(
                controller, &pathways::desktop::SearchController::busyChanged, [&](bool busy) {
                    if (!busy || clock.isValid())
                        return;
                    clock.start();
                    cpuStart = processCpuMs();
                    guiStart = windowThreadCpuMs();
                });
            window.searchField()->setText(text);
            waitFor([&] { return window.answersShown() > answersBefore; });
            QObject::disconnect(dispatched);
            if (!clock.isValid())
                return 2; // answered without a search: nothing was measured
            window.resultsView()->viewport()->repaint();
            results[kind] << static_cast<double>(clock.nsecsElapsed()) / 1e6;
            resultsCpu[kind] << processCpuMs() - cpuStart;
            resultsGui[kind] << windowThreadCpuMs() - guiStart;
            waitFor([&] { return window.searchSettled(); });
            window.repaint();
            facets[kind] << static_cast<double>(clock.nsecsElapsed()) / 1e6;
            facetsCpu[kind] << processCpuMs() - cpuStart;
            facetsGui[kind] << windowThreadCpuMs() - guiStart;
            searches.append({facetsCpu[kind].constLast(), facets[kind].constLast(),
                             resultsGui[kind].constLast(), facetsGui[kind].constLast(),
                             results[kind].constLast(), resultsCpu[kind].constLast(), round + 1, kind, text});
        }
    }
    const auto report = [](const char* title, const QMap<QString, QList<double>>& first,
                           const QMap<QString, QList<double>>& second) {
        std::printf("%s\n%-10s %5s  %-22s %-22s\n", title, "class", "n", "results painted p50/p99",
                    "facets painted p50/p99");
        QList<double> allFirst, allSecond;
        for (auto it = first.cbegin(); it != first.cend(); ++it) {
            allFirst += it.value();
            allSecond += second.value(it.key());
            std::printf("%-10s %5lld  %8.1f / %-11.1f %8.1f / %.1f ms\n", qPrintable(it.key()),
                        static_cast<long long>(it.value().size()), percentile(it.value(), 0.5),
                        percentile(it.value(), 0.99), percentile(second.value(it.key()), 0.5),
                        percentile(second.value(it.key()), 0.99));
        }
        std::printf("%-10s %5lld  %8.1f / %-11.1f %8.1f / %.1f ms\n", "overall",
                    static_cast<long long>(allFirst.size()), percentile(allFirst, 0.5), percentile(allFirst, 0.99),
                    percentile(allSecond, 0.5), percentile(allSecond, 0.99));
    };
    report("wall clock", results, facets);
    report("process CPU time (all threads)", resultsCpu, facetsCpu);
    report("window thread CPU time (the rest is the search worker)", resultsGui, facetsGui);
    if (!searchesFile.isEmpty()) {
        QFile csv(searchesFile);
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        csv.write("class,round,text,results_wall,results_cpu,results_window,facets_wall,facets_cpu,facets_"
                  "window\n");
        for (const Search& s : std::as_const(searches))
            csv.write(QStringLiteral("%1,%2,\"%3\",%4,%5,%6,%7,%8,%9\n")
                          .arg(s.kind)
                          .arg(s.round)
                          .arg(s.text)
                          .arg(s.resultsWall, 0, 'f', 2)
                          .arg(s.resultsCpu, 0, 'f', 2)
                          .arg(s.resultsGui, 0, 'f', 2)
                          .arg(s.facetsWall, 0, 'f', 2)
                          .arg(s.facetsCpu, 0, 'f', 2)
                          .arg(s.facetsGui, 0, 'f', 2)
                          .toUtf8());
    }
    // A class's p99 is its slowest search or two: say which they were, and where their time went.
    std::sort(searches.begin(), searches.end(),
              [](const Search& a, const Search& b) { return a.facetsCpu > b.facetsCpu; });
    std::printf("slowest searches by facets painted (process CPU)\n%-10s %5s  %-28s %s\n", "class", "round",
                "facets CPU / wall, window thread (results, facets)", "text");
    for (qsizetype i = 0; i < std::min<qsizetype>(5, searches.size()); ++i) {
        const Search& s = searches.at(i);
        std::printf("%-10s %5d  %6.1f / %5.1f ms, %5.1f, %5.1f ms       %s\n", qPrintable(s.kind), s.round,
                    s.facetsCpu, s.facetsWall, s.resultsGui, s.facetsGui, qPrintable(s.text));
    }
    return 0;
}
