#pragma once

#include "bundle/Minisign.h"
#include "error/Expected.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::bundle {

/// Fixed names and caps of the bundle format "pathways-bundle/1" (docs/bundle-format.md).
namespace format {
inline constexpr char kFormatName[] = "pathways-bundle/1";
inline constexpr char kManifestName[] = "manifest.json";
inline constexpr char kSignatureName[] = "manifest.json.minisig";
inline constexpr char kPayloadName[] = "payload.tar.zst";
/// The other payload form: a publisher-built directory database, zstd-compressed (section 4b).
inline constexpr char kDatabasePayloadName[] = "directory.sqlite.zst";
inline constexpr qint64 kMaxBundleBytes = 512LL << 20;       ///< whole file
inline constexpr qint64 kMaxManifestBytes = 64LL << 10;      ///< manifest.json
inline constexpr qint64 kMaxSignatureBytes = 4LL << 10;      ///< manifest.json.minisig
inline constexpr qint64 kMaxUncompressedBytes = 1LL << 30;   ///< the payload's files together (in memory)
inline constexpr qint64 kMaxDatabaseBytes = 2LL << 30;       ///< a database payload, decompressed (in memory)
inline constexpr qint64 kMaxSequence = 0x7fffffffffffffffLL; ///< SQLite stores it as a signed 64-bit integer
/// Payload member names a bundle may carry (HSDS 3.0 tabular files, the translation extension, the
/// datapackage descriptor). Anything else is refused: the reader never writes a name it did not choose.
const QStringList& payloadFileNames();
/// "services.csv" -> "service"; empty for files without a directory table (datapackage.json, metadata.csv).
QString tableForPayloadFile(const QString& fileName);
} // namespace format

/// manifest.json, parsed strictly: unknown keys (other than "x_..." extensions), wrong types, bad dates and
/// out-of-range numbers are refused.
struct BundleManifest
{
    QString format = QString::fromLatin1(format::kFormatName);
    QString publisher;
    quint64 sequence = 0;
    QString created; ///< RFC 3339 UTC, "YYYY-MM-DDTHH:MM:SSZ"
    QString expires; ///< same form
    QString hsdsVersion = QStringLiteral("3.0");
    QString minAppVersion = QStringLiteral("0.1.0");
    QString payloadName = QString::fromLatin1(format::kPayloadName);
    /// payload.directory_schema: the directory schema version (PRAGMA user_version) of a database payload;
    /// 0 for a CSV payload, where the field is absent.
    int directorySchema = 0;
    qint64 payloadSize = 0;
    QByteArray payloadBlake2b512; ///< raw 64 bytes (hex in JSON); empty if absent
    QByteArray payloadSha256;     ///< raw 32 bytes (hex in JSON); empty if absent
    qint64 uncompressedSize = 0;
    QMap<QString, qint64> counts; ///< singular table name -> rows
    QStringList languages;
    QString region;
    QList<PublicKey> nextKeys;

    /// True when the payload is a publisher-built directory database rather than HSDS CSV tables.
    bool hasDatabasePayload() const { return payloadName == QLatin1String(format::kDatabasePayloadName); }

    /// The strict reader of docs/bundle-format.md §3: an unknown field, a missing one or a value out of
    /// range is Refused with a one-line message starting "manifest: ".
    static Expected<BundleManifest> parse(const QByteArray& json);
    /// Canonical JSON (sorted keys, indented): what the builder signs.
    QByteArray toJson() const;

    /// The trusted comment a bundle's signature must carry, exactly:
    /// "pathways-bundle/1 sequence=<N> expires=<RFC 3339> publisher=<name>".
    QByteArray trustedComment() const;

    /// True when this build of Pathways is at least `minAppVersion` (dotted numeric comparison).
    static bool appVersionAtLeast(const QString& required);
    static QString appVersion();
    /// Parses the RFC 3339 UTC form used in manifests; invalid QDateTime when it is not that form.
    static bool isUtcTimestamp(const QString& text);
};

} // namespace pathways::bundle
