#pragma once

#include "schedule/OpeningHours.h"

#include <QCache>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <memory>
#include <optional>

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
    /// Reads the hours of those of `serviceIds` not kept yet with two statements for all of them, the same
    /// rules hoursOf reads one service at a time: the facets' open-now count meets thousands of services for
    /// the first time on one keystroke, and a statement per service was most of its time.
    void prefetch(const QStringList& serviceIds);

    /// All schedule rows of a service: its own and those of its service-at-location records.
    static QList<schedule::ScheduleRule> readRules(db::Connection& connection, const QString& serviceId);

private:
    /// True when some schedule row hangs on a service at location rather than on its service (asked once:
    /// the reader's file does not change under it).
    bool viaLocations();

    db::Connection& m_db;
    QTimeZone m_defaultZone;
    QCache<QString, schedule::OpeningHours> m_hours;
    std::unique_ptr<db::Statement> m_rules;
    std::optional<bool> m_viaLocations;
};

} // namespace pathways::search
