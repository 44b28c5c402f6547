#pragma once

#include "error/Expected.h"

#include <QString>
#include <memory>

namespace pathways::db {
class Connection;
}

namespace pathways::user {

/// A connection of its own to user.sqlite for the stores kept beside UserStore (CorrectionQueue,
/// ReferralLog), after UserStore's upgrade has brought the file to the current schema: UserStore stays the
/// one place that migrates the file. Internal to core/user (it hands out a db::Connection).
class UserFile
{
public:
    static Expected<std::unique_ptr<db::Connection>> open(const QString& path);
};

} // namespace pathways::user
