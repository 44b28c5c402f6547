// categories, audiences, municipalities, languages: the values filters accept, with service counts.
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/Localizer.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace pathways::cli {

namespace {

struct Entry
{
    QString code;
    QString name;
    qint64 services = 0;
};

int printEntries(CliContext& context, const QList<Entry>& entries, const QString& codeHeader)
{
    if (context.json()) {
        QJsonArray array;
        for (const Entry& e : entries)
            array.append(QJsonObject{{QStringLiteral("code"), e.code},
                                     {QStringLiteral("name"), e.name},
                                     {QStringLiteral("services"), e.services}});
        context.printJson(array);
        return 0;
    }
    TextTable table({codeHeader, QStringLiteral("NAME"), QStringLiteral("SERVICES")}, 60);
    for (const Entry& e : entries)
        table.addRow({e.code, e.name, QString::number(e.services)});
    table.print(context.out());
    context.out().flush();
    return 0;
}

// Runs the common part: parse (no options), open the directory. nullptr when the command is finished.
db::Connection* prepare(CliContext& context, const QStringList& arguments, const QString& command,
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
    db::Connection* directory = context.directory();
    if (!directory)
        *exitCode = 2;
    return directory;
}

int listTerms(CliContext& context, const QStringList& arguments, const QString& command, const char* taxonomy,
              const char* facetKind)
{
    int exitCode = 0;
    db::Connection* directory =
        prepare(context, arguments, command,
                QStringLiteral("List the %1 codes with their service counts.").arg(command), &exitCode);
    if (!directory)
        return exitCode;
    directory::Localizer localizer(*directory, context.languages());
    auto row = directory->prepare(
        QStringLiteral("SELECT t.id, coalesce(nullif(t.code, ''), t.name) AS code, t.name, "
                       "coalesce((SELECT services FROM search_facet f WHERE f.kind = ?2 AND f.value = "
                       "coalesce(nullif(t.code, ''), t.name)), 0) "
                       "FROM taxonomy_term t LEFT JOIN taxonomy x ON x.id = t.taxonomy_id "
                       "WHERE coalesce(x.name, t.taxonomy) = ?1 GROUP BY code ORDER BY code"));
    row.bind(1, QString::fromLatin1(taxonomy));
    row.bind(2, QString::fromLatin1(facetKind));
    QList<Entry> entries;
    while (row.step())
        entries << Entry{row.columnText(1),
                         localizer
                             .text(QStringLiteral("taxonomy_term"), row.columnText(0), QStringLiteral("name"),
                                   row.columnText(2))
                             .text,
                         row.columnInt64(3)};
    return printEntries(context, entries, QStringLiteral("CODE"));
}

} // namespace

int runCategories(CliContext& context, const QStringList& arguments)
{
    return listTerms(context, arguments, QStringLiteral("categories"), "pathways-category", "category");
}

int runAudiences(CliContext& context, const QStringList& arguments)
{
    return listTerms(context, arguments, QStringLiteral("audiences"), "pathways-audience", "audience");
}

int runMunicipalities(CliContext& context, const QStringList& arguments)
{
    int exitCode = 0;
    db::Connection* directory =
        prepare(context, arguments, QStringLiteral("municipalities"),
                QStringLiteral("List municipalities and regions with service counts."), &exitCode);
    if (!directory)
        return exitCode;
    auto row = directory->prepare(QStringLiteral(
        "SELECT place_key, name, services, kind FROM search_place ORDER BY kind = 'region', name"));
    QList<Entry> entries;
    while (row.step()) {
        const bool region = row.columnText(3) == QLatin1String("region");
        entries << Entry{row.columnText(0),
                         row.columnText(1) + (region ? QStringLiteral(" (region)") : QString()),
                         row.columnInt64(2)};
    }
    return printEntries(context, entries, QStringLiteral("KEY"));
}

int runLanguages(CliContext& context, const QStringList& arguments)
{
    int exitCode = 0;
    db::Connection* directory =
        prepare(context, arguments, QStringLiteral("languages"),
                QStringLiteral("List the languages spoken at services, with counts."), &exitCode);
    if (!directory)
        return exitCode;
    auto row = directory->prepare(
        QStringLiteral("SELECT value, services FROM search_facet WHERE kind = 'language' ORDER BY value"));
    QList<Entry> entries;
    while (row.step()) {
        const QString code = row.columnText(0);
        const QLocale locale(code);
        const QString name =
            locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
        entries << Entry{code, name, row.columnInt64(1)};
    }
    return printEntries(context, entries, QStringLiteral("CODE"));
}

} // namespace pathways::cli
