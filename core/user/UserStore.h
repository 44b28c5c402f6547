#pragma once

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
    /// Opens or creates `path`; throws db::DatabaseError when it is not a Pathways user file.
    explicit UserStore(const QString& path);
    ~UserStore();

    QString note(const QString& serviceId);
    QDateTime noteUpdated(const QString& serviceId);
    /// An empty or blank text removes the note.
    void setNote(const QString& serviceId, const QString& text);
    /// Service ids that have a note.
    QStringList notedServices();

    bool isFavourite(const QString& serviceId);
    void setFavourite(const QString& serviceId, bool favourite);
    QStringList favourites();

    QString setting(const QString& key, const QString& fallback = {});
    void setSetting(const QString& key, const QString& value);

private:
    QStringList ids(const QString& sql);
    std::unique_ptr<db::Connection> m_db;
};

} // namespace pathways::user
