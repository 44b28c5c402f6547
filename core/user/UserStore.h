#pragma once

#include "error/Expected.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

namespace pathways::db {
class Connection;
}

namespace pathways::user {

/// `PRAGMA application_id` of user.sqlite ("PWUS").
inline constexpr int kUserApplicationId = 0x50575553;
inline constexpr int kUserSchemaVersion = 2; ///< 2: corrections and the referral log (UserSchema.h)

/// What belongs to the person using the laptop: notes and favourites keyed by service id, and settings.
/// Lives in user.sqlite, a file that directory updates never open, so nothing here is lost by an update;
/// notes on a service that an update removed are kept (the service may come back).
class UserStore
{
public:
    /// Opens or creates `path`. Fails (Unreadable) when it is not a Pathways user file, was written by a
    /// newer Pathways, or SQLite cannot open it; the directory still works without it.
    static Expected<std::unique_ptr<UserStore>> open(const QString& path);
    ~UserStore();

    // Reads fail (Unreadable) only when SQLite does (a damaged or locked file); writes fail (Io) when the
    // disk is full or the file read-only. Nothing throws: the window shows the error and keeps working.
    Expected<QString> note(const QString& serviceId);
    Expected<QDateTime> noteUpdated(const QString& serviceId);
    /// An empty or blank text removes the note.
    Status setNote(const QString& serviceId, const QString& text);
    /// Service ids that have a note.
    Expected<QStringList> notedServices();

    Expected<bool> isFavourite(const QString& serviceId);
    Status setFavourite(const QString& serviceId, bool favourite);
    Expected<QStringList> favourites();

    Expected<QString> setting(const QString& key, const QString& fallback = {});
    Status setSetting(const QString& key, const QString& value);

private:
    explicit UserStore(std::unique_ptr<db::Connection> connection);
    QStringList ids(const QString& sql);
    std::unique_ptr<db::Connection> m_db;
};

} // namespace pathways::user
