#include "schedule/OpeningHours.h"

#include "schedule/HoursSummary.h"

#include <QVarLengthArray>
#include <algorithm>

namespace pathways::schedule {

namespace {

constexpr int secsPerDay = ParsedRule::secsPerDay;
constexpr int searchDays = 14;

QTime clockTime(int secs)
{
    return QTime::fromMSecsSinceStartOfDay((secs % secsPerDay) * 1000);
}

// Wall-clock `secs` after local midnight of `d` in `zone` (secs may pass 24h for overnight ends).
QDateTime wallClock(QDate d, int secs, const QTimeZone& zone)
{
    const QDate day = d.addDays(secs / secsPerDay);
    QDateTime dt(day, clockTime(secs), zone);
    if (dt.isValid())
        return dt;
    // The time falls in a DST gap (02:30 on spring-forward day): Qt 6.4 calls it invalid. The wall
    // clock first reaches or passes it when the gap ends, i.e. at the zone's next transition.
    const QDateTime before(day.addDays(-1), QTime(12, 0), zone);
    const QTimeZone::OffsetData next = zone.nextTransition(before);
    return next.atUtc.isValid() && next.atUtc.toTimeZone(zone).date() == day ? next.atUtc : QDateTime();
}

} // namespace

OpeningHours::OpeningHours(QList<ScheduleRule> rules, QTimeZone defaultZone) : m_ruleCount(rules.size())
{
    for (const ScheduleRule& rule : rules) {
        if (rule.givesNoHours())
            continue; // kept in the data, but no hours: neither open, closed nor a problem
        ParsedRule parsed = ParsedRule::parse(rule, defaultZone);
        if (!parsed.isValid()) {
            m_problems << QStringLiteral("row %1: %2").arg(rule.id, parsed.error());
            continue;
        }
        qsizetype zi = m_zones.indexOf(parsed.zone());
        if (zi < 0) {
            zi = m_zones.size();
            m_zones.append(parsed.zone());
        }
        m_zoneOfRule.append(static_cast<int>(zi));
        m_rules.append(std::move(parsed));
    }
    QList<const ParsedRule*> all;
    for (const ParsedRule& r : m_rules)
        all.append(&r);
    m_alwaysOpen = HoursSummary::coversWholeWeek(all);
}

OpenState OpeningHours::stateAt(const QDateTime& moment) const
{
    if (!moment.isValid() || m_rules.isEmpty())
        return OpenState::Unknown;

    // The moment as local date and wall-clock seconds, once per distinct zone.
    struct Local
    {
        QDate date;
        int secs = 0;
    };
    QVarLengthArray<Local, 4> locals(m_zones.size());
    for (qsizetype i = 0; i < m_zones.size(); ++i) {
        const QDateTime local = moment.toTimeZone(m_zones[i]);
        locals[i] = Local{local.date(), local.time().msecsSinceStartOfDay() / 1000};
    }

    bool anyInForce = false;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const ParsedRule& rule = m_rules[i];
        const Local& local = locals[m_zoneOfRule[i]];
        if (rule.inForceOn(local.date))
            anyInForce = true;
        if (local.secs >= rule.startSecs() && local.secs < rule.endSecs() && rule.opensOn(local.date))
            return OpenState::Open;
        // Still open from an occurrence that opened yesterday and runs past midnight.
        if (local.secs + secsPerDay < rule.endSecs() && rule.opensOn(local.date.addDays(-1)))
            return OpenState::Open;
    }
    return anyInForce ? OpenState::Closed : OpenState::Unknown;
}

bool OpeningHours::validate(const ScheduleRule& rule, QString* why)
{
    if (rule.givesNoHours()) {
        if (why)
            why->clear();
        return true; // nothing to evaluate, nothing wrong: the row is kept and shows no hours
    }
    const ParsedRule parsed = ParsedRule::parse(rule, QTimeZone(0));
    if (why)
        *why = parsed.error();
    return parsed.isValid();
}

bool OpeningHours::isAlwaysOpen() const
{
    return m_alwaysOpen;
}

QList<DayHours> OpeningHours::weekTable(QDate anyDayInWeek) const
{
    QList<DayHours> week;
    if (!anyDayInWeek.isValid())
        return week;
    const QDate monday = anyDayInWeek.addDays(1 - anyDayInWeek.dayOfWeek());
    for (int i = 0; i < 7; ++i) {
        DayHours day;
        day.date = monday.addDays(i);
        day.day = static_cast<Qt::DayOfWeek>(i + 1);
        QList<QPair<int, int>> secs;
        for (const ParsedRule& rule : m_rules) {
            if (rule.inForceOn(day.date))
                day.known = true;
            if (!rule.opensOn(day.date))
                continue;
            day.known = true;
            if (rule.isFullDay())
                day.allDay = true;
            else
                secs.append({rule.startSecs(), rule.endSecs()});
        }
        if (!day.allDay) {
            std::sort(secs.begin(), secs.end());
            secs.erase(std::unique(secs.begin(), secs.end()), secs.end());
            for (const auto& [start, end] : secs)
                day.intervals.append({clockTime(start), clockTime(end)});
        }
        week.append(day);
    }
    return week;
}

QString OpeningHours::summary() const
{
    QList<const ParsedRule*> all;
    for (const ParsedRule& r : m_rules)
        all.append(&r);
    return HoursSummary::describe(all);
}

QString OpeningHours::summary(QDate asOf) const
{
    QList<const ParsedRule*> current;
    for (const ParsedRule& r : m_rules) {
        if (r.inForceOn(asOf))
            current.append(&r);
    }
    return HoursSummary::describe(current);
}

std::optional<QDateTime> OpeningHours::nextChange(const QDateTime& from) const
{
    if (!from.isValid() || m_rules.isEmpty())
        return std::nullopt;
    const QDateTime limit = from.addDays(searchDays);

    // Every instant where some row opens, closes, or comes into / goes out of force; then the first
    // one where the combined state really differs (adjacent or overlapping rows hide some of them).
    QList<QDateTime> candidates;
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const ParsedRule& rule = m_rules[i];
        const QTimeZone& zone = m_zones[m_zoneOfRule[i]];
        const QDate first = from.toTimeZone(zone).date().addDays(-1);
        for (QDate d = first; d <= first.addDays(searchDays + 2); d = d.addDays(1)) {
            if (!rule.opensOn(d))
                continue;
            candidates << wallClock(d, rule.startSecs(), zone) << wallClock(d, rule.endSecs(), zone);
        }
        if (rule.validFrom().isValid())
            candidates << wallClock(rule.validFrom(), 0, zone);
        if (rule.lastDate().isValid())
            candidates << wallClock(rule.lastDate().addDays(1), 0, zone);
    }
    std::sort(candidates.begin(), candidates.end());

    const OpenState now = stateAt(from);
    for (const QDateTime& c : std::as_const(candidates)) {
        if (!c.isValid() || c <= from)
            continue;
        if (c > limit)
            break;
        if (stateAt(c) != now)
            return c;
    }
    return std::nullopt;
}

} // namespace pathways::schedule
