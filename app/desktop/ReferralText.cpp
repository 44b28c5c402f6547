#include "desktop/ReferralText.h"

#include "desktop/ReferralMethodNames.h"

#include <QLocale>

#include <algorithm>

namespace pathways::desktop {

namespace {

QString hoursLine(const schedule::DayHours& day, const QLocale& locale)
{
    QStringList intervals;
    if (day.allDay)
        intervals << ReferralText::tr("all day");
    for (const auto& [opens, closes] : day.intervals)
        intervals << locale.toString(opens, QStringLiteral("HH:mm")) + QStringLiteral("–") +
                         locale.toString(closes, QStringLiteral("HH:mm"));
    return locale.dayName(day.day, QLocale::LongFormat) + QStringLiteral(": ") +
           (intervals.isEmpty() ? ReferralText::tr("closed") : intervals.join(QStringLiteral(", ")));
}

} // namespace

QString ReferralText::render(const RecordResponse& response)
{
    if (!response.record)
        return {};
    const directory::ServiceRecord& r = *response.record;
    const QLocale locale;
    QStringList lines{r.summary.name.text};
    if (!r.summary.organization.isEmpty())
        lines << r.summary.organization;
    if (r.summary.demonstration)
        lines << tr("Demonstration data: verify every detail with the organisation before referring.");
    lines << QString();
    for (const auto& p : r.phones)
        lines << tr("Phone: %1").arg(p.number + (p.extension.isEmpty() ? QString() : QStringLiteral(" ext. ") +
                                                                                          p.extension));
    QStringList emails;
    if (!r.email.isEmpty())
        emails << r.email;
    for (const auto& c : r.contacts)
        if (!c.email.isEmpty() && !emails.contains(c.email))
            emails << c.email;
    for (const QString& e : std::as_const(emails))
        lines << tr("E-mail: %1").arg(e);
    if (!r.url.isEmpty())
        lines << tr("Website: %1").arg(r.url);
    for (const auto& l : r.locations)
        for (const auto& a : l.addresses) {
            QStringList parts{a.address1, a.address2,
                              QString(a.postalCode + QLatin1Char(' ') + a.city).trimmed(), a.country};
            parts.removeAll(QString());
            if (!parts.isEmpty())
                lines << tr("Address: %1").arg(parts.join(QStringLiteral(", ")));
        }
    if (response.alwaysOpen) {
        lines << tr("Open 24 hours, 7 days a week.");
    } else if (std::any_of(response.week.cbegin(), response.week.cend(),
                           [](const schedule::DayHours& d) { return d.known; })) {
        lines << tr("Opening hours:");
        for (const auto& day : response.week)
            if (day.known)
                lines << QStringLiteral("  ") + hoursLine(day, locale);
    }
    if (!r.requiredDocuments.isEmpty())
        lines << tr("Documents to bring: %1").arg(r.requiredDocuments.join(QStringLiteral(", ")));
    if (const QString methods = ReferralMethodNames::list(r); !methods.isEmpty())
        lines << tr("How to refer: %1").arg(methods);
    if (!r.applicationProcess.text.isEmpty())
        lines << tr("How to apply: %1").arg(r.applicationProcess.text);
    if (!r.eligibility.text.isEmpty())
        lines << tr("Eligibility: %1").arg(r.eligibility.text);
    if (const QString ages = ReferralMethodNames::ages(r); !ages.isEmpty())
        lines << tr("Age: %1").arg(ages);
    if (!r.waitTime.text.isEmpty())
        lines << tr("Expected waiting time: %1").arg(r.waitTime.text);
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace pathways::desktop
