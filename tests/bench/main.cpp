// pathways-bench: the performance benchmark of Pathways (docs/benchmarks.md).
//   pathways-bench generate --services N --out DIR [--seed S] [--description-words MIN-MAX]
//   pathways-bench import --hsds DIR --data-dir DIR2 [--phases] [--reference] [--progress] [--json]
//   pathways-bench search --data-dir DIR [--queries FILE] [--repeat N] [--facet-repeat N] [--no-naive]
//                         [--no-facets] [--cpu-time] [--no-tier-walk] [--json]
//   pathways-bench relevance --work DIR [--judged FILE] [--all]
#include "BenchReport.h"
#include "HsdsGenerator.h"
#include "ImportBenchmark.h"
#include "MachineReference.h"
#include "RelevanceSet.h"
#include "SearchBenchmark.h"
#include "db/DatabaseError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <exception>

namespace {

using namespace pathways::bench;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int usage()
{
    err()
        << "usage: pathways-bench generate --services N --out DIR [--seed S] [--description-words MIN-MAX]\n"
           "       pathways-bench import --hsds DIR --data-dir DIR2 [--phases] [--reference] [--progress] [--json]\n"
           "       pathways-bench search --data-dir DIR [--queries FILE] [--repeat N] [--facet-repeat N]\n"
           "                             [--no-naive] [--no-facets] [--cpu-time] [--no-tier-walk] [--json]\n"
           "       pathways-bench relevance --work DIR [--judged FILE] [--all]\n"
           "See docs/benchmarks.md.\n";
    return 2;
}

QCommandLineOption option(const char* name, const char* help, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
}

bool parse(QCommandLineParser& parser, const QStringList& arguments,
           std::initializer_list<const char*> required)
{
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << '\n';
        return false;
    }
    for (const char* name : required) {
        if (!parser.isSet(QString::fromLatin1(name))) {
            err() << "--" << name << " is required\n";
            return false;
        }
    }
    return true;
}

int generate(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({option("services", "Number of services.", "N"), option("out", "Output folder.", "DIR"),
                       option("seed", "Random seed (default 1).", "S"),
                       option("description-words", "Words per description (default 15-40).", "MIN-MAX")});
    if (!parse(parser, arguments, {"services", "out"}))
        return usage();
    HsdsGenerator::Options options;
    bool ok = true;
    options.services = parser.value(QStringLiteral("services")).toLongLong(&ok);
    if (!ok || options.services < 1)
        return usage();
    options.folder = parser.value(QStringLiteral("out")).toStdString();
    if (parser.isSet(QStringLiteral("seed")))
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (ok && parser.isSet(QStringLiteral("description-words"))) {
        const QStringList range = parser.value(QStringLiteral("description-words")).split(QLatin1Char('-'));
        bool minOk = false;
        bool maxOk = false;
        options.descriptionMinWords = range.value(0).toInt(&minOk);
        options.descriptionMaxWords = range.value(1).toInt(&maxOk);
        ok = range.size() == 2 && minOk && maxOk && options.descriptionMinWords >= 1 &&
             options.descriptionMaxWords >= options.descriptionMinWords;
    }
    if (!ok)
        return usage();
    const HsdsGenerator::Summary summary = HsdsGenerator(options).run();
    out() << "wrote " << parser.value(QStringLiteral("out")) << " in "
          << QString::number(summary.seconds, 'f', 2) << " s\n";
    for (const auto& [file, rows] : summary.rows)
        out() << "  " << QString::fromStdString(file) << ": " << rows << " rows\n";
    return 0;
}

int importCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(
        {option("hsds", "HSDS CSV folder.", "DIR"), option("data-dir", "Pathways data folder.", "DIR"),
         option("phases", "Also time import, index and ANALYZE separately (a second import)."),
         option("reference", "Also time a fixed two-core workload before and after (machine speed)."),
         option("progress", "Report progress to a counter, as the CLI's bar hears it."),
         option("json", "JSON output.")});
    if (!parse(parser, arguments, {"hsds", "data-dir"}))
        return usage();
    const bool reference = parser.isSet(QStringLiteral("reference"));
    const double referenceBefore = reference ? referenceSeconds() : -1;
    ImportBenchmark benchmark(parser.value(QStringLiteral("hsds")), parser.value(QStringLiteral("data-dir")),
                              parser.isSet(QStringLiteral("progress")));
    ImportBenchmark::Result result = benchmark.run();
    const double referenceAfter = reference ? referenceSeconds() : -1;
    if (result.installed && parser.isSet(QStringLiteral("phases")))
        benchmark.timePhases(result);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject rows;
        for (auto it = result.rows.cbegin(); it != result.rows.cend(); ++it)
            rows.insert(it.key(), it.value());
        QJsonObject json{{QStringLiteral("installed"), result.installed},
                         {QStringLiteral("error"), result.error},
                         {QStringLiteral("seconds"), result.seconds},
                         {QStringLiteral("cpuSeconds"), result.cpuSeconds},
                         {QStringLiteral("progressCalls"), result.progressCalls},
                         {QStringLiteral("peakKiB"), result.peakKiB},
                         {QStringLiteral("databaseBytes"), result.databaseBytes},
                         {QStringLiteral("rows"), rows},
                         {QStringLiteral("warnings"), result.warnings},
                         {QStringLiteral("dropped"), result.dropped}};
        if (reference) {
            json.insert(QStringLiteral("referenceBeforeSeconds"), referenceBefore);
            json.insert(QStringLiteral("referenceAfterSeconds"), referenceAfter);
        }
        if (result.importSeconds >= 0) {
            json.insert(QStringLiteral("importSeconds"), result.importSeconds);
            json.insert(QStringLiteral("indexSeconds"), result.indexSeconds);
            json.insert(QStringLiteral("analyzeSeconds"), result.analyzeSeconds);
        }
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        out() << (result.installed ? "installed" : "NOT installed: ") << result.error << '\n'
              << "import " << QString::number(result.seconds, 'f', 2) << " s (CPU "
              << QString::number(result.cpuSeconds, 'f', 2) << " s"
              << (result.progressCalls >= 0 ? QStringLiteral(", %1 progress reports").arg(result.progressCalls)
                                            : QString())
              << "), peak RSS (VmHWM) "
              << QString::number(static_cast<double>(result.peakKiB) / 1024.0, 'f', 1) << " MiB, database "
              << QString::number(static_cast<double>(result.databaseBytes) / 1048576.0, 'f', 1) << " MiB\n"
              << "rows: service " << result.rows.value(QStringLiteral("service")) << ", location "
              << result.rows.value(QStringLiteral("location")) << ", attribute "
              << result.rows.value(QStringLiteral("attribute")) << ", schedule "
              << result.rows.value(QStringLiteral("schedule")) << "; " << result.warnings << " warnings, "
              << result.dropped << " dropped\n";
        for (const QString& line : std::as_const(result.firstIssues))
            out() << "  " << line << '\n';
        if (result.importSeconds >= 0)
            out() << "phases: CSV import " << QString::number(result.importSeconds, 'f', 2)
                  << " s, search index " << QString::number(result.indexSeconds, 'f', 2) << " s, ANALYZE "
                  << QString::number(result.analyzeSeconds, 'f', 2) << " s\n";
        if (reference)
            out() << "machine reference (two cores, docs/benchmarks.md): "
                  << QString::number(referenceBefore, 'f', 2) << " s before, "
                  << QString::number(referenceAfter, 'f', 2) << " s after\n";
    }
    return result.installed ? 0 : 1;
}

int search(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({option("data-dir", "Pathways data folder with an installed directory.", "DIR"),
                       option("queries", "Query file (default: tests/bench/queries.txt).", "FILE"),
                       option("repeat", "Timed runs per query (default 20).", "N"),
                       option("facet-repeat", "Timed FacetCounter runs per query (default repeat/4).", "N"),
                       option("no-naive", "Skip the naive FTS5 baseline."),
                       option("no-facets", "Skip FacetCounter timing."),
                       option("cpu-time", "Time with the thread's CPU clock (a shared machine's waits left out)."),
                       option("no-tier-walk", "Ask FTS5 tier by tier, as before TierWalk (same answers)."),
                       option("json", "JSON output.")});
    if (!parse(parser, arguments, {"data-dir"}))
        return usage();
    SearchBenchmark::Options options;
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    options.queriesPath = parser.isSet(QStringLiteral("queries")) ? parser.value(QStringLiteral("queries"))
                                                                  : QStringLiteral(PATHWAYS_BENCH_QUERIES);
    bool ok = true;
    if (parser.isSet(QStringLiteral("repeat")))
        options.repeat = parser.value(QStringLiteral("repeat")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("facet-repeat")))
        options.facetRepeat = parser.value(QStringLiteral("facet-repeat")).toInt(&ok);
    if (!ok || options.repeat < 1)
        return usage();
    options.naive = !parser.isSet(QStringLiteral("no-naive"));
    options.facets = !parser.isSet(QStringLiteral("no-facets"));
    options.cpuTime = parser.isSet(QStringLiteral("cpu-time"));
    options.tierWalk = !parser.isSet(QStringLiteral("no-tier-walk"));
    const SearchBenchmark::Result result = SearchBenchmark(options).run();
    const BenchReport report(result);
    if (parser.isSet(QStringLiteral("json")))
        out() << QJsonDocument(report.json()).toJson(QJsonDocument::Indented);
    else
        out() << report.text();
    return 0;
}

int relevance(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({option("work", "Folder for the two directories (reused when already there).", "DIR"),
                       option("judged", "Judged queries (default: tests/bench/relevance.tsv).", "FILE"),
                       option("all", "List every query, not only those below full recall.")});
    if (!parse(parser, arguments, {"work"}))
        return usage();
    const QString judged = parser.isSet(QStringLiteral("judged")) ? parser.value(QStringLiteral("judged"))
                                                                  : QStringLiteral(PATHWAYS_RELEVANCE_SET);
    const RelevanceSet::Summary summary = RelevanceSet::evaluate(
        judged, QStringLiteral(PATHWAYS_EMBEDDED_HSDS), parser.value(QStringLiteral("work")));
    const bool all = parser.isSet(QStringLiteral("all"));
    for (const RelevanceSet::Outcome& outcome : summary.outcomes) {
        const bool nothing = outcome.judged.judgement == QLatin1String("-");
        const bool perfect = nothing ? outcome.emptyAsJudged : outcome.recall >= 1.0 && outcome.firstRank == 1;
        if (!all && perfect)
            continue;
        out() << outcome.judged.corpus << '\t' << outcome.judged.language << '\t' << outcome.judged.query
              << "\t" << (nothing ? (outcome.emptyAsJudged ? QStringLiteral("nothing, as judged")
                                                            : QStringLiteral("FOUND %1").arg(outcome.total))
                                   : QStringLiteral("recall@10 %1, first relevant at %2, relevant %3, total %4")
                                         .arg(outcome.recall, 0, 'f', 2)
                                         .arg(outcome.firstRank)
                                         .arg(outcome.relevant)
                                         .arg(outcome.total))
              << '\n';
    }
    out() << "judged queries " << summary.judged << ": recall@10 " << QString::number(summary.recallAt10, 'f', 3)
          << ", MRR " << QString::number(summary.mrr, 'f', 3) << "; must find nothing: "
          << summary.foundNothing << " of " << summary.mustFindNothing << " found nothing\n";
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return usage();
    const QString command = arguments.takeAt(1); // parsers see "pathways-bench --option ..."
    try {
        if (command == QLatin1String("generate"))
            return generate(arguments);
        if (command == QLatin1String("import"))
            return importCommand(arguments);
        if (command == QLatin1String("search"))
            return search(arguments);
        if (command == QLatin1String("relevance"))
            return relevance(arguments);
    } catch (const pathways::db::DatabaseError& error) {
        err() << "database error: " << error.message() << '\n';
        return 1;
    } catch (const std::exception& error) {
        err() << "error: " << error.what() << '\n';
        return 1;
    }
    return usage();
}
