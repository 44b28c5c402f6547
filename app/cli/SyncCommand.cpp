#include "bundle/BundleInstaller.h"
#include "cli/BundleCommandSupport.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/SyncCommandDownload.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

namespace {

void printEntries(QTextStream& out, const char* label, const QList<bundle::DirectoryDiff::Entry>& entries)
{
    for (const bundle::DirectoryDiff::Entry& entry : entries)
        out << "  " << label << ' ' << entry.id << "  " << entry.name << '\n';
}

} // namespace

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

    QString file = url.isEmpty() ? parser.positionalArguments().first() : QString();
    DownloadResult download;
    if (!url.isEmpty()) {
        download = downloadBundle(context.data(), url);
        if (download.status == DownloadResult::Status::Failed)
            return context.failure(download.error);
        if (download.status == DownloadResult::Status::NotModified) {
            context.out() << "Not modified since the last sync from " << url << "; nothing to do."
                          << Qt::endl;
            return 0;
        }
        file = download.file;
    }
    const bundle::TrustStore trust = bundlecli::loadTrustStore(context);
    bundle::BundleInstaller installer(context.data());
    const bundle::BundleInstaller::Outcome outcome = installer.apply(file, trust);
    if (!url.isEmpty()) {
        QFile::remove(download.file);
        if (outcome.verify.ok())
            rememberEtag(context.data(), url, download.etag);
    }
    if (!outcome.verify.ok())
        return context.failure(outcome.verify.describe());
    const bundle::BundleManifest& manifest = *outcome.verify.claimed;
    const bool already = outcome.verify.outcome == bundle::VerifyResult::Outcome::AlreadyInstalled;

    if (context.json()) {
        QJsonObject result = outcome.diff.toJson();
        result.insert(QStringLiteral("installed"), outcome.installed);
        result.insert(QStringLiteral("already_installed"), already);
        result.insert(QStringLiteral("publisher"), manifest.publisher);
        result.insert(QStringLiteral("sequence"), static_cast<qint64>(manifest.sequence));
        result.insert(QStringLiteral("previous_publisher"), outcome.previousPublisher);
        result.insert(QStringLiteral("previous_sequence"), static_cast<qint64>(outcome.previousSequence));
        result.insert(QStringLiteral("expires"), manifest.expires);
        result.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings));
        result.insert(QStringLiteral("import_findings"),
                      QJsonArray::fromStringList(outcome.report.toLines()));
        context.printJson(result);
    } else {
        QTextStream& out = context.out();
        if (already) {
            out << "Already installed: " << manifest.publisher << " sequence " << manifest.sequence
                << "; nothing to do.\n";
        } else {
            out << "Installed " << manifest.publisher << " sequence " << manifest.sequence << " (was "
                << (outcome.previousPublisher.isEmpty() ? QStringLiteral("nothing")
                                                        : QStringLiteral("%1 sequence %2")
                                                              .arg(outcome.previousPublisher)
                                                              .arg(outcome.previousSequence))
                << ").\n"
                << "Services: " << outcome.diff.added.size() << " added, " << outcome.diff.changed.size()
                << " changed, " << outcome.diff.removed.size() << " removed.\n";
            printEntries(out, "+", outcome.diff.added);
            printEntries(out, "~", outcome.diff.changed);
            printEntries(out, "-", outcome.diff.removed);
        }
        const QStringList findings = outcome.report.toLines();
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
