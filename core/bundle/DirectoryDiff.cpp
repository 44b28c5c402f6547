#include "bundle/DirectoryDiff.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"

#include <QJsonArray>
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>
#include <utility>

namespace pathways::bundle {

namespace {

bool tableExists(db::Connection& connection, const QString& table)
{
    auto statement =
        connection.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    statement.bind(1, table);
    return statement.step();
}

using DigestMap = QHash<QByteArray, QByteArray>;

// A service's digest while it is computed: 16 bytes XOR of its rows' hashes, then two 64-bit lanes that add
// up the records it links to (addition, not XOR: the same location linked twice must not cancel itself).
// finish() folds both into the 16 bytes stored.
constexpr int kRowsPart = 16;
constexpr int kWorkingSize = 32;

// Hashes every column of the current row (type tag + bytes) straight from SQLite's buffers into the XOR part
// of `digest`: this runs for every row of a 100k-service directory, so no Qt string conversions here.
void hashRow(sqlite3_stmt* statement, int firstColumn, const char* table, QByteArray& digest)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, kRowsPart);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(table), std::strlen(table) + 1);
    const int columns = sqlite3_column_count(statement);
    for (int column = firstColumn; column < columns; ++column) {
        const unsigned char type = static_cast<unsigned char>(sqlite3_column_type(statement, column));
        const void* data = type == SQLITE_NULL ? nullptr : sqlite3_column_blob(statement, column);
        const auto size = static_cast<std::uint32_t>(sqlite3_column_bytes(statement, column));
        crypto_generichash_update(&state, &type, 1);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(&size), sizeof size);
        if (data)
            crypto_generichash_update(&state, static_cast<const unsigned char*>(data), size);
    }
    unsigned char hash[kRowsPart];
    crypto_generichash_final(&state, hash, sizeof hash);
    // XOR keeps the digest independent of row order; rows are distinct (primary keys), so they cannot cancel.
    char* out = digest.data();
    for (int i = 0; i < kRowsPart; ++i)
        out[i] = static_cast<char>(out[i] ^ static_cast<char>(hash[i]));
}

// The text of a column without a copy: only for looking a key up while the row is current.
QByteArray rawKey(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return QByteArray::fromRawData(text, sqlite3_column_bytes(statement, column));
}

// Runs `sql` and calls `row` for each result row. Raw sqlite3 (not db::Statement) for the column bytes
// without a QString per value. What SQLite reports is a DatabaseError with its code, as db::Statement would
// throw; a row cut short is never a digest.
template <typename Row> void forEachRow(db::Connection& directory, const QString& sql, const Row& row)
{
    sqlite3_stmt* statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const auto sqliteFailed = [&](int code) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(directory.handle()));
        sqlite3_finalize(statement);
        return db::DatabaseError(message, code);
    };
    if (const int code = sqlite3_prepare_v2(directory.handle(), utf8.constData(),
                                            static_cast<int>(utf8.size()), &statement, nullptr);
        code != SQLITE_OK)
        throw sqliteFailed(code);
    int code = SQLITE_ROW;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    if (code != SQLITE_DONE)
        throw sqliteFailed(code);
    sqlite3_finalize(statement);
}

// Runs `sql` and hashes the rest of each row into the digest of the record its first column names.
// `seed`: a record not in `digests` yet gets one (records other than services); otherwise such rows are
// skipped (rows of services that do not exist).
void mixRows(db::Connection& directory, const QString& sql, const char* table, DigestMap& digests,
             bool seed = false)
{
    forEachRow(directory, sql, [&](sqlite3_stmt* statement) {
        auto it = digests.find(rawKey(statement, 0));
        if (it == digests.end()) {
            if (!seed)
                return;
            const QByteArray key = rawKey(statement, 0);
            it = digests.insert(QByteArray(key.constData(), key.size()), QByteArray(kRowsPart, '\0'));
        }
        hashRow(statement, 1, table, *it);
    });
}

// Runs `sql` (service id, linked record's id) and adds the linked record's `tagged` digest to the service's
// link lanes: one hash lookup a row, no hashing (300,000 category links at 100k services).
void mixLinks(db::Connection& directory, const QString& sql, const DigestMap& tagged, DigestMap& services)
{
    forEachRow(directory, sql, [&](sqlite3_stmt* statement) {
        const auto service = services.find(rawKey(statement, 0));
        const auto linked = tagged.constFind(rawKey(statement, 1));
        if (service == services.end() || linked == tagged.constEnd())
            return; // a dangling link: the content check refuses those
        char* lanes = service->data() + kRowsPart;
        for (int lane = 0; lane < 2; ++lane) {
            quint64 sum = 0;
            quint64 add = 0;
            std::memcpy(&sum, lanes + lane * 8, 8);
            std::memcpy(&add, linked->constData() + lane * 8, 8);
            sum += add;
            std::memcpy(lanes + lane * 8, &sum, 8);
        }
    });
}

// Digests of the records a service links to, keyed by their id, each hashed once more with `tag` so a
// location and an organisation with the same content stay apart: each record's row, the rows hanging off it
// (`parts`: SQL whose first column is the record's id) and its translations.
DigestMap recordDigests(db::Connection& directory, const QString& entity, const QStringList& parts)
{
    DigestMap digests;
    if (!tableExists(directory, entity))
        return digests;
    const QByteArray tag = entity.toLatin1();
    mixRows(directory, QStringLiteral("SELECT id, * FROM \"%1\"").arg(entity), tag.constData(), digests,
            true);
    for (const QString& part : parts)
        mixRows(directory, part, tag.constData(), digests);
    mixRows(
        directory,
        QStringLiteral("SELECT id, field, locale, value FROM translation WHERE entity = '%1'").arg(entity),
        "translation", digests);
    for (QByteArray& digest : digests) {
        unsigned char tagged[kRowsPart];
        crypto_generichash_state state;
        crypto_generichash_init(&state, nullptr, 0, sizeof tagged);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(tag.constData()),
                                  static_cast<std::size_t>(tag.size()) + 1);
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(digest.constData()),
                                  static_cast<std::size_t>(digest.size()));
        crypto_generichash_final(&state, tagged, sizeof tagged);
        digest = QByteArray(reinterpret_cast<const char*>(tagged), sizeof tagged);
    }
    return digests;
}

// What a person sees of a service beyond its own rows: where it is (the location, its addresses and
// accessibility), who runs it (the organisation), its categories (attribute -> taxonomy term) and the phones
// and hours given for it at one of its locations. A street address that moved marks its services changed.
void mixLinkedRecords(db::Connection& directory, DigestMap& services)
{
    const auto existing = [&](const QStringList& tables, const QString& sql) {
        for (const QString& table : tables)
            if (!tableExists(directory, table))
                return QStringList();
        return QStringList{sql};
    };
    if (tableExists(directory, QStringLiteral("service_at_location"))) {
        const DigestMap locations = recordDigests(
            directory, QStringLiteral("location"),
            existing({QStringLiteral("address")},
                     QStringLiteral("SELECT location_id, * FROM address WHERE location_id IS NOT NULL")) +
                existing({QStringLiteral("accessibility")},
                         QStringLiteral(
                             "SELECT location_id, * FROM accessibility WHERE location_id IS NOT NULL")));
        mixLinks(directory, QStringLiteral("SELECT service_id, location_id FROM service_at_location"),
                 locations, services);
        // Distinct tags: a phone given both for the service and at its location must not cancel itself.
        const std::pair<const char*, const char*> atLocation[] = {{"phone", "phone at location"},
                                                                  {"schedule", "schedule at location"}};
        for (const auto& [table, tag] : atLocation)
            if (tableExists(directory, QLatin1String(table)))
                mixRows(directory,
                        QStringLiteral("SELECT sal.service_id, x.* FROM \"%1\" x JOIN service_at_location "
                                       "sal ON sal.id = x.service_at_location_id")
                            .arg(QLatin1String(table)),
                        tag, services);
    }
    mixLinks(directory,
             QStringLiteral("SELECT id, organization_id FROM service WHERE organization_id IS NOT NULL"),
             recordDigests(directory, QStringLiteral("organization"), {}), services);
    if (!tableExists(directory, QStringLiteral("attribute")))
        return;
    const DigestMap terms = recordDigests(
        directory, QStringLiteral("taxonomy_term"),
        existing({QStringLiteral("taxonomy_mapping")},
                 QStringLiteral("SELECT taxonomy_term_id, * FROM taxonomy_mapping")) +
            QStringList{QStringLiteral("SELECT t.id, p.name FROM taxonomy_term t JOIN taxonomy_term p ON "
                                       "p.id = t.parent_id")} +
            existing({QStringLiteral("taxonomy")},
                     QStringLiteral("SELECT t.id, x.name FROM taxonomy_term t JOIN taxonomy x ON "
                                    "x.id = t.taxonomy_id")));
    mixLinks(directory, QStringLiteral("SELECT link_id, taxonomy_term_id FROM attribute"), terms, services);
}

// The stored digest: the rows' XOR and the links' sums in one 16-byte hash.
QByteArray finish(const QByteArray& working)
{
    unsigned char digest[kRowsPart];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(working.constData()),
                       static_cast<unsigned long long>(working.size()), nullptr, 0);
    return QByteArray(reinterpret_cast<const char*>(digest), sizeof digest);
}

QJsonArray entries(const QList<DirectoryDiff::Entry>& list)
{
    QJsonArray array;
    for (const DirectoryDiff::Entry& entry : list) {
        QJsonObject object{{QStringLiteral("id"), entry.id}, {QStringLiteral("name"), entry.name}};
        if (!entry.fields.isEmpty()) { // only where a preview looked: older readers see what they knew
            QJsonArray fields;
            for (const DirectoryDiff::FieldChange& field : entry.fields)
                fields.append(QJsonObject{{QStringLiteral("field"), field.field},
                                          {QStringLiteral("before"), field.before},
                                          {QStringLiteral("after"), field.after}});
            object.insert(QStringLiteral("fields"), fields);
        }
        array.append(object);
    }
    return array;
}

} // namespace

const QStringList& DirectoryDiff::serviceChildTables()
{
    static const QStringList tables{QStringLiteral("phone"),       QStringLiteral("schedule"),
                                    QStringLiteral("language"),    QStringLiteral("service_area"),
                                    QStringLiteral("cost_option"), QStringLiteral("required_document"),
                                    QStringLiteral("contact"),     QStringLiteral("service_at_location")};
    return tables;
}

QJsonObject DirectoryDiff::toJson() const
{
    return {{QStringLiteral("added"), entries(added)},
            {QStringLiteral("changed"), entries(changed)},
            {QStringLiteral("removed"), entries(removed)}};
}

DirectoryDiff::Digests DirectoryDiff::compute(db::Connection& directory)
{
    DigestMap digests;
    QHash<QByteArray, QString> names;
    {
        auto services = directory.prepare(QStringLiteral("SELECT id, name FROM service"));
        while (services.step()) {
            const QByteArray id = services.columnText(0).toUtf8();
            digests.insert(id, QByteArray(kWorkingSize, '\0'));
            names.insert(id, services.columnText(1));
        }
    }
    mixRows(directory, QStringLiteral("SELECT id, * FROM service"), "service", digests);
    for (const QString& table : serviceChildTables()) {
        const QByteArray name = table.toLatin1();
        if (tableExists(directory, table))
            mixRows(
                directory,
                QStringLiteral("SELECT service_id, * FROM \"%1\" WHERE service_id IS NOT NULL").arg(table),
                name.constData(), digests);
    }
    mixRows(directory,
            QStringLiteral("SELECT id, field, locale, value FROM translation WHERE entity = 'service'"),
            "translation", digests);
    mixLinkedRecords(directory, digests);
    Digests result;
    result.reserve(digests.size());
    for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
        result.insert(QString::fromUtf8(it.key()), Digest{names.value(it.key()), finish(it.value())});
    return result;
}

DirectoryDiff::Digests DirectoryDiff::load(db::Connection& directory)
{
    // Digests stored by an older version cover less (no address, organisation or category): compared with
    // today's they would mark every service changed, so they are computed again.
    if (!tableExists(directory, QStringLiteral("bundle_service_digest")) ||
        !tableExists(directory, QStringLiteral("bundle_digest_version")))
        return compute(directory);
    {
        auto version = directory.prepare(QStringLiteral("SELECT version FROM bundle_digest_version"));
        if (!version.step() || version.columnInt(0) != kDigestVersion)
            return compute(directory);
    }
    Digests digests;
    auto rows =
        directory.prepare(QStringLiteral("SELECT service_id, name, digest FROM bundle_service_digest"));
    while (rows.step())
        digests.insert(rows.columnText(0), Digest{rows.columnText(1), rows.columnBlob(2)});
    return digests;
}

void DirectoryDiff::store(db::Connection& directory, const Digests& digests)
{
    directory.execute(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS bundle_service_digest (service_id TEXT PRIMARY KEY NOT NULL, name TEXT, "
        "digest BLOB NOT NULL) WITHOUT ROWID; DELETE FROM bundle_service_digest; "
        "CREATE TABLE IF NOT EXISTS bundle_digest_version (version INTEGER NOT NULL); "
        "DELETE FROM bundle_digest_version"));
    auto version = directory.prepare(QStringLiteral("INSERT INTO bundle_digest_version VALUES (?)"));
    version.bind(1, kDigestVersion);
    version.run();
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
            diff.added << Entry{it.key(), it->name, {}};
        else if (old->digest != it->digest)
            diff.changed << Entry{it.key(), it->name, {}};
    }
    for (auto it = before.constBegin(); it != before.constEnd(); ++it)
        if (!after.contains(it.key()))
            diff.removed << Entry{it.key(), it->name, {}};
    const auto byId = [](const Entry& a, const Entry& b) { return a.id < b.id; };
    std::sort(diff.added.begin(), diff.added.end(), byId);
    std::sort(diff.changed.begin(), diff.changed.end(), byId);
    std::sort(diff.removed.begin(), diff.removed.end(), byId);
    return diff;
}

} // namespace pathways::bundle
