#include "search/OpenStateCache.h"

#include "db/Connection.h"
#include "db/Statement.h"

namespace pathways::search {

OpenStateCache::OpenStateCache(db::Connection& connection, QTimeZone defaultZone)
    : m_db(connection), m_defaultZone(std::move(defaultZone)), m_hours(20000)
{
}

QList<schedule::ScheduleRule> OpenStateCache::readRules(db::Connection& connection, const QString& serviceId)
{
    auto row = connection.prepare(QStringLiteral(
        "SELECT id, freq, interval, byday, bymonthday, opens_at, closes_at, valid_from, valid_to, dtstart, "
        "until, "
        "timezone, description FROM schedule WHERE id IN (SELECT id FROM schedule WHERE service_id = ?1 "
        "UNION "
        "SELECT s.id FROM service_at_location sal CROSS JOIN schedule s ON s.service_at_location_id = sal.id "
        "WHERE sal.service_id = ?1) ORDER BY id"));
    row.bind(1, serviceId);
    QList<schedule::ScheduleRule> rules;
    while (row.step()) {
        schedule::ScheduleRule rule;
        rule.id = row.columnText(0);
        rule.freq = row.columnText(1);
        rule.interval = row.isNull(2) ? 1 : std::max(1, row.columnInt(2));
        rule.byday = row.columnText(3);
        rule.bymonthday = row.columnText(4);
        rule.opensAt = row.columnText(5);
        rule.closesAt = row.columnText(6);
        rule.validFrom = row.columnText(7);
        rule.validTo = row.columnText(8);
        rule.dtstart = row.columnText(9);
        rule.until = row.columnText(10);
        rule.timezone = row.columnText(11);
        rule.description = row.columnText(12);
        rules << rule;
    }
    return rules;
}

const schedule::OpeningHours& OpenStateCache::hoursOf(const QString& serviceId)
{
    if (schedule::OpeningHours* cached = m_hours.object(serviceId))
        return *cached;
    auto* hours = new schedule::OpeningHours(readRules(m_db, serviceId), m_defaultZone);
    m_hours.insert(serviceId, hours);
    return *hours;
}

schedule::OpenState OpenStateCache::stateAt(const QString& serviceId, const QDateTime& moment)
{
    return hoursOf(serviceId).stateAt(moment);
}

} // namespace pathways::search
