// The publisher's side of step 7: a bundle is imported at build time as every installer will import it.
#include "bundle/BundleImportCheck.h"

#include "bundle/ContentCheck.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "import/ImportReport.h"
#include "store/DirectoryStore.h"

#include <QFile>

namespace pathways::bundle {

Expected<QString> BundleImportCheck::importLikeAnInstaller(const BundleBuilder::Options& options,
                                                           const BundleManifest& manifest,
                                                           const QTemporaryDir& scratch,
                                                           QStringList* warnings)
{
    if (!scratch.isValid())
        return Error{Error::Kind::Io,
                     QStringLiteral("cannot create a temporary folder: %1").arg(scratch.errorString()),
                     {}};
    import::ImportReport report;
    const store::DirectoryOrigin origin{manifest.publisher, manifest.sequence, manifest.created,
                                        manifest.expires,   manifest.region,   QStringLiteral("bundle")};
    const Expected<QString> staged = store::DirectoryStore(directory::DataFolder(scratch.path()))
                                         .buildStagingDatabase(options.hsdsFolder, origin, &report, {false, options.progress});
    if (!staged)
        return Error::refused(staged.error().message, staged.error().detail);
    const QString path = *staged;
    const int dropped = report.count(import::ImportIssue::Severity::Dropped);
    if (dropped > 0) {
        // A CSV bundle that loses records is refused by every installer (its counts disagree); a database
        // would silently lack them. Either way the data needs fixing first.
        const auto first = std::find_if(report.issues.cbegin(), report.issues.cend(), [](const auto& issue) {
            return issue.severity == import::ImportIssue::Severity::Dropped;
        });
        QFile::remove(path);
        return Error::refused(QStringLiteral("%1 record(s) could not be imported, e.g. %2:%3 [%4] %5")
                                  .arg(dropped)
                                  .arg(first->file)
                                  .arg(first->line)
                                  .arg(first->recordId, first->message));
    }
    if (warnings) {
        constexpr int kShown = 20;
        const QStringList findings = report.toLines();
        *warnings << findings.mid(0, kShown);
        if (findings.size() > kShown)
            *warnings << QStringLiteral("... and %1 more import warnings").arg(findings.size() - kShown);
    }
    return path;
}

Status BundleImportCheck::checkTablesPayload(const BundleBuilder::Options& options,
                                             const BundleManifest& manifest, QStringList* warnings)
{
    const QTemporaryDir scratch;
    const Expected<QString> path = importLikeAnInstaller(options, manifest, scratch, warnings);
    if (!path)
        return path.error();
    try {
        db::Connection connection(*path, db::Connection::Mode::ReadOnly);
        return content::checkRowsAndReferences(connection, manifest);
    } catch (const db::DatabaseError& failure) {
        return Error::refused(failure.message());
    }
}

} // namespace pathways::bundle
