#include "search/OpenStateCache.h"

#include "db/Connection.h"
#include "db/Statement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <vector>

namespace pathways::search {

OpenStateCache::OpenStateCache(db::Connection& connection, QTimeZone defaultZone)
    : m_db(connection), m_defaultZone(std::move(defaultZone)), m_hours(20000)
{
}

namespace {

// A service's rules are its own schedule rows and those of its service-at-location records. Each half is
// written once here; `columns` is what the select returns, `service` the condition on the service id.
QString ownRows(const QString& columns, const QString& service)
{
    return QStringLiteral("SELECT %1 FROM schedule s WHERE s.service_id %2").arg(columns, service);
}
QString locationRows(const QString& columns, const QString& service)
{
    return QStringLiteral("SELECT %1 FROM service_at_location sal CROSS JOIN schedule s ON "
                          "s.service_at_location_id = sal.id WHERE sal.service_id %2")
        .arg(columns, service);
}

// A rule's columns, in ruleAt()'s order.
const QString kRuleColumns =
    QStringLiteral("s.id, s.freq, s.interval, s.byday, s.bymonthday, s.opens_at, s.closes_at, s.valid_from, "
                   "s.valid_to, s.dtstart, s.until, s.timezone, s.description");
const QString kOneService = QStringLiteral("= ?1");
// Many services at once: a JSON array of ids, each row with its service first.
const QString kManyServices = QStringLiteral("IN (SELECT value FROM json_each(?1))");

// The rows of both halves are read directly and the compound select drops a row found by both (its id is
// the primary key, so equal ids are equal rows). Reading the ids first and then each row by id, as before,
// cost a third more per service; the open-now count reads up to 5,000 services' rows on a keystroke.
const QString kRulesSql = ownRows(kRuleColumns, kOneService) + QStringLiteral(" UNION ") +
                          locationRows(kRuleColumns, kOneService) + QStringLiteral(" ORDER BY 1");

// kRulesSql's first half, for a directory with no schedule row through a service at location.
const QString kOwnRulesSql = ownRows(kRuleColumns, kOneService) + QStringLiteral(" ORDER BY 1");

// The rule in the row's columns first .. first + 12 (kRuleColumns' order).
schedule::ScheduleRule ruleAt(const db::Statement& row, int first)
{
    schedule::ScheduleRule rule;
    rule.id = row.columnText(first);
    rule.freq = row.columnText(first + 1);
    rule.interval = row.isNull(first + 2) ? 1 : std::max(1, row.columnInt(first + 2));
    rule.byday = row.columnText(first + 3);
    rule.bymonthday = row.columnText(first + 4);
    rule.opensAt = row.columnText(first + 5);
    rule.closesAt = row.columnText(first + 6);
    rule.validFrom = row.columnText(first + 7);
    rule.validTo = row.columnText(first + 8);
    rule.dtstart = row.columnText(first + 9);
    rule.until = row.columnText(first + 10);
    rule.timezone = row.columnText(first + 11);
    rule.description = row.columnText(first + 12);
    return rule;
}

QList<schedule::ScheduleRule> rulesOf(db::Statement& row, const QString& serviceId)
{
    row.reset(); // a search stopped half-way leaves it mid-step
    row.bind(1, serviceId);
    QList<schedule::ScheduleRule> rules;
    while (row.step())
        rules << ruleAt(row, 0);
    row.reset();
    return rules;
}

// kRulesSql's halves for many services at once. The second half only when some schedule row hangs on a
// service at location (viaLocations()): in most directories none does, and it looked up every service's
// locations for nothing.
const QString kManyOwnRulesSql = ownRows(QStringLiteral("s.service_id, ") + kRuleColumns, kManyServices);
const QString kManyLocationRulesSql =
    locationRows(QStringLiteral("sal.service_id, ") + kRuleColumns, kManyServices);

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
        m_rules = std::make_unique<db::Statement>(m_db.prepare(viaLocations() ? kRulesSql : kOwnRulesSql));
    auto* hours = new schedule::OpeningHours(rulesOf(*m_rules, serviceId), m_defaultZone);
    m_hours.insert(serviceId, hours);
    return *hours;
}

bool OpenStateCache::viaLocations()
{
    if (!m_viaLocations)
        m_viaLocations = m_db.queryInt(QStringLiteral("SELECT EXISTS (SELECT 1 FROM schedule WHERE "
                                                      "service_at_location_id IS NOT NULL)")) != 0;
    return *m_viaLocations;
}

void OpenStateCache::prefetch(const QStringList& serviceIds)
{
    QStringList missing;
    QHash<QString, qsizetype> position; // of each missing id in `missing`
    for (const QString& id : serviceIds)
        if (!m_hours.contains(id) && missing.size() < m_hours.maxCost() && !position.contains(id)) {
            position.insert(id, missing.size());
            missing << id;
        }
    if (missing.size() < 2)
        return;
    // Each service gets its rules by id as kRulesSql orders them (TEXT ids compare as UTF-8 bytes); a row
    // found by both halves is the same row (id is the key) and kept once, as its UNION does.
    struct Found
    {
        qsizetype service;
        QByteArray key;
        schedule::ScheduleRule rule;
    };
    std::vector<Found> found;
    const QString ids =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(missing)).toJson(QJsonDocument::Compact));
    const auto read = [&](const QString& sql) {
        auto row = m_db.prepare(sql);
        row.bind(1, ids);
        while (row.step()) {
            schedule::ScheduleRule rule = ruleAt(row, 1);
            QByteArray key = rule.id.toUtf8();
            found.push_back({position.value(row.columnText(0), -1), std::move(key), std::move(rule)});
        }
    };
    read(kManyOwnRulesSql);
    if (viaLocations())
        read(kManyLocationRulesSql);
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.service != b.service ? a.service < b.service : a.key < b.key;
    });
    auto next = found.cbegin();
    for (qsizetype service = 0; service < missing.size(); ++service) {
        QList<schedule::ScheduleRule> rules;
        for (; next != found.cend() && next->service <= service; ++next)
            if (next->service == service && (rules.isEmpty() || rules.constLast().id != next->rule.id))
                rules << next->rule;
        m_hours.insert(missing.at(service), new schedule::OpeningHours(rules, m_defaultZone));
    }
}

schedule::OpenState OpenStateCache::stateAt(const QString& serviceId, const QDateTime& moment)
{
    return hoursOf(serviceId).stateAt(moment);
}

} // namespace pathways::search
