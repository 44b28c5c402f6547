// The publisher's side of a database payload (docs/bundle-format.md section 4b).
#include "bundle/BundleDatabasePayload.h"

#include "bundle/BundleImportCheck.h"
#include "bundle/BundleVerifier.h"
#include "bundle/ContentCheck.h"
#include "bundle/Zstd.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "directory/DirectorySchema.h"
#include "import/HsdsTables.h"

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

QByteArray BundleDatabasePayload::make(const BundleBuilder::Options& options, BundleManifest& manifest,
                                       QString* error, QStringList* warnings, bool* overLimit)
{
    const auto tooLarge = [overLimit, error](const QString& what, qint64 size, qint64 limit) {
        if (overLimit)
            *overLimit = true;
        *error = QStringLiteral("%1 is %2 bytes, over the %3-byte limit of a database payload")
                     .arg(what)
                     .arg(size)
                     .arg(limit);
        return QByteArray();
    };
    const QTemporaryDir work;
    const QString path = BundleImportCheck::importLikeAnInstaller(options, manifest, work, error, warnings);
    if (path.isEmpty())
        return {};
    try {
        db::Connection connection(path);
        describeContent(connection, manifest);
        // Refuse to sign what an installer would refuse, by the installer's own checks.
        Status checked = content::checkRowsAndReferences(connection, manifest);
        if (checked)
            checked = content::checkDatabaseShape(connection);
        if (!checked) {
            *error = checked.error().message;
            return {};
        }
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
    if (const Status header = BundleVerifier::checkDatabaseHeader(database, manifest.directorySchema); !header) {
        *error = header.error().message;
        return {};
    }
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
