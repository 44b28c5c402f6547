#include "schedule/HoursSummary.h"

#include <QStringList>
#include <algorithm>

namespace pathways::schedule {

namespace {

constexpr int allWeekdays = 0b11111110; // bits 1..7, Qt::Monday..Qt::Sunday
constexpr QChar enDash(0x2013);

QString dayName(int day)
{
    static const char* const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return QString::fromLatin1(names[day - 1]);
}

QString clock(int secs)
{
    const int h = secs / 3600;
    const int m = secs / 60 % 60;
    const int s = secs % 60;
    QString out = QStringLiteral("%1:%2").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0'));
    if (s != 0)
        out += QStringLiteral(":%1").arg(s, 2, 10, QLatin1Char('0'));
    return out;
}

// "Mon–Fri", "Mon, Wed", "Sat, Sun": runs of three or more consecutive days collapse to a range.
QString daysText(const QList<int>& days)
{
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype j = i;
        while (j + 1 < days.size() && days[j + 1] == days[j] + 1)
            ++j;
        if (j - i >= 2) {
            parts << dayName(days[i]) + enDash + dayName(days[j]);
        } else {
            for (qsizetype k = i; k <= j; ++k)
                parts << dayName(days[k]);
        }
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QList<int> daysOfMask(int mask)
{
    QList<int> days;
    for (int d = 1; d <= 7; ++d) {
        if (mask & (1 << d))
            days << d;
    }
    return days;
}

QString hoursText(const ParsedRule& rule)
{
    return rule.isFullDay() ? QStringLiteral("all day")
                            : HoursSummary::formatInterval(rule.startSecs(), rule.endSecs());
}

QString ordinalText(int n)
{
    static const char* const words[] = {"1st", "2nd", "3rd", "4th", "5th"};
    if (n == -1)
        return QStringLiteral("last");
    if (n < 0)
        return QString::fromLatin1(words[-n - 1]) + QStringLiteral("-to-last");
    return QString::fromLatin1(words[n - 1]);
}

struct DaySig
{
    bool allDay = false;
    QList<QPair<int, int>> intervals;
    bool isEmpty() const { return !allDay && intervals.isEmpty(); }
    bool operator==(const DaySig&) const = default;
};

} // namespace

QString HoursSummary::formatInterval(int startSecs, int endSecs)
{
    // Overnight ends are stored past 24h; show them as the next day's clock time, as written.
    const int end = endSecs > ParsedRule::secsPerDay ? endSecs - ParsedRule::secsPerDay : endSecs;
    return clock(startSecs) + enDash + clock(end);
}

bool HoursSummary::coversWholeWeek(const QList<const ParsedRule*>& rules)
{
    // Group by zone: Mon-Fri all day in Kyiv plus Sat-Sun all day in Lisbon still leaves gaps.
    QList<QPair<QTimeZone, int>> masks;
    for (const ParsedRule* r : rules) {
        if (!r->isFullDay() || !r->isPlainWeekly())
            continue;
        auto it =
            std::find_if(masks.begin(), masks.end(), [&](const auto& m) { return m.first == r->zone(); });
        if (it == masks.end())
            masks.append({r->zone(), r->weekdayMask()});
        else
            it->second |= r->weekdayMask();
    }
    return std::any_of(masks.cbegin(), masks.cend(), [](const auto& m) { return m.second == allWeekdays; });
}

QString HoursSummary::describe(const QList<const ParsedRule*>& rules)
{
    if (rules.isEmpty())
        return {};
    if (coversWholeWeek(rules))
        return QStringLiteral("24/7");
    QStringList parts;
    const QString weekly = weeklyPart(rules);
    if (!weekly.isEmpty())
        parts << weekly;
    for (const ParsedRule* r : rules) {
        if (!r->isPlainWeekly())
            parts << otherRulePart(*r);
    }
    return parts.join(QStringLiteral("; "));
}

QString HoursSummary::weeklyPart(const QList<const ParsedRule*>& rules)
{
    DaySig sigs[8];
    for (const ParsedRule* r : rules) {
        if (!r->isPlainWeekly())
            continue;
        for (int d : daysOfMask(r->weekdayMask())) {
            if (r->isFullDay())
                sigs[d].allDay = true;
            else
                sigs[d].intervals.append({r->startSecs(), r->endSecs()});
        }
    }
    QList<QPair<DaySig, QList<int>>> groups;
    for (int d = 1; d <= 7; ++d) {
        DaySig& sig = sigs[d];
        std::sort(sig.intervals.begin(), sig.intervals.end());
        sig.intervals.erase(std::unique(sig.intervals.begin(), sig.intervals.end()), sig.intervals.end());
        if (sig.allDay)
            sig.intervals.clear();
        if (sig.isEmpty())
            continue;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == sig; });
        if (it == groups.end())
            groups.append({sig, {d}});
        else
            it->second.append(d);
    }
    QStringList parts;
    for (const auto& [sig, days] : groups) {
        QStringList hours;
        for (const auto& [start, end] : sig.intervals)
            hours << formatInterval(start, end);
        const QString when = days.size() == 7 ? QStringLiteral("Daily") : daysText(days);
        parts << when + QLatin1Char(' ') +
                     (sig.allDay ? QStringLiteral("all day") : hours.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QString HoursSummary::otherRulePart(const ParsedRule& rule)
{
    QString when;
    const bool everyDay = rule.weekdayMask() == allWeekdays;
    switch (rule.freq()) {
    case ParsedRule::Freq::Daily:
        when = QStringLiteral("every %1 days").arg(rule.interval());
        if (!everyDay)
            when += QLatin1Char(' ') + daysText(daysOfMask(rule.weekdayMask()));
        break;
    case ParsedRule::Freq::Weekly:
        when =
            QStringLiteral("every %1 weeks ").arg(rule.interval()) + daysText(daysOfMask(rule.weekdayMask()));
        break;
    case ParsedRule::Freq::Monthly: {
        QStringList days;
        for (const fields::DayToken& t : rule.monthDays()) {
            days << (t.ordinal == 0 ? QStringLiteral("every") : ordinalText(t.ordinal)) + QLatin1Char(' ') +
                        dayName(t.day);
        }
        // "day 1", "days 1, 15", "last day", "days 1, 15 and last day".
        QStringList numbers;
        QStringList fromEnd;
        for (int md : rule.monthDates()) {
            if (md > 0)
                numbers << QString::number(md);
            else
                fromEnd << (md == -1 ? QStringLiteral("last day") : ordinalText(md) + QStringLiteral(" day"));
        }
        QStringList dates;
        if (!numbers.isEmpty())
            dates << (numbers.size() == 1 ? QStringLiteral("day ") : QStringLiteral("days ")) +
                         numbers.join(QStringLiteral(", "));
        dates += fromEnd;
        when = days.join(QStringLiteral(", "));
        if (!dates.isEmpty())
            when +=
                (when.isEmpty() ? QString() : QStringLiteral(" on ")) + dates.join(QStringLiteral(" and "));
        when += rule.interval() > 1 ? QStringLiteral(" of every %1 months").arg(rule.interval())
                                    : QStringLiteral(" of the month");
        break;
    }
    }
    return when + QLatin1Char(' ') + hoursText(rule);
}

} // namespace pathways::schedule
