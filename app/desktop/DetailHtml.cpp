#include "desktop/DetailHtml.h"

#include "desktop/ReferralMethodNames.h"
#include "desktop/TranslationLoader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace pathways::desktop {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString copyLink(const QString& text)
{
    const QString url = QStringLiteral("copy:") + QString::fromLatin1(QUrl::toPercentEncoding(text));
    return QStringLiteral(" <a href=\"%1\" title=\"%2\">%3</a>")
        .arg(url, DetailHtml::tr("Copy to clipboard").toHtmlEscaped(),
             DetailHtml::tr("copy").toHtmlEscaped());
}

// An ISO date as the interface language writes it ("23. 11. 2026", "23.11.2026"); as given if unreadable.
QString dateText(const QString& iso)
{
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : iso;
}

void section(QString& html, const QString& title, const QString& body)
{
    if (body.trimmed().isEmpty())
        return;
    html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(title), body);
}

QString fallbackMark(const directory::LocalizedText& text)
{
    if (!text.fallback || text.text.isEmpty())
        return {};
    return QStringLiteral(" <small title=\"%1\">[%2]</small>")
        .arg(DetailHtml::tr("Not available in your language").toHtmlEscaped(), esc(text.locale));
}

// A time of day as the user's locale writes it; the C locale (LANG=C.UTF-8, common on minimal systems) would
// add seconds nobody reads ("09:00:00"), so it gets "09:00".
QString clockText(const QLocale& locale, QTime time)
{
    return locale.language() == QLocale::C ? time.toString(QStringLiteral("HH:mm"))
                                           : locale.toString(time, QLocale::ShortFormat);
}

QString weekTable(const RecordResponse& response, QDate today)
{
    if (response.alwaysOpen)
        return DetailHtml::tr("Open 24 hours, 7 days a week.");
    bool anyKnown = false;
    for (const auto& day : response.week)
        anyKnown = anyKnown || day.known;
    if (!anyKnown)
        return DetailHtml::tr("The record gives no opening hours: ask before sending someone.");
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const QLocale locale;
    for (const auto& day : response.week) {
        QStringList intervals;
        if (day.allDay)
            intervals << DetailHtml::tr("all day");
        for (const auto& [opens, closes] : day.intervals)
            intervals << clockText(locale, opens) + QStringLiteral("–") + clockText(locale, closes);
        const QString hours =
            intervals.isEmpty() ? DetailHtml::tr("closed") : intervals.join(QStringLiteral(", "));
        const bool isToday = day.date == today;
        html +=
            QStringLiteral("<tr%1><td>%2%3</td><td>%4</td></tr>")
                .arg(isToday
                         ? QStringLiteral(" style=\"background-color:#fff3c4; color:#000; font-weight:bold\"")
                         : QString(),
                     esc(locale.dayName(day.day, QLocale::LongFormat)),
                     isToday ? QStringLiteral(" (") + esc(DetailHtml::tr("today")) + QLatin1Char(')')
                             : QString(),
                     esc(hours));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QString DetailHtml::render(const RecordResponse& response, QDate today)
{
    if (!response.record)
        return QStringLiteral("<p>%1</p>")
            .arg(esc(response.error.isEmpty() ? tr("This service is no longer in the directory.")
                                              : response.error));
    const directory::ServiceRecord& r = *response.record;
    QString html;
    html += QStringLiteral("<h2>%1%2</h2>").arg(esc(r.summary.name.text), fallbackMark(r.summary.name));
    if (response.noLongerRunning || response.temporarilyClosed)
        html += QStringLiteral("<p style=\"background-color:#fde2e1; color:#000; padding:4px\"><b>%1</b></p>")
                    .arg(esc(response.noLongerRunning
                                 ? tr("No longer running: the record says this service has ended. Do not "
                                      "refer anyone here without checking.")
                                 : tr("Temporarily closed: ask the organisation when it opens again.")));
    if (r.summary.demonstration)
        html += QStringLiteral("<p style=\"background-color:#fde2e1; color:#000; padding:4px\"><b>%1</b></p>")
                    .arg(esc(tr(
                        "Demonstration data: verify every detail with the organisation before referring.")));
    if (!r.alert.text.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Notice:")), esc(r.alert.text));
    html += QStringLiteral("<p><i>%1</i></p>").arg(esc(r.summary.organization));
    QStringList terms;
    for (const auto& t : r.summary.categories)
        terms << esc(t.name);
    QStringList audiences;
    for (const auto& t : r.summary.audiences)
        audiences << esc(t.name);
    if (!terms.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(terms.join(QStringLiteral(" · ")));
    html += QStringLiteral("<p>%1%2</p>").arg(esc(r.description.text), fallbackMark(r.description));
    section(html, tr("For whom"), audiences.join(QStringLiteral(", ")));
    // How to refer, as far as the record says: the way in, the waiting time, who and what age.
    section(html, tr("How to refer"), esc(ReferralMethodNames::list(r)));
    section(html, tr("Eligibility"), esc(r.eligibility.text));
    section(html, tr("Age"), esc(ReferralMethodNames::ages(r)));
    section(html, tr("How to apply"), esc(r.applicationProcess.text));
    section(html, tr("Expected waiting time"), esc(r.waitTime.text));
    QStringList documents;
    for (const QString& d : r.requiredDocuments)
        documents << esc(d);
    section(html, tr("Documents to bring"), documents.join(QStringLiteral("<br>")));
    QStringList costs;
    for (const auto& c : r.costs)
        costs << esc(QStringList{
            c.option, c.amount ? QLocale().toString(*c.amount) + QLatin1Char(' ') + c.currency : QString(),
            c.amountDescription}
                         .join(QLatin1Char(' '))
                         .simplified());
    if (!r.feesDescription.text.isEmpty())
        costs.prepend(esc(r.feesDescription.text));
    section(html, tr("Cost"), costs.join(QStringLiteral("<br>")));

    QStringList contacts;
    for (const auto& p : r.phones) {
        const QString number =
            p.number + (p.extension.isEmpty() ? QString() : QStringLiteral(" ext. ") + p.extension);
        contacts << QStringLiteral("☎ <a href=\"tel:%1\">%2</a>%3%4")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(p.number)), esc(number),
                             copyLink(number),
                             p.description.isEmpty() ? QString()
                                                     : QStringLiteral(" — ") + esc(p.description));
    }
    QStringList emails;
    if (!r.email.isEmpty())
        emails << r.email;
    for (const auto& c : r.contacts)
        if (!c.email.isEmpty())
            emails << c.email;
    for (const QString& e : std::as_const(emails))
        contacts << QStringLiteral("✉ <a href=\"mailto:%1\">%1</a>%2").arg(esc(e), copyLink(e));
    if (!r.url.isEmpty())
        contacts << QStringLiteral("🌐 <a href=\"%1\">%1</a>%2").arg(esc(r.url), copyLink(r.url));
    section(html, tr("How to reach them"),
            contacts.isEmpty() ? esc(tr("No phone, e-mail or website in this record."))
                               : contacts.join(QStringLiteral("<br>")));

    QStringList places;
    for (const auto& l : r.locations) {
        QStringList lines{QStringLiteral("<b>%1</b>").arg(esc(l.name))};
        for (const auto& a : l.addresses) {
            QStringList parts{a.address1, a.address2,
                              QString(a.postalCode + QLatin1Char(' ') + a.city).trimmed(), a.country};
            parts.removeAll(QString());
            const QString address = parts.join(QStringLiteral(", "));
            lines << esc(address) + copyLink(address);
        }
        if (!l.description.isEmpty())
            lines << QStringLiteral("<small>%1</small>").arg(esc(l.description));
        for (const QString& a : l.accessibility)
            lines << esc(tr("Accessibility: %1").arg(a));
        places << lines.join(QStringLiteral("<br>"));
    }
    if (!r.serviceAreas.isEmpty())
        places << esc(tr("Serves: %1").arg(r.serviceAreas.join(QStringLiteral(", "))));
    section(html, tr("Where"), places.join(QStringLiteral("<br><br>")));
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Opening hours"))) + weekTable(response, today);

    QStringList languages;
    for (const auto& l : r.languages) {
        const QLocale locale(l.code);
        languages << esc(locale.language() != QLocale::C ? TranslationLoader::languageName(l.code)
                                                         : (l.name.isEmpty() ? l.code : l.name));
    }
    section(html, tr("Languages spoken"), languages.join(QStringLiteral(", ")));
    section(html, tr("Interpretation"), esc(r.interpretationServices.text));

    QStringList provenance;
    provenance << esc(r.summary.assuredDate.isEmpty()
                          ? tr("Last verified: never (no person has confirmed this record)")
                          : tr("Last verified: %1").arg(dateText(r.summary.assuredDate)));
    if (!r.source.isEmpty())
        provenance << esc(tr("Source: %1").arg(r.source));
    provenance << QStringLiteral("<small>%1</small>").arg(esc(tr("Record id: %1").arg(r.summary.id)));
    section(html, tr("Provenance"), provenance.join(QStringLiteral("<br>")));
    return html;
}

} // namespace pathways::desktop
