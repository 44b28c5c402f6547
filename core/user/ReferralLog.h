#pragma once

#include "error/Expected.h"
#include "user/ReferralLogEntry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace pathways::db {
class Connection;
}

namespace pathways::user {

/// The optional referral log in user.sqlite (table `referral_log`, UserSchema.h), for the worker's monthly
/// report. Off unless the worker turns it on; the switch is kept in the same file (setting `referral-log`), so
/// the window and the command line agree on it.
class ReferralLog
{
public:
    /// Whether the log is on, read without creating or changing anything: a laptop without user.sqlite, or
    /// one where the log was never turned on, answers false and the file stays byte for byte as it was.
    static Expected<bool> isEnabled(const QString& userFile);

    /// Opens (creating or upgrading) user.sqlite.
    static Expected<std::unique_ptr<ReferralLog>> open(const QString& userFile);
    ~ReferralLog();

    Expected<bool> enabled();
    Status setEnabled(bool on);
    /// Appends entries (one transaction). Refused while the log is off: nothing is written then.
    Status add(const QList<ReferralLogEntry>& entries);
    /// Oldest first; `from` and `to` (inclusive) may each be invalid for no bound.
    Expected<QList<ReferralLogEntry>> list(const QDate& from = {}, const QDate& to = {});
    /// Deletes every entry; answers how many there were.
    Expected<int> clear();

private:
    explicit ReferralLog(std::unique_ptr<db::Connection> connection);
    std::unique_ptr<db::Connection> m_db;
};

} // namespace pathways::user
