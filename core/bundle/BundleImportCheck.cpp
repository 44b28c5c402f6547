// The publisher's side of step 7: a bundle is imported at build time as every installer will import it.
#include "bundle/BundleImportCheck.h"

#include "bundle/ContentCheck.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "import/ImportReport.h"
#include "store/DirectoryStore.h"

#include <QFile>

namespace pathways::bundle {

QString BundleImportCheck::importLikeAnInstaller(const BundleBuilder::Options& options,
                                                 const BundleManifest& manifest, const QTemporaryDir& scratch,
                                                 QString* error, QStringList* warnings)
{
    if (!scratch.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(scratch.errorString());
        return {};
    }
    import::ImportReport report;
    const store::DirectoryOrigin origin{manifest.publisher, manifest.sequence, manifest.created,
                                        manifest.expires,   manifest.region,   QStringLiteral("bundle")};
    const Expected<QString> staged = store::DirectoryStore(directory::DataFolder(scratch.path()))
                                         .buildStagingDatabase(options.hsdsFolder, origin, &report, {false, options.progress});
    if (!staged) {
        *error = staged.error().message;
        return {};
    }
    const QString path = *staged;
    const int dropped = report.count(import::ImportIssue::Severity::Dropped);
    if (dropped > 0) {
        // A CSV bundle that loses records is refused by every installer (its counts disagree); a database
        // would silently lack them. Either way the data needs fixing first.
        const auto first = std::find_if(report.issues.cbegin(), report.issues.cend(), [](const auto& issue) {
            return issue.severity == import::ImportIssue::Severity::Dropped;
        });
        *error = QStringLiteral("%1 record(s) could not be imported, e.g. %2:%3 [%4] %5")
                     .arg(dropped)
                     .arg(first->file)
                     .arg(first->line)
                     .arg(first->recordId, first->message);
        QFile::remove(path);
        return {};
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

bool BundleImportCheck::checkTablesPayload(const BundleBuilder::Options& options,
                                           const BundleManifest& manifest, QString* error,
                                           QStringList* warnings)
{
    const QTemporaryDir scratch;
    const QString path = importLikeAnInstaller(options, manifest, scratch, error, warnings);
    if (path.isEmpty())
        return false;
    try {
        db::Connection connection(path, db::Connection::Mode::ReadOnly);
        const Status checked = content::checkRowsAndReferences(connection, manifest);
        if (!checked)
            *error = checked.error().message;
        return checked.ok();
    } catch (const db::DatabaseError& failure) {
        *error = failure.message();
        return false;
    }
}

} // namespace pathways::bundle
