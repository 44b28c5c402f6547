#pragma once

#include "schedule/OpeningHours.h"

#include <QCache>
#include <QString>
#include <QTimeZone>
#include <memory>

namespace pathways::db {
class Connection;
class Statement;
} // namespace pathways::db

namespace pathways::search {

/// Opening hours of services, read from the `schedule` table once per service and kept (bounded) so that
/// "open now" over hundreds of candidates per keystroke costs no parsing.
class OpenStateCache
{
public:
    OpenStateCache(db::Connection& connection, QTimeZone defaultZone);
    ~OpenStateCache();

    schedule::OpenState stateAt(const QString& serviceId, const QDateTime& moment);
    /// The service's parsed hours (owned by the cache; valid until the next call).
    const schedule::OpeningHours& hoursOf(const QString& serviceId);

    /// All schedule rows of a service: its own and those of its service-at-location records.
    static QList<schedule::ScheduleRule> readRules(db::Connection& connection, const QString& serviceId);

private:
    db::Connection& m_db;
    QTimeZone m_defaultZone;
    QCache<QString, schedule::OpeningHours> m_hours;
    std::unique_ptr<db::Statement> m_rules;
};

} // namespace pathways::search
