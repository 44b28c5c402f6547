#include "api/DirectoryReader.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SearchOptions.h"
#include "cli/TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

int runFacets(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Count services per category, audience, municipality, language and cost for a search; takes the "
        "same options as 'search'."));
    parser.addHelpOption();
    SearchOptions options(parser);
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("facets"), arguments, &exitCode))
        return exitCode;
    api::DirectoryReader* directory = context.reader();
    if (!directory)
        return 2;
    const Expected<search::SearchQuery> query = options.toQuery(*directory);
    if (!query)
        return context.fail(query.error());
    const Expected<api::FacetSummary> summary = directory->facets(*query, context.languages());
    if (!summary)
        return context.fail(summary.error());
    const search::FacetCounts& counts = summary->counts;

    const QStringList kinds{QStringLiteral("category"), QStringLiteral("audience"),
                            QStringLiteral("municipality"), QStringLiteral("language"),
                            QStringLiteral("free")};
    if (context.json()) {
        QJsonObject facets;
        for (const QString& kind : kinds) {
            QJsonArray values;
            for (const auto& v : counts.byKind.value(kind))
                values.append(
                    QJsonObject{{QStringLiteral("value"), v.value}, {QStringLiteral("count"), v.count}});
            facets.insert(kind, values);
        }
        context.printJson(
            QJsonObject{{QStringLiteral("total"), counts.total},
                        {QStringLiteral("open"), counts.openNow ? QJsonValue(*counts.openNow) : QJsonValue()},
                        {QStringLiteral("no_longer_running"), counts.notRunning},
                        {QStringLiteral("facets"), facets}});
        return 0;
    }
    TextTable table({QStringLiteral("FACET"), QStringLiteral("VALUE"), QStringLiteral("SERVICES")});
    for (const QString& kind : kinds)
        for (const auto& v : counts.byKind.value(kind))
            table.addRow({kind, v.value, QString::number(v.count)});
    table.print(context.out());
    context.out() << "Matching all filters: " << counts.total;
    if (counts.openNow)
        context.out() << " (open " << (query->openAt ? "at the time asked" : "now") << ": " << *counts.openNow
                      << ')';
    context.out() << '\n';
    if (counts.notRunning > 0)
        context.out() << "No longer running: " << counts.notRunning
                      << (query->runningOnly ? " (not counted above; --status all counts them)\n" : "\n");
    context.out().flush();
    return 0;
}

} // namespace pathways::cli
