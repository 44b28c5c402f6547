#include "user/UserFile.h"

#include "user/UserStore.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"

namespace pathways::user {

Expected<std::unique_ptr<db::Connection>> UserFile::open(const QString& path)
{
    // Creates or upgrades the file; refuses a foreign or newer one.
    if (auto upgraded = UserStore::open(path); !upgraded)
        return upgraded.error();
    try {
        auto connection = std::make_unique<db::Connection>(path);
        connection->execute(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL"));
        return connection;
    } catch (const db::DatabaseError& failure) {
        // What SQLite reports ends here: callers get an Error, never an exception.
        return Error::unreadable(QStringLiteral("cannot open the user file %1").arg(path), failure.message());
    }
}

} // namespace pathways::user
