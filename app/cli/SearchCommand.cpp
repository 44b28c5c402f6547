#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SearchOptions.h"
#include "cli/TextTable.h"
#include "db/Connection.h"
#include "directory/ServiceReader.h"
#include "search/SearchEngine.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace pathways::cli {

namespace {

QJsonArray codes(const QList<directory::TermRef>& terms)
{
    QJsonArray array;
    for (const directory::TermRef& term : terms)
        array.append(term.code);
    return array;
}

QJsonValue openValue(schedule::OpenState state)
{
    switch (state) {
    case schedule::OpenState::Open:
        return true;
    case schedule::OpenState::Closed:
        return false;
    case schedule::OpenState::Unknown:
        break;
    }
    return QJsonValue::Null;
}

QString openText(schedule::OpenState state)
{
    switch (state) {
    case schedule::OpenState::Open:
        return QStringLiteral("open");
    case schedule::OpenState::Closed:
        return QStringLiteral("closed");
    case schedule::OpenState::Unknown:
        break;
    }
    return QStringLiteral("?");
}

double rounded(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return std::round(value * factor) / factor;
}

} // namespace

int runSearch(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Find services: ranked by relevance, or by distance."));
    parser.addHelpOption();
    SearchOptions options(parser);
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("search"), arguments, &exitCode))
        return exitCode;
    db::Connection* directory = context.directory();
    if (!directory)
        return 2;
    search::SearchQuery query;
    QString error;
    if (!options.toQuery(*directory, &query, &error))
        return context.userError(error);

    search::SearchEngine engine(*directory);
    const search::SearchResults results = engine.search(query);
    directory::ServiceReader reader(*directory, context.languages());

    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ORGANISATION"),
                     QStringLiteral("MUNICIPALITY"), QStringLiteral("OPEN"), QStringLiteral("KM"),
                     QStringLiteral("CATEGORIES")});
    int demonstration = 0;
    for (const search::SearchHit& hit : results.hits) {
        const auto summary = reader.summary(hit.serviceId);
        if (!summary)
            continue;
        demonstration += summary->demonstration ? 1 : 0;
        QJsonObject object{
            {QStringLiteral("id"), hit.serviceId},
            {QStringLiteral("name"), summary->name.text},
            {QStringLiteral("name_language"), summary->name.locale},
            {QStringLiteral("organization"), summary->organization},
            {QStringLiteral("categories"), codes(summary->categories)},
            {QStringLiteral("audiences"), codes(summary->audiences)},
            {QStringLiteral("municipality"),
             summary->municipality.isEmpty() ? QJsonValue() : QJsonValue(summary->municipality)},
            {QStringLiteral("distance_km"),
             hit.distanceKm ? QJsonValue(rounded(*hit.distanceKm, 2)) : QJsonValue()},
            {QStringLiteral("open"), openValue(hit.open)},
            {QStringLiteral("score"), rounded(hit.score, 3)},
            {QStringLiteral("verified"),
             summary->assuredDate.isEmpty() ? QJsonValue() : QJsonValue(summary->assuredDate)},
            {QStringLiteral("demonstration"), summary->demonstration},
        };
        json.append(object);
        QStringList categoryCodes;
        for (const auto& term : summary->categories)
            categoryCodes << term.code;
        table.addRow({hit.serviceId, summary->name.text, summary->organization, summary->municipality,
                      openText(hit.open),
                      hit.distanceKm ? QString::number(*hit.distanceKm, 'f', 1) : QString(),
                      categoryCodes.join(QLatin1Char(','))});
    }
    if (context.json()) {
        context.printJson(json);
        return 0;
    }
    QTextStream& out = context.out();
    if (results.hits.isEmpty()) {
        out << "No services found.\n";
        return 0;
    }
    table.print(out);
    if (results.more)
        out << "More results: use --offset " << query.offset + query.limit << " to see the next page.\n";
    if (demonstration > 0)
        out << "Demonstration data: verify every detail with the organisation before referring.\n";
    out.flush();
    return 0;
}

} // namespace pathways::cli
