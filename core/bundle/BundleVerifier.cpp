#include "bundle/BundleVerifier.h"

#include "bundle/Zstd.h"
#include "directory/DirectorySchema.h"

#include <QFile>
#include <QFileInfo>
#include <sodium.h>

namespace pathways::bundle {

namespace {

bool refuse(VerifyResult& result, VerifyStep step, const QString& reason)
{
    result.outcome = VerifyResult::Outcome::Refused;
    result.step = step;
    result.reason = reason;
    return false;
}

QByteArray sha256(const QByteArray& data)
{
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(out.data()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

} // namespace

QString stepName(VerifyStep step)
{
    switch (step) {
    case VerifyStep::FileSize:
        return QStringLiteral("size");
    case VerifyStep::Archive:
        return QStringLiteral("archive");
    case VerifyStep::Signature:
        return QStringLiteral("signature");
    case VerifyStep::Manifest:
        return QStringLiteral("manifest");
    case VerifyStep::Sequence:
        return QStringLiteral("sequence");
    case VerifyStep::Payload:
        return QStringLiteral("payload");
    case VerifyStep::Content:
        return QStringLiteral("content");
    case VerifyStep::Apply:
        return QStringLiteral("apply");
    }
    return {};
}

QString VerifyResult::describe() const
{
    if (outcome == Outcome::Valid)
        return QStringLiteral("valid");
    if (outcome == Outcome::AlreadyInstalled)
        return reason;
    return QStringLiteral("refused at step %1 (%2): %3")
        .arg(static_cast<int>(step))
        .arg(stepName(step), reason);
}

VerifyResult BundleVerifier::readFile(const QString& path)
{
    VerifyResult result;
    const QFileInfo info(path);
    if (!info.isFile()) {
        refuse(result, VerifyStep::FileSize, QStringLiteral("%1 is not a readable file").arg(path));
        return result;
    }
    if (info.size() > format::kMaxBundleBytes) {
        refuse(result, VerifyStep::FileSize,
               QStringLiteral("file is %1 bytes, more than the %2 allowed")
                   .arg(info.size())
                   .arg(format::kMaxBundleBytes));
        return result;
    }
    if (info.size() == 0) {
        refuse(result, VerifyStep::FileSize, QStringLiteral("file is empty"));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        refuse(result, VerifyStep::FileSize,
               QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return result;
    }
    // Read at most one byte past the cap: the file may grow between stat and read.
    result.bundleBytes = file.read(format::kMaxBundleBytes + 1);
    if (result.bundleBytes.size() > format::kMaxBundleBytes)
        refuse(result, VerifyStep::FileSize,
               QStringLiteral("file grew past the size limit while being read"));
    else
        result.outcome = VerifyResult::Outcome::Valid;
    return result;
}

Expected<QList<ArchiveMember>> BundleVerifier::readOuter(const QByteArray& bytes)
{
    static const QString expected[] = {QString::fromLatin1(format::kManifestName),
                                       QString::fromLatin1(format::kSignatureName),
                                       QString::fromLatin1(format::kPayloadName)};
    Ustar::Limits limits;
    limits.maxMembers = 3;
    limits.maxTotalBytes = format::kMaxBundleBytes;
    limits.maxMemberBytes = [](const QString& name, qsizetype index) -> qint64 {
        // The third member is either payload form; which one the manifest declares is checked at step 4.
        const bool expectedName =
            index < 2
                ? name == expected[index]
                : index == 2 && (name == expected[2] || name == QLatin1String(format::kDatabasePayloadName));
        if (!expectedName)
            return -1;
        return index == 0   ? format::kMaxManifestBytes
               : index == 1 ? format::kMaxSignatureBytes
                            : format::kMaxBundleBytes;
    };
    auto members = Ustar::read(bytes, limits);
    if (!members)
        return members.error();
    if (members->size() != 3)
        return Error::refused(
            QStringLiteral("archive: %1 members, a bundle has exactly 3 (manifest.json, manifest.json.minisig, "
                           "and payload.tar.zst or directory.sqlite.zst)")
                .arg(members->size()));
    return *members;
}

Expected<QList<ArchiveMember>> BundleVerifier::readPayload(const QByteArray& tar, qint64 cap)
{
    Ustar::Limits limits;
    limits.maxMembers = format::payloadFileNames().size();
    limits.maxTotalBytes = cap;
    limits.maxMemberBytes = [cap](const QString& name, qsizetype) -> qint64 {
        return format::payloadFileNames().contains(name) ? cap : -1;
    };
    auto files = Ustar::read(tar, limits);
    if (!files)
        return Error::refused(
            QString(files.error().message).replace(0, 9, QStringLiteral("payload archive: ")));
    return *files;
}

void BundleVerifier::verify(VerifyResult& result, const TrustStore& trust, const InstalledState* installed)
{
    if (result.outcome == VerifyResult::Outcome::Refused)
        return;
    // Step 2: archive structure. Nothing of a member is interpreted before the whole archive is known good.
    const auto members = readOuter(result.bundleBytes);
    if (!members) {
        refuse(result, VerifyStep::Archive, members.error().message);
        return;
    }
    const QByteArray& manifestBytes = members->at(0).data;
    const QByteArray& payloadBytes = members->at(2).data;
    if (auto claimed = BundleManifest::parse(manifestBytes)) // for inspect only, not trusted yet
        result.claimed = std::move(claimed.value());

    // Step 3: signature and trust.
    const auto signature = Signature::parse(members->at(1).data);
    if (!signature) {
        refuse(result, VerifyStep::Signature, signature.error().message);
        return;
    }
    result.signature = *signature;
    if (signature->algorithm == "Ed") {
        refuse(result, VerifyStep::Signature,
               QStringLiteral("signature: legacy 'Ed' (non-prehashed) signatures are refused"));
        return;
    }
    if (trust.isRevoked(signature->keyId)) {
        refuse(result, VerifyStep::Signature,
               QStringLiteral("signature: key %1 has been revoked").arg(keyIdToHex(signature->keyId)));
        return;
    }
    const TrustedKey* signer = trust.find(signature->keyId);
    if (!signer) {
        refuse(
            result, VerifyStep::Signature,
            QStringLiteral("signature: key %1 is not in the trust store").arg(keyIdToHex(signature->keyId)));
        return;
    }
    if (signer->demonstration && !trust.acceptsDemonstration()) {
        refuse(
            result, VerifyStep::Signature,
            QStringLiteral("signature: key %1 is the public demonstration key, trusted only for the built-in "
                           "default directory")
                .arg(keyIdToHex(signature->keyId)));
        return;
    }
    if (const Status verified = signature->verify(signer->key, manifestBytes); !verified) {
        refuse(result, VerifyStep::Signature, verified.error().message);
        return;
    }
    result.signer = *signer;

    // Step 4: the (now authentic) manifest.
    auto manifest = BundleManifest::parse(manifestBytes);
    if (!manifest) {
        refuse(result, VerifyStep::Manifest, manifest.error().message);
        return;
    }
    result.claimed = *manifest;
    if (!BundleManifest::appVersionAtLeast(manifest->minAppVersion)) {
        refuse(result, VerifyStep::Manifest,
               QStringLiteral("manifest: needs Pathways %1 or later (this is %2)")
                   .arg(manifest->minAppVersion, BundleManifest::appVersion()));
        return;
    }
    if (signature->trustedComment != manifest->trustedComment()) {
        refuse(result, VerifyStep::Manifest,
               QStringLiteral("manifest: the signed trusted comment does not agree with manifest.json"));
        return;
    }
    if (!signer->publisher.isEmpty() && signer->publisher != manifest->publisher) {
        refuse(result, VerifyStep::Manifest,
               QStringLiteral("manifest: key %1 may only sign for \"%2\", not \"%3\"")
                   .arg(signer->key.idHex(), signer->publisher, manifest->publisher));
        return;
    }
    if (members->at(2).name != manifest->payloadName) {
        refuse(result, VerifyStep::Manifest,
               QStringLiteral("manifest: the payload is declared as %1 but the bundle carries %2")
                   .arg(manifest->payloadName, members->at(2).name));
        return;
    }

    // Step 6's first half comes before the sequence: the payload's size and hash. A damaged copy of the
    // installed bundle (or of an older one) is called damaged, never "already installed", so nobody passes
    // it on as good.
    if (payloadBytes.size() != manifest->payloadSize) {
        refuse(result, VerifyStep::Payload,
               QStringLiteral("payload: %1 bytes, manifest says %2")
                   .arg(payloadBytes.size())
                   .arg(manifest->payloadSize));
        return;
    }
    if ((!manifest->payloadBlake2b512.isEmpty() && blake2b512(payloadBytes) != manifest->payloadBlake2b512) ||
        (!manifest->payloadSha256.isEmpty() && sha256(payloadBytes) != manifest->payloadSha256)) {
        refuse(result, VerifyStep::Payload,
               QStringLiteral("payload: hash does not match the manifest (altered or "
                              "from another bundle)"));
        return;
    }

    // Step 5: sequence. Rollback protection rests on this, not on the clock.
    if (installed && installed->present) {
        const quint64 highWater = installed->highWater.value(manifest->publisher, 0);
        if (installed->publisher == manifest->publisher && installed->sequence == manifest->sequence) {
            result.outcome = VerifyResult::Outcome::AlreadyInstalled;
            result.reason = QStringLiteral("already installed: %1 sequence %2")
                                .arg(manifest->publisher)
                                .arg(manifest->sequence);
            return;
        }
        const quint64 floor =
            installed->publisher == manifest->publisher ? qMax(highWater, installed->sequence) : highWater;
        if (manifest->sequence <= floor) {
            refuse(result, VerifyStep::Sequence,
                   QStringLiteral("sequence: rollback refused: bundle has sequence %1, %2 already has %3")
                       .arg(manifest->sequence)
                       .arg(manifest->publisher)
                       .arg(floor));
            return;
        }
    }

    // Step 6: capped decompression, then the inner archive (size and hash were checked before step 5).
    const auto decompressed = Zstd::decompress(payloadBytes, manifest->uncompressedSize);
    if (!decompressed) {
        refuse(result, VerifyStep::Payload, decompressed.error().message);
        return;
    }
    if (decompressed->size() != manifest->uncompressedSize) {
        refuse(result, VerifyStep::Payload,
               QStringLiteral("payload: decompresses to %1 bytes, manifest says %2")
                   .arg(decompressed->size())
                   .arg(manifest->uncompressedSize));
        return;
    }
    if (manifest->hasDatabasePayload()) {
        if (const Status header = checkDatabaseHeader(*decompressed, manifest->directorySchema); !header) {
            refuse(result, VerifyStep::Payload, header.error().message);
            return;
        }
        result.payloadDatabase = *decompressed;
        result.outcome = VerifyResult::Outcome::Valid;
        return;
    }
    const auto& tar = decompressed;
    const auto files = readPayload(*tar, manifest->uncompressedSize);
    if (!files) {
        refuse(result, VerifyStep::Payload, files.error().message);
        return;
    }
    if (std::none_of(files->cbegin(), files->cend(),
                     [](const ArchiveMember& file) { return file.name == QLatin1String("services.csv"); })) {
        refuse(result, VerifyStep::Payload, QStringLiteral("payload: no services.csv"));
        return;
    }
    result.payloadFiles = *files;
    result.outcome = VerifyResult::Outcome::Valid;
}

Status BundleVerifier::checkDatabaseHeader(const QByteArray& database, int directorySchema)
{
    // The 100-byte header of https://www.sqlite.org/fileformat.html: magic, page size, and the
    // user_version at offset 60 that holds the directory schema version.
    const auto be32 = [&database](int offset) {
        const auto* p = reinterpret_cast<const unsigned char*>(database.constData()) + offset;
        return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    };
    if (database.size() < 512 || !database.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error::refused(QStringLiteral("payload: %1 is not an SQLite database")
                                  .arg(QLatin1String(format::kDatabasePayloadName)));
    const quint32 pageSize = (be32(16) >> 16) == 1 ? 65536 : (be32(16) >> 16);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0 || database.size() % pageSize != 0)
        return Error::refused(QStringLiteral("payload: the database's size is not a whole number of pages"));
    const auto* header = reinterpret_cast<const unsigned char*>(database.constData());
    if (header[18] != 1 || header[19] != 1)
        return Error::refused(QStringLiteral("payload: the database is in WAL mode; a payload must be a single "
                                             "file (PRAGMA journal_mode = DELETE)"));
    const int fileSchema = static_cast<int>(be32(60));
    if (fileSchema != directorySchema)
        return Error::refused(QStringLiteral("payload: the database has schema version %1, the manifest says %2")
                                  .arg(fileSchema)
                                  .arg(directorySchema));
    if (fileSchema != directory::kDirectorySchemaVersion) {
        // A newer Pathways reads the schema versions it shipped with before (it upgrades them as it
        // upgrades an installed directory); this one reads its own only.
        return Error::refused(
            QStringLiteral("payload: the database has directory schema %1, this Pathways reads schema %2")
                .arg(fileSchema)
                .arg(directory::kDirectorySchemaVersion));
    }
    return {};
}

VerifyResult BundleVerifier::verifyFile(const QString& path, const TrustStore& trust,
                                        const InstalledState* installed)
{
    VerifyResult result = readFile(path);
    verify(result, trust, installed);
    return result;
}

} // namespace pathways::bundle
