#include "api/DirectoryReader.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SearchOptions.h"
#include "cli/TextTable.h"

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

// The option a filter came from, as the user typed it.
QString optionName(search::QueryFilter filter)
{
    switch (filter) {
    case search::QueryFilter::Category:
        return QStringLiteral("--category");
    case search::QueryFilter::Audience:
        return QStringLiteral("--audience");
    case search::QueryFilter::Place:
        return QStringLiteral("--municipality");
    case search::QueryFilter::Language:
        return QStringLiteral("--language");
    case search::QueryFilter::Free:
        return QStringLiteral("--free");
    case search::QueryFilter::OpenAt:
        return QStringLiteral("--open-at");
    case search::QueryFilter::Within:
        return QStringLiteral("--within");
    case search::QueryFilter::Running:
        return QStringLiteral("--status active");
    case search::QueryFilter::OnlyServices:
    case search::QueryFilter::None:
        break;
    }
    return QStringLiteral("a filter");
}

// Never a dead end: what would find something, one hint a line on stderr (stdout stays the empty answer).
void printAdvice(CliContext& context, const search::DeadEndAdvice& advice)
{
    QTextStream& err = context.err();
    const auto services = [](qint64 count, bool lowerBound) -> QString {
        return QString::number(count) + (lowerBound ? QStringLiteral("+") : QString()) +
               (count == 1 && !lowerBound ? QStringLiteral(" service") : QStringLiteral(" services"));
    };
    if (advice.emptiedBy != search::QueryFilter::None)
        err << "pathways-cli: hint: " << optionName(advice.emptiedBy) << " left nothing of "
            << services(advice.countBeforeEmptied, false) << '\n';
    for (const search::Alternative& alternative : advice.alternatives) {
        err << "pathways-cli: hint: ";
        switch (alternative.kind) {
        case search::Alternative::Kind::LooserWord:
            err << "did you mean '" << alternative.replacement << "…' for '" << alternative.word << "'? ";
            break;
        case search::Alternative::Kind::WithoutWord:
            err << "without '" << alternative.word << "': ";
            break;
        case search::Alternative::Kind::WithoutFilter:
            err << "without " << optionName(alternative.filter) << ": ";
            break;
        }
        err << services(alternative.count, alternative.countIsLowerBound) << '\n';
    }
    err.flush();
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
    api::DirectoryReader* directory = context.reader();
    if (!directory)
        return 2;
    const Expected<search::SearchQuery> query = options.toQuery(*directory);
    if (!query)
        return context.fail(query.error());
    const Expected<api::ResultPage> results = directory->search(*query, context.languages());
    if (!results)
        return context.fail(results.error());

    QJsonArray json;
    TextTable table({QStringLiteral("ID"), QStringLiteral("NAME"), QStringLiteral("ORGANISATION"),
                     QStringLiteral("MUNICIPALITY"), QStringLiteral("OPEN"), QStringLiteral("KM"),
                     QStringLiteral("CATEGORIES")});
    int demonstration = 0;
    for (const api::ResultRow& row : results->rows) {
        demonstration += row.demonstration ? 1 : 0;
        QJsonObject object{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name.text},
            {QStringLiteral("name_language"), row.name.locale},
            {QStringLiteral("organization"), row.organization},
            {QStringLiteral("categories"), codes(row.categories)},
            {QStringLiteral("audiences"), codes(row.audiences)},
            {QStringLiteral("municipality"),
             row.municipality.isEmpty() ? QJsonValue() : QJsonValue(row.municipality)},
            {QStringLiteral("distance_km"),
             row.distanceKm ? QJsonValue(rounded(*row.distanceKm, 2)) : QJsonValue()},
            {QStringLiteral("open"), openValue(row.open)},
            {QStringLiteral("score"), rounded(row.score, 3)},
            {QStringLiteral("verified"), row.verified.isEmpty() ? QJsonValue() : QJsonValue(row.verified)},
            {QStringLiteral("demonstration"), row.demonstration},
            {QStringLiteral("status"), row.status.isEmpty() ? QJsonValue() : QJsonValue(row.status)},
        };
        json.append(object);
        QStringList categoryCodes;
        for (const auto& term : row.categories)
            categoryCodes << term.code;
        table.addRow({row.id, row.name.text, row.organization, row.municipality, openText(row.open),
                      row.distanceKm ? QString::number(*row.distanceKm, 'f', 1) : QString(),
                      categoryCodes.join(QLatin1Char(','))});
    }
    if (results->rows.isEmpty() && query->offset == 0) {
        if (!context.json())
            context.out() << "No services found.\n";
        context.out().flush();
        if (const auto advice = directory->adviseOnNoResults(*query))
            printAdvice(context, *advice);
    }
    if (context.json()) {
        context.printJson(json);
        return 0;
    }
    QTextStream& out = context.out();
    if (results->rows.isEmpty())
        return 0;
    table.print(out);
    out << (results->totalIsLowerBound ? QStringLiteral("%1+").arg(results->total)
                                       : QString::number(results->total))
        << (results->total == 1 ? " service" : " services") << " found.\n";
    if (results->more)
        out << "More results: use --offset " << query->offset + query->limit << " to see the next page.\n";
    if (demonstration > 0)
        out << "Demonstration data: verify every detail with the organisation before referring.\n";
    out.flush();
    return 0;
}

} // namespace pathways::cli
