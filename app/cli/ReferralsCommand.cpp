// referrals list [--from DATE] [--to DATE] | export FILE.csv [--from DATE] [--to DATE] | clear [--yes]: the
// worker's optional referral log (day, service, category; never a client) for the monthly report. The log is
// turned on and off in the window (Referral -> Referral log...).
#include "api/DirectoryReader.h"
#include "api/ReferralLogging.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "user/ReferralLog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace pathways::cli {

namespace {

void addRangeOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("from"), QStringLiteral("First day to include (YYYY-MM-DD)."), QStringLiteral("DATE")},
        {QStringLiteral("to"), QStringLiteral("Last day to include (YYYY-MM-DD)."), QStringLiteral("DATE")},
    });
}

/// --from/--to as dates; false after the one-line error (exit code in `exitCode`).
bool readRange(CliContext& context, const QCommandLineParser& parser, QDate* from, QDate* to, int* exitCode)
{
    for (const auto& [name, date] : {std::pair{QStringLiteral("from"), from}, std::pair{QStringLiteral("to"), to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid()) {
            *exitCode = context.userError(
                QStringLiteral("--%1 wants a date as YYYY-MM-DD, not '%2'").arg(name, parser.value(name)));
            return false;
        }
    }
    if (from->isValid() && to->isValid() && *from > *to) {
        *exitCode = context.userError(QStringLiteral("--from %1 is after --to %2")
                                          .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return false;
    }
    return true;
}

QHash<QString, QString> categoryNames(CliContext& context)
{
    // Names only make the output easier to read; without a directory the codes remain.
    api::DirectoryReader* reader = context.reader();
    if (!reader)
        return {};
    return api::ReferralLogging::categoryNames(*reader, context.languages()).value_or(QHash<QString, QString>{});
}

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the referral log: one line per referral (day, service, "
                                                    "category), oldest first."));
    parser.addHelpOption();
    addRangeOptions(parser);
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("referrals list"), arguments, &exitCode))
        return exitCode;
    QDate from, to;
    if (!readRange(context, parser, &from, &to, &exitCode))
        return exitCode;
    auto log = user::ReferralLog::open(context.data().userDatabasePath());
    if (!log)
        return context.fail(log.error());
    const auto entries = (*log)->list(from, to);
    if (!entries)
        return context.fail(entries.error());
    const auto enabled = (*log)->enabled();
    const QHash<QString, QString> names = categoryNames(context);
    if (context.json()) {
        QJsonArray array;
        for (const auto& e : *entries)
            array.append(QJsonObject{{QStringLiteral("date"), e.day.toString(Qt::ISODate)},
                                     {QStringLiteral("service_id"), e.serviceId},
                                     {QStringLiteral("service_name"), e.serviceName},
                                     {QStringLiteral("category"), e.category},
                                     {QStringLiteral("category_name"), names.value(e.category)}});
        context.printJson(array);
        return 0;
    }
    if (enabled && !*enabled)
        context.out() << "The referral log is off (the window turns it on: Referral -> Referral log...).\n";
    if (entries->isEmpty()) {
        context.out() << "No referrals logged.\n";
        return 0;
    }
    TextTable table({QStringLiteral("DATE"), QStringLiteral("SERVICE"), QStringLiteral("CATEGORY")});
    for (const auto& e : *entries)
        table.addRow({e.day.toString(Qt::ISODate), e.serviceName.isEmpty() ? e.serviceId : e.serviceName,
                      names.value(e.category, e.category)});
    table.print(context.out());
    return 0;
}

int runReferralsExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the referral log as CSV (date, service_id, service_name, category, category_name) for the monthly "
        "report. The log is kept; 'referrals clear' empties it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The CSV file to write."));
    addRangeOptions(parser);
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("referrals export"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.userError(QStringLiteral("referrals export needs one FILE.csv"));
    QDate from, to;
    if (!readRange(context, parser, &from, &to, &exitCode))
        return exitCode;
    const QString path = parser.positionalArguments().first();
    const Expected<int> written =
        api::ReferralLogging::exportCsv(context.data().userDatabasePath(), path, categoryNames(context), from, to);
    if (!written)
        return context.fail(written.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("referrals"), *written}});
    else
        context.out() << "wrote " << path << " (" << *written << (*written == 1 ? " referral)" : " referrals)")
                      << Qt::endl;
    return 0;
}

int runClear(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Delete every entry of the referral log (asks first; --yes for "
                                                    "scripts). Whether the log is on does not change."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation (for scripts).")});
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("referrals clear"), arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("yes"))) {
        if (!::isatty(STDIN_FILENO))
            return context.userError(QStringLiteral("referrals clear asks for confirmation: run it in a terminal, or add --yes"));
        context.out() << "Delete every entry of the referral log? [y/N] ";
        context.out().flush();
        char answer[8] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
            context.out() << "Nothing changed." << Qt::endl;
            return 0;
        }
    }
    auto log = user::ReferralLog::open(context.data().userDatabasePath());
    if (!log)
        return context.fail(log.error());
    const Expected<int> removed = (*log)->clear();
    if (!removed)
        return context.fail(removed.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("deleted"), *removed}});
    else
        context.out() << "deleted " << *removed << (*removed == 1 ? " referral" : " referrals") << Qt::endl;
    return 0;
}

} // namespace

int runReferrals(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return runList(context, arguments.mid(1));
    if (sub == QLatin1String("export"))
        return runReferralsExport(context, arguments.mid(1));
    if (sub == QLatin1String("clear"))
        return runClear(context, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub.isEmpty()) {
        context.out() << "Usage: pathways-cli referrals list|export|clear ...\n"
                         "  list [--from DATE] [--to DATE]          the referral log (day, service, category)\n"
                         "  export FILE.csv [--from DATE] [--to DATE] the log as CSV for the monthly report\n"
                         "  clear [--yes]                           delete every entry\n"
                         "The log is off unless turned on in the window (Referral -> Referral log...).\n";
        context.out().flush();
        return sub.isEmpty() ? 1 : 0;
    }
    return context.userError(QStringLiteral("unknown referrals command '%1' (try referrals --help)").arg(sub));
}

} // namespace pathways::cli
