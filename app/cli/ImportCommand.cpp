#include "api/UpdateHistory.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TerminalProgress.h"
#include "store/DirectoryStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pathways::cli {

namespace {

// The whole report for `--report FILE.json`: what the summary on the terminal leaves out.
bool writeReport(const QString& path, const QJsonObject& report, QString* error)
{
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(report).toJson(QJsonDocument::Indented);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Replace the installed directory with an HSDS package: a folder of CSV files (HSDS 3.0, or the names "
        "of 2.0 and 1.x), a .zip of one, or HSDS 3.0 JSON (a .json file or a folder of them); or with a "
        "one-sheet CSV (docs/sheet-template.md)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("hsds"), QStringLiteral("The package to import: a folder, a .zip or a .json file."),
         QStringLiteral("PATH")},
        {QStringLiteral("sheet"),
         QStringLiteral("A one-sheet CSV instead: one row per service at a place (docs/sheet-template.md)."),
         QStringLiteral("FILE.csv")},
        {QStringLiteral("quiet"),
         QStringLiteral("No progress bar (there is none when stderr is not a terminal).")},
        {QStringLiteral("report"),
         QStringLiteral("Write every finding (not only the summary) to this JSON file."),
         QStringLiteral("FILE")},
        {QStringLiteral("publisher"), QStringLiteral("Who the data comes from (default: local import)."),
         QStringLiteral("NAME")},
        {QStringLiteral("sequence"), QStringLiteral("Version number recorded for the import (default 0)."),
         QStringLiteral("N")},
    });
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("import"), arguments, &exitCode))
        return exitCode;
    const QString sheet = parser.value(QStringLiteral("sheet"));
    const QString package = sheet.isEmpty() ? parser.value(QStringLiteral("hsds")) : sheet;
    if (package.isEmpty() || !parser.positionalArguments().isEmpty() ||
        (parser.isSet(QStringLiteral("hsds")) && parser.isSet(QStringLiteral("sheet"))))
        return context.userError(QStringLiteral(
            "import needs --hsds PATH (a folder, a .zip or a .json file) or --sheet FILE.csv"));
    if (!QFileInfo::exists(package))
        return context.userError(QStringLiteral("%1 does not exist").arg(package));
    bool sequenceOk = true;
    const quint64 sequence = parser.isSet(QStringLiteral("sequence"))
                                 ? parser.value(QStringLiteral("sequence")).toULongLong(&sequenceOk)
                                 : 0;
    if (!sequenceOk)
        return context.userError(QStringLiteral("--sequence wants a whole number"));

    store::DirectoryOrigin origin;
    origin.publisher = parser.value(QStringLiteral("publisher"));
    if (origin.publisher.isEmpty())
        origin.publisher = QStringLiteral("Local import of %1").arg(QFileInfo(package).absoluteFilePath());
    origin.sequence = sequence;
    origin.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    origin.origin = QStringLiteral("import");

    store::DirectoryStore store(context.data());
    TerminalProgress progress(parser.isSet(QStringLiteral("quiet")) || context.json());
    const auto outcome = store.importHsdsFolder(package, origin, {!sheet.isEmpty(), progress.callback()});
    progress.finish();
    if (outcome.installed)
        api::UpdateHistory(context.data())
            .record({{},
                     QStringLiteral("imported"),
                     origin.publisher,
                     origin.sequence,
                     QFileInfo(package).absoluteFilePath()});
    const auto& report = outcome.report;
    QJsonObject full = report.toJson();
    full.insert(QStringLiteral("installed"), outcome.installed);
    full.insert(QStringLiteral("error"), outcome.error.isEmpty() ? QJsonValue() : QJsonValue(outcome.error));
    const QString reportPath = parser.value(QStringLiteral("report"));
    QString reportError;
    const bool reportWritten = reportPath.isEmpty() || writeReport(reportPath, full, &reportError);
    if (context.json()) {
        context.printJson(full);
    } else {
        // The summary: one line per kind of finding with its count and first examples, never thousands.
        if (!report.format.isEmpty())
            context.err() << "Read as " << report.format << ".\n";
        for (const QString& note : report.notes)
            context.err() << "note: " << note << '\n';
        for (const QString& line : report.summaryLines())
            context.err() << line << '\n';
        if (!reportPath.isEmpty() && reportWritten)
            context.err() << "Every finding is in " << reportPath << ".\n";
        if (outcome.installed) {
            context.out() << "Imported " << report.rowsImported.value(QStringLiteral("service"))
                          << " services from " << report.rowsImported.value(QStringLiteral("organization"))
                          << " organisations (" << report.count(import::ImportIssue::Severity::Warning)
                          << " warnings, " << report.count(import::ImportIssue::Severity::Dropped)
                          << " records dropped).\n";
        }
        context.err().flush();
        context.out().flush();
    }
    if (!outcome.installed)
        return context.failure(
            QStringLiteral("import refused, the installed directory is unchanged: %1").arg(outcome.error));
    if (!reportWritten)
        return context.failure(QStringLiteral("imported, but the report cannot be written to %1: %2")
                                   .arg(reportPath, reportError));
    return 0;
}

} // namespace pathways::cli
