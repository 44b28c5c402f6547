// The publisher's side of a database payload (docs/bundle-format.md section 4b).
#include "bundle/BundleBuilder.h"
#include "bundle/BundleVerifier.h"
#include "bundle/ContentCheck.h"
#include "bundle/Zstd.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "directory/DirectorySchema.h"
#include "import/HsdsTables.h"
#include "store/DirectoryStore.h"

#include <QFile>
#include <QTemporaryDir>

namespace pathways::bundle {

namespace {

// Tables with rows, and the content languages, of a built directory.
void describeContent(db::Connection& connection, BundleManifest& manifest)
{
    manifest.counts.clear();
    for (const import::TableSpec& spec : import::hsdsTableSpecs()) {
        const qint64 rows =
            connection.queryInt(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(spec.table));
        if (rows > 0 || spec.table == QLatin1String("service"))
            manifest.counts.insert(spec.table, rows);
    }
    manifest.languages.clear();
    auto locales = connection.prepare(
        QStringLiteral("SELECT DISTINCT locale FROM translation WHERE trim(locale) <> '' ORDER BY locale"));
    while (locales.step())
        manifest.languages << locales.columnText(0).trimmed();
}

} // namespace

QByteArray BundleBuilder::makeDatabasePayload(const Options& options, BundleManifest& manifest,
                                              QString* error, QStringList* warnings, bool* overLimit)
{
    const auto tooLarge = [overLimit, error](const QString& what, qint64 size, qint64 limit) {
        if (overLimit)
            *overLimit = true;
        *error = QStringLiteral("%1 is %2 bytes, over the %3-byte limit of a database payload; build with "
                                "--payload csv")
                     .arg(what)
                     .arg(size)
                     .arg(limit);
        return QByteArray();
    };
    const QTemporaryDir work;
    if (!work.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString());
        return {};
    }
    const directory::DataDirectory scratch(work.path());
    import::ImportReport report;
    const store::DirectoryOrigin origin{manifest.publisher, manifest.sequence, manifest.created,
                                        manifest.expires,   manifest.region,   QStringLiteral("bundle")};
    const QString path =
        store::DirectoryStore(scratch).buildStagingDatabase(options.hsdsFolder, origin, &report, error);
    if (path.isEmpty())
        return {};
    const int dropped = report.count(import::ImportIssue::Severity::Dropped);
    const QStringList findings = report.toLines();
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
        *warnings << findings.mid(0, kShown);
        if (findings.size() > kShown)
            *warnings << QStringLiteral("... and %1 more import warnings").arg(findings.size() - kShown);
    }
    try {
        db::Connection connection(path);
        describeContent(connection, manifest);
        // Refuse to sign what an installer would refuse, by the installer's own checks.
        if (!content::checkRowsAndReferences(connection, manifest, error) ||
            !content::checkDatabaseShape(connection, error))
            return {};
        // Same input, same bytes: the install time is the installer's to write; compacted, one file.
        connection.execute(QStringLiteral("UPDATE bundle_meta SET installed_at = created; "
                                          "PRAGMA journal_mode = DELETE; VACUUM"));
    } catch (const db::DatabaseError& failure) {
        *error = failure.message();
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the built directory: %1").arg(file.errorString());
        return {};
    }
    if (file.size() > options.maxDatabaseBytes)
        return tooLarge(QStringLiteral("the built directory"), file.size(), options.maxDatabaseBytes);
    const QByteArray database = file.readAll();
    manifest.payloadName = QString::fromLatin1(format::kDatabasePayloadName);
    manifest.directorySchema = directory::kDirectorySchemaVersion;
    manifest.minAppVersion = QStringLiteral("0.2.0"); // the first Pathways that reads database payloads
    if (!BundleVerifier::checkDatabaseHeader(database, manifest.directorySchema, error))
        return {};
    QByteArray payload = Zstd::compress(database, options.compressionLevel);
    if (payload.isEmpty()) {
        *error = QStringLiteral("zstd compression failed");
        return {};
    }
    // Room for the manifest, its signature and the tar headers within a bundle's size cap.
    constexpr qint64 kMaxPayload =
        format::kMaxBundleBytes - format::kMaxManifestBytes - format::kMaxSignatureBytes - 4096;
    if (payload.size() > kMaxPayload)
        return tooLarge(QStringLiteral("the compressed directory"), payload.size(), kMaxPayload);
    manifest.payloadSize = payload.size();
    manifest.uncompressedSize = database.size();
    manifest.payloadBlake2b512 = blake2b512(payload);
    return payload;
}

} // namespace pathways::bundle
