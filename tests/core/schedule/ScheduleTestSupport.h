#pragma once

// Shared helpers for the schedule tests: rows and moments in a mediator's terms.
#include "schedule/OpeningHours.h"

#include <QDateTime>
#include <QTimeZone>

namespace pathways::schedule::test {

inline const QByteArray ljubljana = QByteArrayLiteral("Europe/Ljubljana");
inline const QString weekdays = QStringLiteral("MO,TU,WE,TH,FR");

// A WEEKLY row "byday opens-closes" in `zone`.
inline ScheduleRule weekly(const QString& byday, const QString& opens, const QString& closes,
                           const QString& zone = QStringLiteral("Europe/Ljubljana"))
{
    ScheduleRule r;
    r.id = QStringLiteral("r-") + byday;
    r.freq = QStringLiteral("WEEKLY");
    r.byday = byday;
    r.opensAt = opens;
    r.closesAt = closes;
    r.timezone = zone;
    return r;
}

// A wall-clock moment "2026-03-02T09:00" in the given IANA zone.
inline QDateTime local(const char* iso, const QByteArray& zone = ljubljana)
{
    const QDateTime naive = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return QDateTime(naive.date(), naive.time(), QTimeZone(zone));
}

inline QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso) + QStringLiteral("Z"), Qt::ISODate);
}

// The service's hours with Ljubljana as the directory's default zone.
inline OpeningHours hours(QList<ScheduleRule> rules)
{
    return OpeningHours(std::move(rules), QTimeZone(ljubljana));
}

} // namespace pathways::schedule::test
