// categories, audiences, municipalities, languages: the values filters accept, with service counts.
#include "api/DirectoryReader.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

namespace {

// Municipalities and regions share one list; a region says so after its name.
QString displayName(const api::ListEntry& entry)
{
    return entry.region ? entry.name + QStringLiteral(" (region)") : entry.name;
}

int printEntries(CliContext& context, const Expected<QList<api::ListEntry>>& entries,
                 const QString& codeHeader)
{
    if (!entries)
        return context.fail(entries.error());
    if (context.json()) {
        QJsonArray array;
        for (const api::ListEntry& e : *entries)
            array.append(QJsonObject{{QStringLiteral("code"), e.code},
                                     {QStringLiteral("name"), displayName(e)},
                                     {QStringLiteral("services"), e.services}});
        context.printJson(array);
        return 0;
    }
    TextTable table({codeHeader, QStringLiteral("NAME"), QStringLiteral("SERVICES")}, 60);
    for (const api::ListEntry& e : *entries)
        table.addRow({e.code, displayName(e), QString::number(e.services)});
    table.print(context.out());
    context.out().flush();
    return 0;
}

// The common part: parse (no options), open the directory. nullptr when the command is finished.
api::DirectoryReader* prepare(CliContext& context, const QStringList& arguments, const QString& command,
                              const QString& description, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!context.begin(parser, command, arguments, exitCode))
        return nullptr;
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = context.userError(QStringLiteral("%1 takes no arguments").arg(command));
        return nullptr;
    }
    api::DirectoryReader* directory = context.reader();
    if (!directory)
        *exitCode = 2;
    return directory;
}

} // namespace

int runCategories(CliContext& context, const QStringList& arguments)
{
    int exitCode = 0;
    api::DirectoryReader* directory =
        prepare(context, arguments, QStringLiteral("categories"),
                QStringLiteral("List the categories codes with their service counts."), &exitCode);
    if (!directory)
        return exitCode;
    const Expected<QList<api::ListEntry>> entries = directory->categories(context.languages());
    // A directory tagged only with its publisher's own taxonomy has no Pathways category yet: say where its
    // categories are rather than print an empty table.
    if (entries && entries->isEmpty() && !context.json()) {
        const auto summary = directory->facets(search::SearchQuery{}, context.languages());
        if (summary && !summary->publisherCategories.isEmpty())
            context.err() << "No Pathways categories. Publisher's own categories: "
                          << summary->publisherCategories.size()
                          << " ('pathways-cli facets' lists them; a taxonomy_mapping.csv in the package maps "
                             "them onto Pathways' categories, docs/importing.md)\n";
    }
    return printEntries(context, entries, QStringLiteral("CODE"));
}

int runAudiences(CliContext& context, const QStringList& arguments)
{
    int exitCode = 0;
    api::DirectoryReader* directory =
        prepare(context, arguments, QStringLiteral("audiences"),
                QStringLiteral("List the audiences codes with their service counts."), &exitCode);
    return directory
               ? printEntries(context, directory->audiences(context.languages()), QStringLiteral("CODE"))
               : exitCode;
}

int runMunicipalities(CliContext& context, const QStringList& arguments)
{
    int exitCode = 0;
    api::DirectoryReader* directory =
        prepare(context, arguments, QStringLiteral("municipalities"),
                QStringLiteral("List municipalities and regions with service counts."), &exitCode);
    return directory ? printEntries(context, directory->municipalities(), QStringLiteral("KEY")) : exitCode;
}

int runLanguages(CliContext& context, const QStringList& arguments)
{
    int exitCode = 0;
    api::DirectoryReader* directory =
        prepare(context, arguments, QStringLiteral("languages"),
                QStringLiteral("List the languages spoken at services, with counts."), &exitCode);
    return directory ? printEntries(context, directory->spokenLanguages(), QStringLiteral("CODE")) : exitCode;
}

} // namespace pathways::cli
