#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TerminalProgress.h"
#include "store/DirectoryStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

int runExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write the installed directory as an HSDS 3.0 CSV package with datapackage.json, which "
        "`import --hsds DIR` (or `bundle build --hsds DIR`) reads back into the same directory."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("hsds"), QStringLiteral("The folder to write (new or empty)."),
         QStringLiteral("DIR")},
        {QStringLiteral("quiet"), QStringLiteral("No progress bar.")},
    });
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("export"), arguments, &exitCode))
        return exitCode;
    const QString folder = parser.value(QStringLiteral("hsds"));
    if (folder.isEmpty() || !parser.positionalArguments().isEmpty())
        return context.userError(QStringLiteral("export needs --hsds DIR (a new or empty folder)"));

    TerminalProgress progress(parser.isSet(QStringLiteral("quiet")) || context.json());
    const auto written = store::DirectoryStore(context.data()).exportHsds(folder, progress.callback());
    progress.finish();
    if (!written)
        return context.fail(written.error());
    const qint64 services = written->rows.value(QStringLiteral("service"));
    if (context.json()) {
        QJsonObject rows;
        for (auto it = written->rows.cbegin(); it != written->rows.cend(); ++it)
            rows.insert(it.key(), it.value());
        context.printJson(QJsonObject{{QStringLiteral("folder"), folder},
                                      {QStringLiteral("format"), QStringLiteral("HSDS 3.0 CSV")},
                                      {QStringLiteral("rows"), rows},
                                      {QStringLiteral("files"), QJsonArray::fromStringList(written->files)}});
    } else {
        context.out() << "Wrote " << services << " services in " << written->files.size() - 1 << " tables to "
                      << folder << " as an HSDS 3.0 CSV package.\n";
        context.out().flush();
    }
    return 0;
}

} // namespace pathways::cli
