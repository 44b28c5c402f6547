// corrections list | export FILE | review FILE... --hsds DIR: outdated information reported by the worker,
// queued in user.sqlite until exported for the coordinator, and the coordinator's check of such files.
#include "api/CorrectionExchange.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "user/CorrectionQueue.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pathways::cli {

namespace {

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the corrections reported on this laptop: pending "
                                                    "(not yet exported) and exported."));
    parser.addHelpOption();
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("corrections list"), arguments, &exitCode))
        return exitCode;
    if (!context.data().ensureExists())
        return context.failure(QStringLiteral("cannot create the data folder %1").arg(context.data().root()));
    auto queue = user::CorrectionQueue::open(context.data().userDatabasePath());
    if (!queue)
        return context.fail(queue.error());
    const auto corrections = (*queue)->list();
    if (!corrections)
        return context.fail(corrections.error());
    if (context.json()) {
        // The export's own fields, plus the queue's id and state.
        const QJsonArray exported = QJsonDocument::fromJson(api::CorrectionExchange::toJson(*corrections, {}))
                                        .object()
                                        .value(QStringLiteral("corrections"))
                                        .toArray();
        QJsonArray array;
        for (qsizetype i = 0; i < corrections->size(); ++i) {
            QJsonObject o = exported.at(i).toObject();
            o.insert(QStringLiteral("id"), corrections->at(i).id);
            o.insert(QStringLiteral("pending"), corrections->at(i).pending());
            array.append(o);
        }
        context.printJson(array);
        return 0;
    }
    if (corrections->isEmpty()) {
        context.out() << "No corrections reported.\n";
        return 0;
    }
    TextTable table({QStringLiteral("ID"), QStringLiteral("STATE"), QStringLiteral("SERVICE"), QStringLiteral("FIELD"),
                     QStringLiteral("SUGGESTED"), QStringLiteral("DATE")});
    for (const auto& c : *corrections)
        table.addRow({QString::number(c.id), c.pending() ? QStringLiteral("pending") : QStringLiteral("exported"),
                      c.serviceName.isEmpty() ? c.serviceId : c.serviceName, c.field,
                      c.suggestedValue.isEmpty() ? c.problem : c.suggestedValue, c.created.date().toString(Qt::ISODate)});
    table.print(context.out());
    return 0;
}

int runCorrectionsExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the pending corrections to one JSON file for the "
                                                    "directory's coordinator; they are then marked exported."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The JSON file to write."));
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("corrections export"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.userError(QStringLiteral("corrections export needs one FILE"));
    const QString path = parser.positionalArguments().first();
    const Expected<int> written = api::CorrectionExchange::exportPending(context.data().userDatabasePath(), path);
    if (!written)
        return context.fail(written.error());
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("corrections"), *written}});
    else
        context.out() << "wrote " << path << " (" << *written << (*written == 1 ? " correction)" : " corrections)")
                      << Qt::endl;
    return 0;
}

int runReview(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Check workers' correction files against the publisher's HSDS data: still wrong, already fixed, "
        "changed since, or service gone. The same correction in several files is listed once."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Correction files (JSON)."),
                                 QStringLiteral("FILE..."));
    parser.addOption({QStringLiteral("hsds"), QStringLiteral("The publisher's HSDS data (folder, .zip or .json)."),
                      QStringLiteral("DIR")});
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("corrections review"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty())
        return context.userError(QStringLiteral("corrections review needs at least one FILE"));
    if (!parser.isSet(QStringLiteral("hsds")))
        return context.userError(QStringLiteral("corrections review needs --hsds DIR (the publisher's data)"));
    const auto reviews =
        api::CorrectionExchange::review(parser.positionalArguments(), parser.value(QStringLiteral("hsds")));
    if (!reviews)
        return context.fail(reviews.error());
    if (context.json()) {
        QJsonArray array;
        for (const auto& r : *reviews)
            array.append(QJsonObject{{QStringLiteral("service_id"), r.correction.serviceId},
                                     {QStringLiteral("service_name"), r.correction.serviceName},
                                     {QStringLiteral("field"), r.correction.field},
                                     {QStringLiteral("old_value"), r.correction.oldValue},
                                     {QStringLiteral("suggested_value"), r.correction.suggestedValue},
                                     {QStringLiteral("problem"), r.correction.problem},
                                     {QStringLiteral("current_value"), r.currentValue},
                                     {QStringLiteral("verdict"), api::CorrectionReview::verdictName(r.verdict)},
                                     {QStringLiteral("reports"), r.reports},
                                     {QStringLiteral("files"), QJsonArray::fromStringList(r.files)}});
        context.printJson(array);
        return 0;
    }
    TextTable table({QStringLiteral("VERDICT"), QStringLiteral("SERVICE"), QStringLiteral("FIELD"),
                     QStringLiteral("NOW"), QStringLiteral("SUGGESTED"), QStringLiteral("REPORTS")});
    for (const auto& r : *reviews)
        table.addRow({api::CorrectionReview::verdictName(r.verdict), r.correction.serviceId, r.correction.field,
                      r.currentValue, r.correction.suggestedValue, QString::number(r.reports)});
    table.print(context.out());
    return 0;
}

} // namespace

int runCorrections(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return runList(context, arguments.mid(1));
    if (sub == QLatin1String("export"))
        return runCorrectionsExport(context, arguments.mid(1));
    if (sub == QLatin1String("review"))
        return runReview(context, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub.isEmpty()) {
        context.out() << "Usage: pathways-cli corrections list|export|review ...\n"
                         "  list                      corrections reported on this laptop (pending, exported)\n"
                         "  export FILE               write the pending ones to FILE (JSON) for the coordinator\n"
                         "  review FILE... --hsds DIR check correction files against the publisher's data\n";
        context.out().flush();
        return sub.isEmpty() ? 1 : 0;
    }
    return context.userError(QStringLiteral("unknown corrections command '%1' (try corrections --help)").arg(sub));
}

} // namespace pathways::cli
