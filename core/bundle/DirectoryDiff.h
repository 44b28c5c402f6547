#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::db {
class Connection;
}

namespace pathways::bundle {

/// What an update changed, service by service.
struct DirectoryDiff
{
    /// One field of a changed service: a column of its row, a table hanging off it ("phone": all its rows),
    /// or a translation ("name (sl)"). Empty text: the value was not there.
    struct FieldChange
    {
        QString field;
        QString before;
        QString after;
    };
    struct Entry
    {
        QString id;
        QString name;
        QList<FieldChange> fields; ///< changed services, when a preview looked (ServiceFieldChanges)
    };
    QList<Entry> added;
    QList<Entry> changed; ///< the service row, a row hanging off it (phone, schedule...) or a translation
    QList<Entry> removed;

    QJsonObject toJson() const;
    /// Tables whose rows belong to one service through a `service_id` column.
    static const QStringList& serviceChildTables();

    /// A 16-byte digest per service of everything shown for it, so two directories can be compared without
    /// holding either in memory. Digests of an installed bundle are kept in its `bundle_service_digest`
    /// table.
    struct Digest
    {
        QString name;
        QByteArray digest;
    };
    using Digests = QHash<QString, Digest>;

    /// What the digests cover; stored beside them (`bundle_digest_version`). 2: also the service's
    /// locations with their addresses and accessibility, its organisation, its categories (attribute ->
    /// taxonomy term) and the phones and hours given at its locations.
    static constexpr int kDigestVersion = 2;

    static Digests compute(db::Connection& directory);
    /// The stored digests of `directory`, or compute() when it has none (an embedded or imported directory)
    /// or they are of another kDigestVersion.
    static Digests load(db::Connection& directory);
    /// Creates and fills `bundle_service_digest` and `bundle_digest_version` in `directory` (inside the
    /// caller's transaction).
    static void store(db::Connection& directory, const Digests& digests);
    static DirectoryDiff between(const Digests& before, const Digests& after);
};

} // namespace pathways::bundle
