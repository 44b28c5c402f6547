#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "store/DirectoryStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

namespace {

QString severityName(import::ImportIssue::Severity severity)
{
    switch (severity) {
    case import::ImportIssue::Severity::Warning:
        return QStringLiteral("warning");
    case import::ImportIssue::Severity::Dropped:
        return QStringLiteral("dropped");
    case import::ImportIssue::Severity::Fatal:
        break;
    }
    return QStringLiteral("fatal");
}

} // namespace

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Replace the installed directory with an HSDS 3.0 Tabular Data Package (a folder of CSV files)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("hsds"), QStringLiteral("The folder to import."), QStringLiteral("DIR")},
        {QStringLiteral("publisher"), QStringLiteral("Who the data comes from (default: local import)."),
         QStringLiteral("NAME")},
        {QStringLiteral("sequence"), QStringLiteral("Version number recorded for the import (default 0)."),
         QStringLiteral("N")},
    });
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("import"), arguments, &exitCode))
        return exitCode;
    const QString folder = parser.value(QStringLiteral("hsds"));
    if (folder.isEmpty() || !parser.positionalArguments().isEmpty())
        return context.userError(QStringLiteral("import needs --hsds DIR"));
    if (!QFileInfo(folder).isDir())
        return context.userError(QStringLiteral("%1 is not a folder").arg(folder));
    bool sequenceOk = true;
    const quint64 sequence = parser.isSet(QStringLiteral("sequence"))
                                 ? parser.value(QStringLiteral("sequence")).toULongLong(&sequenceOk)
                                 : 0;
    if (!sequenceOk)
        return context.userError(QStringLiteral("--sequence wants a whole number"));

    store::DirectoryOrigin origin;
    origin.publisher = parser.value(QStringLiteral("publisher"));
    if (origin.publisher.isEmpty())
        origin.publisher = QStringLiteral("Local import of %1").arg(QFileInfo(folder).absoluteFilePath());
    origin.sequence = sequence;
    origin.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    origin.origin = QStringLiteral("import");

    store::DirectoryStore store(context.data());
    const auto outcome = store.importHsdsFolder(folder, origin);
    const auto& report = outcome.report;
    if (context.json()) {
        QJsonArray issues;
        for (const auto& issue : report.issues)
            issues.append(QJsonObject{{QStringLiteral("severity"), severityName(issue.severity)},
                                      {QStringLiteral("file"), issue.file},
                                      {QStringLiteral("line"), issue.line},
                                      {QStringLiteral("id"), issue.recordId},
                                      {QStringLiteral("message"), issue.message}});
        QJsonObject rows;
        for (auto it = report.rowsImported.cbegin(); it != report.rowsImported.cend(); ++it)
            rows.insert(it.key(), it.value());
        context.printJson(QJsonObject{
            {QStringLiteral("installed"), outcome.installed},
            {QStringLiteral("error"), outcome.error.isEmpty() ? QJsonValue() : QJsonValue(outcome.error)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("issues"), issues}});
    } else {
        for (const QString& line : report.toLines())
            context.err() << line << '\n';
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
    return 0;
}

} // namespace pathways::cli
