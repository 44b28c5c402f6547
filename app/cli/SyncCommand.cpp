#include "api/UpdateService.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/DiffText.h"
#include "cli/TerminalProgress.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

int runSync(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Verify a directory bundle and, if it is genuine and newer, install it."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("url"),
         QStringLiteral("Download the bundle over HTTPS (timeout, size cap, ETag) instead of FILE."),
         QStringLiteral("URL")});
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("Verify the bundle (with --url: download it first) and print what "
                                     "installing it would change; install nothing.")});
    parser.addOption({QStringLiteral("verbose"),
                      QStringLiteral("With --dry-run, also print which fields of each changed service change "
                                     "(old -> new).")});
    parser.addOption({QStringLiteral("quiet"),
                      QStringLiteral("No progress bar (there is none when stderr is not a terminal).")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The bundle (*.pathways)."));
    if (!context.parse(parser, QStringLiteral("sync"), arguments))
        return 1;
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return 0;
    }
    const QString url = parser.value(QStringLiteral("url"));
    if (url.isEmpty() == (parser.positionalArguments().size() != 1))
        return context.userError(QStringLiteral("sync needs one bundle FILE or --url URL"));

    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    api::UpdateService updates(context.data());
    // A 1M-service bundle takes the better part of a minute: the download in kB, then the install's phases.
    TerminalProgress progress(parser.isSet(QStringLiteral("quiet")) || context.json());
    updates.setProgress(progress.callback());
    api::DownloadProgress downloaded;
    if (progress.enabled())
        downloaded = [&progress](qint64 received, qint64 total) {
            progress.update({QStringLiteral("downloading"), received / 1024, total > 0 ? total / 1024 : -1,
                             QStringLiteral("kB")});
        };
    const QString file = url.isEmpty() ? parser.positionalArguments().first() : QString();
    Expected<api::UpdateOutcome> result =
        !url.isEmpty()
            ? (dryRun ? updates.previewFromUrl(url, downloaded) : updates.installFromUrl(url, downloaded))
            : Expected<api::UpdateOutcome>(dryRun ? updates.preview(file) : updates.install(file));
    progress.finish();
    if (result && result->download) // --url --dry-run: the downloaded file goes, as a Cancel in the window
        api::UpdateService::discardDownload(*result->download);
    if (!result) // every download problem, a non-https address included, is exit code 2 (the contract)
        return context.failure(result.error().message);
    const api::UpdateOutcome& outcome = *result;
    for (const QString& warning : outcome.trustWarnings)
        context.err() << "pathways-cli: warning: " << warning << Qt::endl;
    if (outcome.result == api::UpdateOutcome::Result::NotModified) {
        context.out() << "Not modified since the last sync from " << url << "; nothing to do." << Qt::endl;
        return 0;
    }
    if (outcome.refusal)
        return context.failure(outcome.refusal->message);
    const bool already = outcome.result == api::UpdateOutcome::Result::AlreadyInstalled;
    const bool installed = outcome.result == api::UpdateOutcome::Result::Installed;

    if (context.json()) {
        QJsonObject json = outcome.diff.toJson();
        json.insert(QStringLiteral("installed"), installed);
        json.insert(QStringLiteral("already_installed"), already);
        json.insert(QStringLiteral("dry_run"), dryRun);
        json.insert(QStringLiteral("publisher"), outcome.publisher);
        json.insert(QStringLiteral("sequence"), static_cast<qint64>(outcome.sequence));
        json.insert(QStringLiteral("previous_publisher"), outcome.previousPublisher);
        json.insert(QStringLiteral("previous_sequence"), static_cast<qint64>(outcome.previousSequence));
        json.insert(QStringLiteral("expires"), outcome.expires);
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings));
        json.insert(QStringLiteral("import_findings"), QJsonArray::fromStringList(outcome.importFindings));
        context.printJson(json);
    } else {
        QTextStream& out = context.out();
        if (already) {
            out << "Already installed: " << outcome.publisher << " sequence " << outcome.sequence
                << "; nothing to do.\n";
        } else {
            out << (dryRun ? "Would install " : "Installed ") << outcome.publisher << " sequence "
                << outcome.sequence << " (" << (dryRun ? "installed: " : "was ")
                << (outcome.previousPublisher.isEmpty() ? QStringLiteral("nothing")
                                                        : QStringLiteral("%1 sequence %2")
                                                              .arg(outcome.previousPublisher)
                                                              .arg(outcome.previousSequence))
                << ").\n"
                << "Services: " << outcome.diff.added.size() << " added, " << outcome.diff.changed.size()
                << " changed, " << outcome.diff.removed.size() << " removed.\n";
            printDiffEntries(out, outcome.diff);
            if (parser.isSet(QStringLiteral("verbose")))
                printChangedFields(out, outcome.diff.changed);
            if (dryRun)
                out << "Nothing was installed (--dry-run).\n";
        }
        const QStringList& findings = outcome.importFindings;
        if (!findings.isEmpty())
            out << "Import findings (the publisher may want to fix these): " << findings.size()
                << ", first: " << findings.first() << '\n';
        for (const QString& warning : outcome.warnings)
            out << "WARNING: " << warning << '\n';
        out.flush();
    }
    return 0;
}

} // namespace pathways::cli
