// restore-previous [--yes]: put back the directory kept from before the last update.
#include "api/UpdateService.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/DiffText.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace pathways::cli {

namespace {

void printDiff(QTextStream& out, const bundle::DirectoryDiff& diff, bool verbose)
{
    out << "Services: " << diff.added.size() << " added, " << diff.changed.size() << " changed, "
        << diff.removed.size() << " removed.\n";
    printDiffEntries(out, diff);
    if (verbose)
        printChangedFields(out, diff.changed);
}

} // namespace

int runRestorePrevious(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Put back the directory that was installed before the last update (notes and favourites are kept; "
        "bundles older than the newest ever installed stay refused)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("yes"), QStringLiteral("Do not ask for confirmation (for scripts).")});
    parser.addOption({QStringLiteral("verbose"),
                      QStringLiteral("Also print which fields of each changed service change (installed -> "
                                     "restored).")});
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("restore-previous"), arguments, &exitCode))
        return exitCode;
    const api::UpdateService updates(context.data());
    const Expected<api::UpdateOutcome> preview = updates.restorePrevious(true);
    if (!preview)
        return context.fail(preview.error());
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    if (!yes) {
        if (!::isatty(STDIN_FILENO))
            return context.userError(
                QStringLiteral("restore-previous asks for confirmation: run it in a terminal, or add --yes"));
        QTextStream& out = context.out();
        out << "Restore " << preview->publisher << " sequence " << preview->sequence << " in place of "
            << preview->previousPublisher << " sequence " << preview->previousSequence << "?\n";
        printDiff(out, preview->diff, verbose);
        out << "Notes and favourites are kept. Restore? [y/N] ";
        out.flush();
        char answer[8] = {};
        if (!std::fgets(answer, sizeof answer, stdin) || (answer[0] != 'y' && answer[0] != 'Y')) {
            out << "Nothing changed." << Qt::endl;
            return 0;
        }
    }
    const Expected<api::UpdateOutcome> restored = updates.restorePrevious(false);
    if (!restored)
        return context.fail(restored.error());
    if (context.json()) {
        QJsonObject json = restored->diff.toJson();
        json.insert(QStringLiteral("restored"), true);
        json.insert(QStringLiteral("publisher"), restored->publisher);
        json.insert(QStringLiteral("sequence"), static_cast<qint64>(restored->sequence));
        json.insert(QStringLiteral("previous_publisher"), restored->previousPublisher);
        json.insert(QStringLiteral("previous_sequence"), static_cast<qint64>(restored->previousSequence));
        context.printJson(json);
        return 0;
    }
    QTextStream& out = context.out();
    out << "Restored " << restored->publisher << " sequence " << restored->sequence << " (was "
        << restored->previousPublisher << " sequence " << restored->previousSequence << ").\n";
    printDiff(out, restored->diff, verbose);
    out << "The replaced directory is kept: restore-previous again puts it back.\n";
    out.flush();
    return 0;
}

} // namespace pathways::cli
