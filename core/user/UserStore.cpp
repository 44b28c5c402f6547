#include "user/UserStore.h"

#include "user/UserSchema.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "db/Transaction.h"

namespace pathways::user {

namespace {

const char* const kSchemaV1 = R"SQL(
CREATE TABLE note (service_id TEXT PRIMARY KEY NOT NULL, text TEXT NOT NULL, updated TEXT NOT NULL);
CREATE TABLE favourite (service_id TEXT PRIMARY KEY NOT NULL, added TEXT NOT NULL);
CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT);
)SQL";

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Runs a read and turns what SQLite reports into an Error: nothing in user.sqlite may throw into the window.
template <typename Read> auto reading(Read&& read) -> Expected<decltype(read())>
{
    try {
        return read();
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(QStringLiteral("cannot read your notes and favourites"), failure.message());
    }
}

template <typename Write> Status writing(Write&& write)
{
    try {
        write();
        return {};
    } catch (const db::DatabaseError& failure) {
        return Error{Error::Kind::Io, QStringLiteral("cannot save your notes and favourites"), failure.message()};
    }
}

} // namespace

Expected<std::unique_ptr<UserStore>> UserStore::open(const QString& path)
{
    try {
        auto connection = std::make_unique<db::Connection>(path);
        // WAL: the GUI and a CLI process may both hold the file; a crash mid-write loses nothing committed.
        connection->execute(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
        const int applicationId = connection->applicationId();
        if (applicationId != 0 && applicationId != kUserApplicationId)
            return Error::unreadable(QStringLiteral("%1 is not a Pathways user file").arg(path));
        const int version = connection->userVersion();
        if (version > kUserSchemaVersion)
            return Error::unreadable(QStringLiteral("%1 was written by a newer Pathways").arg(path));
        if (version < kUserSchemaVersion) {
            db::Transaction transaction(*connection);
            if (version < 1)
                connection->execute(QString::fromUtf8(kSchemaV1));
            if (version < 2)
                connection->execute(QString::fromUtf8(kUserSchemaV2));
            connection->setApplicationId(kUserApplicationId);
            connection->setUserVersion(kUserSchemaVersion);
            transaction.commit();
        }
        return std::unique_ptr<UserStore>(new UserStore(std::move(connection)));
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(QStringLiteral("cannot open your notes and favourites (%1)").arg(path),
                                 failure.message());
    }
}

UserStore::UserStore(std::unique_ptr<db::Connection> connection) : m_db(std::move(connection)) {}

UserStore::~UserStore() = default;

Expected<QString> UserStore::note(const QString& serviceId)
{
    return reading([&] {
        auto row = m_db->prepare(QStringLiteral("SELECT text FROM note WHERE service_id = ?"));
        row.bind(1, serviceId);
        return row.step() ? row.columnText(0) : QString();
    });
}

Expected<QDateTime> UserStore::noteUpdated(const QString& serviceId)
{
    return reading([&] {
        auto row = m_db->prepare(QStringLiteral("SELECT updated FROM note WHERE service_id = ?"));
        row.bind(1, serviceId);
        return row.step() ? QDateTime::fromString(row.columnText(0), Qt::ISODateWithMs) : QDateTime();
    });
}

Status UserStore::setNote(const QString& serviceId, const QString& text)
{
    return writing([&] {
        if (text.trimmed().isEmpty()) {
            auto remove = m_db->prepare(QStringLiteral("DELETE FROM note WHERE service_id = ?"));
            remove.bind(1, serviceId);
            remove.run();
            return;
        }
        auto upsert = m_db->prepare(QStringLiteral(
            "INSERT INTO note(service_id, text, updated) VALUES (?, ?, ?) "
            "ON CONFLICT(service_id) DO UPDATE SET text = excluded.text, updated = excluded.updated"));
        upsert.bind(1, serviceId);
        upsert.bind(2, text);
        upsert.bind(3, now());
        upsert.run();
    });
}

QStringList UserStore::ids(const QString& sql)
{
    auto row = m_db->prepare(sql);
    QStringList result;
    while (row.step())
        result << row.columnText(0);
    return result;
}

Expected<QStringList> UserStore::notedServices()
{
    return reading([&] { return ids(QStringLiteral("SELECT service_id FROM note ORDER BY service_id")); });
}

Expected<bool> UserStore::isFavourite(const QString& serviceId)
{
    return reading([&] {
        auto row = m_db->prepare(QStringLiteral("SELECT 1 FROM favourite WHERE service_id = ?"));
        row.bind(1, serviceId);
        return row.step();
    });
}

Status UserStore::setFavourite(const QString& serviceId, bool favourite)
{
    return writing([&] {
        auto statement =
            m_db->prepare(favourite ? QStringLiteral("INSERT OR IGNORE INTO favourite(service_id, added) "
                                                     "VALUES (?, ?)")
                                    : QStringLiteral("DELETE FROM favourite WHERE service_id = ?"));
        statement.bind(1, serviceId);
        if (favourite)
            statement.bind(2, now());
        statement.run();
    });
}

Expected<QStringList> UserStore::favourites()
{
    return reading(
        [&] { return ids(QStringLiteral("SELECT service_id FROM favourite ORDER BY added, service_id")); });
}

Expected<QString> UserStore::setting(const QString& key, const QString& fallback)
{
    return reading([&] {
        auto row = m_db->prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
        row.bind(1, key);
        return row.step() && !row.isNull(0) ? row.columnText(0) : fallback;
    });
}

Status UserStore::setSetting(const QString& key, const QString& value)
{
    return writing([&] {
        auto upsert = m_db->prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) ON "
                                                   "CONFLICT(key) DO UPDATE SET value = excluded.value"));
        upsert.bind(1, key);
        upsert.bind(2, value);
        upsert.run();
    });
}

} // namespace pathways::user
