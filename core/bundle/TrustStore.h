#pragma once

#include "bundle/Minisign.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pathways::bundle {

/// A key the user's installation trusts to sign directory bundles.
struct TrustedKey
{
    PublicKey key;
    QString publisher; ///< the only publisher this key may sign for; empty: any publisher
    QString source;    ///< "built-in", or the file it came from
    /// The publicly known demonstration key: its secret is in the repository, so it may sign only the
    /// built-in default directory, never an update (see acceptDemonstration()).
    bool demonstration = false;
};

/// The set of trusted and revoked keys. Sources, all merged:
///   - keys compiled into the binary (the demonstration key; see builtInKeys());
///   - /etc/pathways/trusted-keys/ (system-wide, set by an administrator);
///   - <data-dir>/trusted-keys/ (per user; also where rotated keys are added).
/// In each folder, every `*.pub` file is a minisign public key. Its first line may bind it to a publisher:
/// "untrusted comment: pathways publisher=<name>" (the file is trusted, so its comment is too); any other
/// comment (e.g. stock minisign's) trusts it for every publisher. A `revoked-keys` file lists key ids
/// (16 hex digits as minisign prints them, one per line, '#' comments); a revoked key is refused wherever
/// else it appears. Bundles cannot add keys, except through rotation (addRotationKeys).
class TrustStore
{
public:
    static QString systemFolder() { return QStringLiteral("/etc/pathways/trusted-keys"); }
    /// Built-in keys plus the system folder plus `userFolder`. Unreadable or malformed files are skipped
    /// and reported in `warnings` (never fatal: a broken extra key must not lock the user out).
    static TrustStore load(const QString& userFolder, QStringList* warnings = nullptr);
    /// Only the given folders (and the built-in keys when asked): for tests and `--keys`.
    static TrustStore loadFolders(const QStringList& folders, bool builtIn, QStringList* warnings = nullptr);
    static QList<TrustedKey> builtInKeys();

    void add(const TrustedKey& key);
    void revoke(const KeyId& id) { m_revoked.insert(keyIdToHex(id)); }
    bool isRevoked(const KeyId& id) const { return m_revoked.contains(keyIdToHex(id)); }
    /// The trusted key with this id, or nullptr (unknown or revoked).
    const TrustedKey* find(const KeyId& id) const;
    const QList<TrustedKey>& keys() const { return m_keys; }

    /// Whether the demonstration key may vouch for a bundle. Off by default: anyone can sign with it, so an
    /// update signed by it could replace a real directory. Only the first-run install of the embedded
    /// default directory (and tests) turn it on.
    bool acceptsDemonstration() const { return m_acceptDemonstration; }
    void setAcceptDemonstration(bool accept) { m_acceptDemonstration = accept; }

    /// Rotation: stores `keys` (announced in next_keys of a bundle that verified under a key trusted for
    /// `publisher`) in `userFolder` as `rotated-<ID>.pub`, bound to `publisher`. Idempotent; atomic per file.
    static Status addRotationKeys(const QString& userFolder, const QString& publisher,
                                  const QList<PublicKey>& keys);

private:
    void loadFolder(const QString& folder, QStringList* warnings);
    QList<TrustedKey> m_keys;
    QSet<QString> m_revoked;
    bool m_acceptDemonstration = false;
};

} // namespace pathways::bundle
