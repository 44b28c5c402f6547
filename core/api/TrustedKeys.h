#pragma once

#include "directory/DataFolder.h"
#include "error/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pathways::api {

/// One key that may sign directory updates, as "Directory -> Trusted publishers…" and `pathways-cli keys`
/// show it.
struct TrustedKeyEntry
{
    QString id;          ///< minisign key id, 16 hex digits
    QString fingerprint; ///< the id in groups of four, to read aloud over the phone ("545E 3F1C 9A0B 7D21")
    QString name;        ///< the label given when it was added, else the publisher it is bound to
    QString publisher;   ///< the only publisher it may sign for; empty: any
    QString added;       ///< when it was added (RFC 3339 UTC); empty when not known (built-in, administrator)
    QString source;      ///< where it came from: the file or "pasted text"; "built-in"; the system folder
    bool removable = false;     ///< in this data folder's trusted-keys/ (built-in and system keys are not)
    bool demonstration = false; ///< the public demonstration key: signs the built-in directory only
    bool revoked = false;       ///< listed in a revoked-keys file: refused wherever it appears
    bool rotated = false;       ///< added by a publisher's key rotation (a bundle's next_keys)
};

/// The keys this data folder trusts for updates: the built-in demonstration key, the administrator's
/// (/etc/pathways/trusted-keys) and the user's own (<data folder>/trusted-keys). Adding writes
/// `<ID>.pub` (the file as given) and `<ID>.source` (label, when, from where); removing deletes them.
class TrustedKeys
{
public:
    explicit TrustedKeys(directory::DataFolder folder);

    /// Every key, the user's first; unreadable key files are skipped (TrustStore warns about them).
    Expected<QList<TrustedKeyEntry>> list() const;
    /// Reads a minisign public key (a `.pub` file's text, or the base64 line alone) without adding it, so
    /// that its fingerprint can be confirmed first. InvalidInput when it is not one.
    static Expected<TrustedKeyEntry> inspect(const QByteArray& text);
    /// Trusts the key in `text`. `name` labels it (empty: the publisher it is bound to, else its id);
    /// `from` says where it came from. Refused: the demonstration key (anyone holds its secret), a revoked
    /// key. A key already trusted here is not added twice (the entry is returned).
    Expected<TrustedKeyEntry> add(const QByteArray& text, const QString& name, const QString& from) const;
    /// Stops trusting the key `id` (16 hex digits, spaces allowed) of this data folder. NotFound when this
    /// data folder has no such key; InvalidInput for a built-in or administrator's key.
    Status remove(const QString& id) const;

    /// "545E3F1C9A0B7D21" -> "545E 3F1C 9A0B 7D21".
    static QString fingerprint(const QString& idHex);

private:
    directory::DataFolder m_folder;
};

} // namespace pathways::api
