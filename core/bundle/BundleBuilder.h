#pragma once

#include "bundle/BundleManifest.h"
#include "bundle/Minisign.h"
#include "bundle/Ustar.h"
#include "error/Expected.h"
#include "import/Progress.h"

#include <QTemporaryDir>
#include <optional>

namespace pathways::bundle {

/// The publisher's side: HSDS folder -> payload -> manifest -> signature -> bundle file bytes.
class BundleBuilder
{
public:
    /// Which payload a bundle carries (docs/bundle-format.md section 4).
    enum class PayloadForm {
        Auto,     ///< Tables below kDatabasePayloadThreshold services, Database from there on (Tables again
                  ///< when the database would be over a payload's size limits)
        Tables,   ///< payload.tar.zst: the HSDS CSV tables; small, opens in a spreadsheet
        Database, ///< directory.sqlite.zst: the directory as Pathways installs it; applies several times
                  ///< faster
    };
    /// Services from which PayloadForm::Auto builds a database payload: below it an apply takes about a
    /// second either way, above it a CSV payload's re-import is what a field laptop waits for.
    static constexpr qint64 kDatabasePayloadThreshold = 20000;

    struct Options
    {
        /// The package: an HSDS 3.0 CSV folder, or any shape the importer reads (BundleSource converts it).
        QString hsdsFolder;
        bool sheet = false;                ///< hsdsFolder is a one-sheet CSV (docs/sheet-template.md)
        import::ProgressCallback progress; ///< the phases of the build, and the import's progress
        QString publisher;
        quint64 sequence = 0;
        QString expires; ///< RFC 3339 UTC, or a date "YYYY-MM-DD" (midnight UTC)
        QString created; ///< empty: now
        QString region;
        QList<PublicKey> nextKeys;
        int compressionLevel = 12;
        PayloadForm payload = PayloadForm::Auto;
        qint64 autoThreshold = kDatabasePayloadThreshold; ///< services from which Auto builds a database
        /// A built directory larger than this cannot be a payload: Database fails, Auto falls back to Tables.
        qint64 maxDatabaseBytes = format::kMaxDatabaseBytes;
    };

    /// Reads the allow-listed HSDS files of `options.hsdsFolder` (other files are reported in `warnings`
    /// and left out; a package in another shape is converted first: BundleSource), counts their records,
    /// and builds and signs the bundle. The bytes are deterministic
    /// for given inputs and created time. An Error (one line) when the folder cannot be bundled.
    static Expected<QByteArray> build(const Options& options, const SecretKey& key,
                                      QStringList* warnings = nullptr);

    /// Data records (header excluded) of one CSV file, as the importer's reader sees them.
    static qint64 countRecords(const QByteArray& csv);
    /// Distinct values of the `locale` column of translations.csv, sorted.
    static QStringList translationLocales(const QByteArray& csv);

    // Lower-level pieces, also used by tests to build deliberately broken bundles.
    /// Fills the payload fields (name, sizes, blake2b_512), counts and languages of `manifest` from `files`
    /// and returns the compressed payload.
    static QByteArray makePayload(const QList<ArchiveMember>& files, BundleManifest& manifest,
                                  int level = 12);
    // The database payload is made by BundleDatabasePayload (BundleDatabasePayload.h).
    /// manifest.json + manifest.json.minisig + the payload (named by manifest.payloadName), as a ustar
    /// archive.
    static QByteArray assemble(const QByteArray& manifestJson, const QByteArray& signatureFile,
                               const QByteArray& payload, qint64 mtime = 0,
                               const QString& payloadName = QString::fromLatin1(format::kPayloadName));
    /// Signs the manifest with the trusted comment it requires and assembles the bundle.
    static QByteArray signAndAssemble(const BundleManifest& manifest, const QByteArray& payload,
                                      const SecretKey& key);

    /// "2027-01-31" -> "2027-01-31T00:00:00Z"; RFC 3339 UTC kept; anything else -> empty.
    static QString normalizeTimestamp(const QString& text);
};

} // namespace pathways::bundle
