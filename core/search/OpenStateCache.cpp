#include "search/OpenStateCache.h"

#include "db/Connection.h"
#include "db/Statement.h"

#include <algorithm>

namespace pathways::search {

OpenStateCache::OpenStateCache(db::Connection& connection, QTimeZone defaultZone)
    : m_db(connection), m_defaultZone(std::move(defaultZone)), m_hours(20000)
{
}

namespace {

// The rows of both halves are read directly and the compound select drops a row found by both (its id is
// the primary key, so equal ids are equal rows). Reading the ids first and then each row by id, as before,
// cost a third more per service; the open-now count reads up to 5,000 services' rows on a keystroke.
const QString kRulesSql = QStringLiteral(
    "SELECT id, freq, interval, byday, bymonthday, opens_at, closes_at, valid_from, valid_to, dtstart, "
    "until, timezone, description FROM schedule WHERE service_id = ?1 "
    "UNION "
    "SELECT s.id, s.freq, s.interval, s.byday, s.bymonthday, s.opens_at, s.closes_at, s.valid_from, "
    "s.valid_to, s.dtstart, s.until, s.timezone, s.description FROM service_at_location sal CROSS JOIN "
    "schedule s ON s.service_at_location_id = sal.id WHERE sal.service_id = ?1 ORDER BY 1");

QList<schedule::ScheduleRule> rulesOf(db::Statement& row, const QString& serviceId)
{
    row.reset(); // a search stopped half-way leaves it mid-step
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
    row.reset();
    return rules;
}

} // namespace

OpenStateCache::~OpenStateCache() = default;

QList<schedule::ScheduleRule> OpenStateCache::readRules(db::Connection& connection, const QString& serviceId)
{
    auto row = connection.prepare(kRulesSql);
    return rulesOf(row, serviceId);
}

const schedule::OpeningHours& OpenStateCache::hoursOf(const QString& serviceId)
{
    if (schedule::OpeningHours* cached = m_hours.object(serviceId))
        return *cached;
    // Prepared once: an open-at search checks thousands of candidates, most of them never seen before.
    if (!m_rules)
        m_rules = std::make_unique<db::Statement>(m_db.prepare(kRulesSql));
    auto* hours = new schedule::OpeningHours(rulesOf(*m_rules, serviceId), m_defaultZone);
    m_hours.insert(serviceId, hours);
    return *hours;
}

schedule::OpenState OpenStateCache::stateAt(const QString& serviceId, const QDateTime& moment)
{
    return hoursOf(serviceId).stateAt(moment);
}

} // namespace pathways::search
