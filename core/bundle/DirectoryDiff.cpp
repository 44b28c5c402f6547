#include "bundle/DirectoryDiff.h"

#include "db/Connection.h"
#include "db/Statement.h"

#include <QJsonArray>

#include <sodium.h>

#include <algorithm>

namespace pathways::bundle {

namespace {

// Tables whose rows belong to one service through a `service_id` column.
const char* const kServiceChildren[] = {"phone",         "schedule",          "language",
                                        "service_area",  "cost_option",       "required_document",
                                        "contact",       "service_at_location"};

bool tableExists(db::Connection& connection, const QString& table)
{
    auto statement = connection.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    statement.bind(1, table);
    return statement.step();
}

// "quote(a)||x'1f'||quote(b)..." over every column of `table`, so any field change changes the text.
QString rowText(db::Connection& connection, const QString& table)
{
    QStringList columns;
    auto info = connection.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"));
    info.bind(1, table);
    while (info.step())
        columns << QStringLiteral("quote(\"%1\")").arg(info.columnText(0));
    return columns.join(QStringLiteral("||x'1f'||"));
}

void mix(QByteArray& digest, const QString& table, const QString& text)
{
    const QByteArray input = table.toUtf8() + '\0' + text.toUtf8();
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(input.constData()),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    // XOR keeps the digest independent of row order; rows are distinct (primary keys), so they cannot cancel.
    for (int i = 0; i < 16; ++i)
        digest[i] = static_cast<char>(digest.at(i) ^ static_cast<char>(hash[i]));
}

QJsonArray entries(const QList<DirectoryDiff::Entry>& list)
{
    QJsonArray array;
    for (const DirectoryDiff::Entry& entry : list)
        array.append(QJsonObject{{QStringLiteral("id"), entry.id}, {QStringLiteral("name"), entry.name}});
    return array;
}

} // namespace

QJsonObject DirectoryDiff::toJson() const
{
    return {{QStringLiteral("added"), entries(added)},
            {QStringLiteral("changed"), entries(changed)},
            {QStringLiteral("removed"), entries(removed)}};
}

DirectoryDiff::Digests DirectoryDiff::compute(db::Connection& directory)
{
    Digests digests;
    {
        auto services = directory.prepare(QStringLiteral("SELECT id, name, ") + rowText(directory, QStringLiteral("service")) +
                                          QStringLiteral(" FROM service"));
        while (services.step()) {
            Digest& entry = digests[services.columnText(0)];
            entry.name = services.columnText(1);
            entry.digest = QByteArray(16, '\0');
            mix(entry.digest, QStringLiteral("service"), services.columnText(2));
        }
    }
    for (const char* child : kServiceChildren) {
        const QString table = QString::fromLatin1(child);
        if (!tableExists(directory, table))
            continue;
        auto rows = directory.prepare(QStringLiteral("SELECT service_id, ") + rowText(directory, table) +
                                      QStringLiteral(" FROM \"%1\" WHERE service_id IS NOT NULL").arg(table));
        while (rows.step()) {
            const auto it = digests.find(rows.columnText(0));
            if (it != digests.end())
                mix(it->digest, table, rows.columnText(1));
        }
    }
    auto translations = directory.prepare(
        QStringLiteral("SELECT id, field || x'1f' || locale || x'1f' || value FROM translation WHERE entity = 'service'"));
    while (translations.step()) {
        const auto it = digests.find(translations.columnText(0));
        if (it != digests.end())
            mix(it->digest, QStringLiteral("translation"), translations.columnText(1));
    }
    return digests;
}

DirectoryDiff::Digests DirectoryDiff::load(db::Connection& directory)
{
    if (!tableExists(directory, QStringLiteral("bundle_service_digest")))
        return compute(directory);
    Digests digests;
    auto rows = directory.prepare(QStringLiteral("SELECT service_id, name, digest FROM bundle_service_digest"));
    while (rows.step())
        digests.insert(rows.columnText(0), Digest{rows.columnText(1), rows.columnBlob(2)});
    return digests;
}

void DirectoryDiff::store(db::Connection& directory, const Digests& digests)
{
    directory.execute(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS bundle_service_digest (service_id TEXT PRIMARY KEY NOT NULL, name TEXT, "
        "digest BLOB NOT NULL) WITHOUT ROWID; DELETE FROM bundle_service_digest"));
    auto insert = directory.prepare(QStringLiteral("INSERT INTO bundle_service_digest VALUES (?, ?, ?)"));
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it) {
        insert.bind(1, it.key());
        insert.bind(2, it->name);
        insert.bind(3, it->digest);
        insert.run();
    }
}

DirectoryDiff DirectoryDiff::between(const Digests& before, const Digests& after)
{
    DirectoryDiff diff;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const auto old = before.constFind(it.key());
        if (old == before.constEnd())
            diff.added << Entry{it.key(), it->name};
        else if (old->digest != it->digest)
            diff.changed << Entry{it.key(), it->name};
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            diff.removed << Entry{it.key(), it->name};
    const auto byId = [](const Entry& a, const Entry& b) { return a.id < b.id; };
    std::sort(diff.added.begin(), diff.added.end(), byId);
    std::sort(diff.changed.begin(), diff.changed.end(), byId);
    std::sort(diff.removed.begin(), diff.removed.end(), byId);
    return diff;
}

} // namespace pathways::bundle
