#include "user/UserFile.h"

#include "user/UserStore.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"

namespace pathways::user {

Expected<std::unique_ptr<db::Connection>> UserFile::open(const QString& path)
{
    try {
        {
            UserStore upgrade(path); // creates or upgrades the file; refuses a foreign or newer one
        }
        auto connection = std::make_unique<db::Connection>(path);
        connection->execute(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
        return connection;
    } catch (const db::DatabaseError& failure) {
        // SQLite's and UserStore's refusals end here: callers get an Error, never an exception.
        return Error::unreadable(QStringLiteral("cannot open the user file %1").arg(path), failure.message());
    }
}

} // namespace pathways::user
