#pragma once

#include "error/Expected.h"

#include "bundle/BundleManifest.h"
#include "bundle/Minisign.h"
#include "bundle/TrustStore.h"
#include "bundle/Ustar.h"

#include <QMap>
#include <optional>

namespace pathways::bundle {

/// What is installed, for the sequence check (step 5).
struct InstalledState
{
    bool present = false;
    QString publisher;
    quint64 sequence = 0;
    /// Highest sequence ever installed per publisher (carried from directory to directory), so a bundle of
    /// a publisher that is not the current one cannot roll back either.
    QMap<QString, quint64> highWater;
};

/// The verification steps, in the order they run. Each failure names its step.
enum class VerifyStep { FileSize = 1, Archive, Signature, Manifest, Sequence, Payload, Content, Apply };
QString stepName(VerifyStep step);

struct VerifyResult
{
    enum class Outcome { Valid, AlreadyInstalled, Refused };
    Outcome outcome = Outcome::Refused;
    VerifyStep step = VerifyStep::FileSize; ///< the failing step when Refused
    QString reason;                         ///< one line when Refused

    QByteArray bundleBytes; ///< the whole file, kept so an install can hand on an identical copy
    /// What manifest.json says, parsed even when the signature fails (for `bundle inspect`); only
    /// trustworthy when outcome != Refused or step > Manifest.
    std::optional<BundleManifest> claimed;
    std::optional<Signature> signature;
    std::optional<TrustedKey> signer;
    QList<ArchiveMember> payloadFiles; ///< the decompressed CSV files (step 6 passed, CSV payload)
    QByteArray payloadDatabase; ///< the decompressed directory database (step 6 passed, database payload)

    bool ok() const { return outcome != Outcome::Refused; }
    /// "step 3 (signature): ..." for messages.
    QString describe() const;
};

/// Checks a bundle before anything of it is used, in the order of docs/bundle-format.md: size, archive
/// structure, signature and trust, manifest, sequence, payload hash and capped decompression. Never touches
/// the disk; the first failure stops it.
class BundleVerifier
{
public:
    /// Step 1 for a file: refuses files over format::kMaxBundleBytes and empty files before reading them.
    static VerifyResult readFile(const QString& path);
    /// Steps 2-6 on `result.bundleBytes` (from readFile). With `installed` null the sequence step is skipped
    /// (verify/inspect without a data folder).
    static void verify(VerifyResult& result, const TrustStore& trust, const InstalledState* installed);
    /// readFile + verify.
    static VerifyResult verifyFile(const QString& path, const TrustStore& trust,
                                   const InstalledState* installed);

    /// Splits an outer archive into its three members (step 2 only); for the builder's self-check and
    /// fuzzing.
    static Expected<QList<ArchiveMember>> readOuter(const QByteArray& bytes);
    /// Step 6 for a database payload: the decompressed bytes must be an SQLite database file of the schema
    /// version the manifest names, and one this Pathways reads. Its content is checked at step 7.
    static Status checkDatabaseHeader(const QByteArray& database, int directorySchema);
    /// Step 6's inner archive reader: allow-listed payload file names only, each under the total cap.
    static Expected<QList<ArchiveMember>> readPayload(const QByteArray& tar, qint64 cap);
};

} // namespace pathways::bundle
