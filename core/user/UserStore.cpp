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

} // namespace

UserStore::UserStore(const QString& path) : m_db(std::make_unique<db::Connection>(path))
{
    // WAL: the GUI and a CLI process may both hold the file; a crash mid-write loses nothing committed.
    m_db->execute(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
    const int applicationId = m_db->applicationId();
    if (applicationId != 0 && applicationId != kUserApplicationId)
        throw db::DatabaseError(QStringLiteral("%1 is not a Pathways user file").arg(path), 0);
    if (m_db->userVersion() > kUserSchemaVersion)
        throw db::DatabaseError(QStringLiteral("%1 was written by a newer Pathways").arg(path), 0);
    if (m_db->userVersion() < kUserSchemaVersion) {
        db::Transaction transaction(*m_db);
        if (m_db->userVersion() < 1)
            m_db->execute(QString::fromUtf8(kSchemaV1));
        if (m_db->userVersion() < 2)
            m_db->execute(QString::fromUtf8(kUserSchemaV2));
        m_db->setApplicationId(kUserApplicationId);
        m_db->setUserVersion(kUserSchemaVersion);
        transaction.commit();
    }
}

UserStore::~UserStore() = default;

QString UserStore::note(const QString& serviceId)
{
    auto row = m_db->prepare(QStringLiteral("SELECT text FROM note WHERE service_id = ?"));
    row.bind(1, serviceId);
    return row.step() ? row.columnText(0) : QString();
}

QDateTime UserStore::noteUpdated(const QString& serviceId)
{
    auto row = m_db->prepare(QStringLiteral("SELECT updated FROM note WHERE service_id = ?"));
    row.bind(1, serviceId);
    return row.step() ? QDateTime::fromString(row.columnText(0), Qt::ISODateWithMs) : QDateTime();
}

void UserStore::setNote(const QString& serviceId, const QString& text)
{
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
}

QStringList UserStore::ids(const QString& sql)
{
    auto row = m_db->prepare(sql);
    QStringList result;
    while (row.step())
        result << row.columnText(0);
    return result;
}

QStringList UserStore::notedServices()
{
    return ids(QStringLiteral("SELECT service_id FROM note ORDER BY service_id"));
}

bool UserStore::isFavourite(const QString& serviceId)
{
    auto row = m_db->prepare(QStringLiteral("SELECT 1 FROM favourite WHERE service_id = ?"));
    row.bind(1, serviceId);
    return row.step();
}

void UserStore::setFavourite(const QString& serviceId, bool favourite)
{
    auto statement =
        m_db->prepare(favourite ? QStringLiteral("INSERT OR IGNORE INTO favourite(service_id, added) "
                                                 "VALUES (?, ?)")
                                : QStringLiteral("DELETE FROM favourite WHERE service_id = ?"));
    statement.bind(1, serviceId);
    if (favourite)
        statement.bind(2, now());
    statement.run();
}

QStringList UserStore::favourites()
{
    return ids(QStringLiteral("SELECT service_id FROM favourite ORDER BY added, service_id"));
}

QString UserStore::setting(const QString& key, const QString& fallback)
{
    auto row = m_db->prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    row.bind(1, key);
    return row.step() && !row.isNull(0) ? row.columnText(0) : fallback;
}

void UserStore::setSetting(const QString& key, const QString& value)
{
    auto upsert = m_db->prepare(QStringLiteral("INSERT INTO setting(key, value) VALUES (?, ?) ON "
                                               "CONFLICT(key) DO UPDATE SET value = excluded.value"));
    upsert.bind(1, key);
    upsert.bind(2, value);
    upsert.run();
}

} // namespace pathways::user
