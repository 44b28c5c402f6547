#include "schedule/ParsedRule.h"

namespace pathways::schedule {

namespace {

constexpr int allWeekdays = 0b11111110; // bits 1..7, Qt::Monday..Qt::Sunday

int positiveMod(qint64 value, int n)
{
    return static_cast<int>(((value % n) + n) % n);
}

// Reads an optional date field; false with a reason when the text is present but unreadable.
bool readDate(const QString& text, const char* field, QDate* out, QString* why)
{
    if (text.trimmed().isEmpty())
        return true;
    *out = fields::parseDate(text);
    if (!out->isValid()) {
        *why = QStringLiteral("bad date in %1: \"%2\" (expected YYYY-MM-DD)")
                   .arg(QLatin1StringView(field), text.trimmed());
        return false;
    }
    return true;
}

bool readTime(const QString& text, const char* field, int* out, QString* why)
{
    const std::optional<int> secs = fields::parseTimeOfDay(text);
    if (!secs) {
        *why = QStringLiteral("bad time format in %1: \"%2\" (expected HH:MM or HH:MM:SS)")
                   .arg(QLatin1StringView(field), text.trimmed());
        return false;
    }
    *out = *secs;
    return true;
}

} // namespace

ParsedRule ParsedRule::parse(const ScheduleRule& rule, const QTimeZone& defaultZone)
{
    ParsedRule p;
    QString& why = p.m_error;

    p.m_zone = fields::parseZone(rule.timezone);
    if (!p.m_zone.isValid())
        p.m_zone = defaultZone.isValid() ? defaultZone : QTimeZone::systemTimeZone();

    // --- recurrence ----------------------------------------------------------------------------
    const QString freq = rule.freq.trimmed().toUpper();
    const bool hasByDay = !rule.byday.trimmed().isEmpty();
    const bool hasByMonthDay = !rule.bymonthday.trimmed().isEmpty();
    if (freq.isEmpty()) {
        // HSDS feeds often leave freq out; infer it from which "by" field is filled in.
        p.m_freq = hasByDay ? Freq::Weekly : hasByMonthDay ? Freq::Monthly : Freq::Daily;
    } else if (freq == QLatin1StringView("DAILY")) {
        p.m_freq = Freq::Daily;
    } else if (freq == QLatin1StringView("WEEKLY")) {
        p.m_freq = Freq::Weekly;
    } else if (freq == QLatin1StringView("MONTHLY")) {
        p.m_freq = Freq::Monthly;
    } else {
        why = QStringLiteral("unknown freq \"%1\" (expected WEEKLY, DAILY or MONTHLY)")
                  .arg(rule.freq.trimmed());
        return p;
    }

    // Importers map a NULL interval to 0; treat it as the HSDS default of 1.
    if (rule.interval < 0) {
        why = QStringLiteral("interval %1 is negative").arg(rule.interval);
        return p;
    }
    p.m_interval = rule.interval == 0 ? 1 : rule.interval;

    const std::optional<QList<fields::DayToken>> days = fields::parseByDay(rule.byday, &why);
    if (!days)
        return p;
    const std::optional<QList<int>> monthDates = fields::parseByMonthDay(rule.bymonthday, &why);
    if (!monthDates)
        return p;

    // --- dates ---------------------------------------------------------------------------------
    QDate validTo;
    QDate dtstart;
    if (!readDate(rule.validFrom, "valid_from", &p.m_validFrom, &why) ||
        !readDate(rule.validTo, "valid_to", &validTo, &why) ||
        !readDate(rule.dtstart, "dtstart", &dtstart, &why))
        return p;
    if (p.m_validFrom.isValid() && validTo.isValid() && validTo < p.m_validFrom) {
        why = QStringLiteral("valid_to %1 is before valid_from %2")
                  .arg(validTo.toString(Qt::ISODate), p.m_validFrom.toString(Qt::ISODate));
        return p;
    }
    p.m_lastDate = validTo;
    if (!rule.until.trimmed().isEmpty()) {
        const std::optional<fields::LocalMoment> until = fields::parseUntil(rule.until, p.m_zone);
        if (!until) {
            why = QStringLiteral("bad until: \"%1\" (expected an ISO date or datetime)")
                      .arg(rule.until.trimmed());
            return p;
        }
        if (!p.m_lastDate.isValid() || until->date <= p.m_lastDate) {
            p.m_untilSecs =
                (until->date == p.m_lastDate) ? std::min(until->secs, p.m_untilSecs) : until->secs;
            p.m_lastDate = until->date;
        }
    }
    p.m_anchorIsStart = dtstart.isValid();
    p.m_anchor = dtstart.isValid() ? dtstart : p.m_validFrom;
    if (p.m_interval > 1 && !p.m_anchor.isValid()) {
        why = QStringLiteral("interval %1 needs dtstart or valid_from to count from").arg(p.m_interval);
        return p;
    }

    // --- which days ----------------------------------------------------------------------------
    if (p.m_freq == Freq::Monthly) {
        p.m_monthWeekdays = *days;
        p.m_monthDates = *monthDates;
        if (days->isEmpty() && monthDates->isEmpty()) {
            if (!dtstart.isValid()) {
                why = QStringLiteral("MONTHLY needs byday, bymonthday or dtstart");
                return p;
            }
            p.m_monthDates = {dtstart.day()};
        }
    } else {
        if (hasByMonthDay) {
            why = QStringLiteral("bymonthday needs freq MONTHLY");
            return p;
        }
        for (const fields::DayToken& t : *days) {
            if (t.ordinal != 0) {
                why = QStringLiteral("bad byday token \"%1%2\": ordinals are only for MONTHLY")
                          .arg(t.ordinal)
                          .arg(fields::dayCode(t.day));
                return p;
            }
            p.m_weekdayMask |= 1 << t.day;
        }
        if (days->isEmpty()) {
            if (p.m_freq == Freq::Daily) {
                p.m_weekdayMask = allWeekdays;
            } else if (dtstart.isValid()) {
                p.m_weekdayMask = 1 << dtstart.dayOfWeek(); // RFC 5545: the weekday of dtstart
            } else {
                why = QStringLiteral("WEEKLY needs byday or dtstart");
                return p;
            }
        }
    }

    // --- hours ---------------------------------------------------------------------------------
    const bool hasOpens = !rule.opensAt.trimmed().isEmpty();
    const bool hasCloses = !rule.closesAt.trimmed().isEmpty();
    if (hasOpens != hasCloses) {
        why = hasOpens ? QStringLiteral("opens_at without closes_at")
                       : QStringLiteral("closes_at without opens_at");
        return p;
    }
    if (hasOpens) {
        if (!readTime(rule.opensAt, "opens_at", &p.m_startSecs, &why) ||
            !readTime(rule.closesAt, "closes_at", &p.m_endSecs, &why))
            return p;
        if (p.m_startSecs >= secsPerDay) {
            why = QStringLiteral("bad time format in opens_at: \"%1\" (24:00 is only a closing time)")
                      .arg(rule.opensAt.trimmed());
            return p;
        }
        // 23:59 and 23:59:59 are how many feeds spell "until midnight"; don't leave a one-minute gap.
        if (p.m_endSecs == secsPerDay - 60 || p.m_endSecs == secsPerDay - 1)
            p.m_endSecs = secsPerDay;
        if (p.m_endSecs <= p.m_startSecs)
            p.m_endSecs += secsPerDay; // overnight: closes on the next day
    }
    return p;
}

bool ParsedRule::inForceOn(QDate d) const
{
    return !notYetIn(d) && !expiredBy(d);
}

bool ParsedRule::expiredBy(QDate d) const
{
    return m_lastDate.isValid() && d > m_lastDate;
}

bool ParsedRule::notYetIn(QDate d) const
{
    return (m_validFrom.isValid() && d < m_validFrom) || (m_anchorIsStart && d < m_anchor);
}

bool ParsedRule::opensOn(QDate d) const
{
    if (!isValid() || !inForceOn(d) || !matchesPattern(d))
        return false;
    return d != m_lastDate || m_startSecs <= m_untilSecs;
}

bool ParsedRule::matchesPattern(QDate d) const
{
    switch (m_freq) {
    case Freq::Daily:
        return (m_weekdayMask & (1 << d.dayOfWeek())) &&
               (m_interval == 1 || positiveMod(m_anchor.daysTo(d), m_interval) == 0);
    case Freq::Weekly: {
        if (!(m_weekdayMask & (1 << d.dayOfWeek())))
            return false;
        if (m_interval == 1)
            return true;
        // Weeks run Monday to Sunday; count whole weeks between the anchor's week and d's week.
        const QDate anchorMonday = m_anchor.addDays(1 - m_anchor.dayOfWeek());
        const QDate monday = d.addDays(1 - d.dayOfWeek());
        return positiveMod(anchorMonday.daysTo(monday) / 7, m_interval) == 0;
    }
    case Freq::Monthly: {
        if (m_interval > 1) {
            const qint64 months = (d.year() - m_anchor.year()) * 12LL + (d.month() - m_anchor.month());
            if (positiveMod(months, m_interval) != 0)
                return false;
        }
        return matchesMonthly(d);
    }
    }
    return false;
}

bool ParsedRule::matchesMonthly(QDate d) const
{
    const int dim = d.daysInMonth();
    bool dateOk = m_monthDates.isEmpty();
    for (int md : m_monthDates) {
        if (md == d.day() || (md < 0 && dim + md + 1 == d.day()))
            dateOk = true;
    }
    // RFC 5545: when both are given, a day must satisfy both (e.g. FR + 13 = Friday the 13th).
    bool dayOk = m_monthWeekdays.isEmpty();
    for (const fields::DayToken& t : m_monthWeekdays) {
        if (t.day != d.dayOfWeek())
            continue;
        if (t.ordinal == 0 || (t.ordinal > 0 && (d.day() - 1) / 7 + 1 == t.ordinal) ||
            (t.ordinal < 0 && (dim - d.day()) / 7 + 1 == -t.ordinal))
            dayOk = true;
    }
    return dateOk && dayOk;
}

} // namespace pathways::schedule
