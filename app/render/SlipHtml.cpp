#include "render/SlipHtml.h"

#include "render/ContactCode.h"
#include "render/QrImage.h"
#include "render/ReferralSlip.h"
#include "render/SlipGlossary.h"

#include <QLocale>
#include <QStringList>

namespace pathways::render {

namespace {

// Directional embeddings keep numbers, addresses and URLs in reading order inside right-to-left text
// ("+44 20 ..." must not become "20 ... 44+").
const QString kLeftToRight = QStringLiteral("\u202A");
const QString kPopDirection = QStringLiteral("\u202C");

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

class Builder
{
public:
    Builder(const SlipRequest& request, const SlipGlossary& glossary)
        : r(request), g(glossary), client(request.clientLanguage),
          worker(request.workerLanguage == request.clientLanguage ? QString() : request.workerLanguage),
          rtl(glossary.rightToLeft(client)), locale(client)
    {
    }

    QString build(QList<QImage>* qrCodes);

private:
    /// A label in the client's language, with the worker's alongside (smaller, grey) when they differ.
    QString label(const QString& key) const
    {
        QString text = QStringLiteral("<b>%1</b>").arg(esc(g.label(client, key)));
        // Beside, not below: a second line per label would push three services onto a second page.
        if (!worker.isEmpty() && g.label(worker, key) != g.label(client, key))
            text += QStringLiteral(" <span style=\"color:#555555; font-size:9pt;\">/ %1</span>").arg(esc(g.label(worker, key)));
        return text;
    }
    /// Service text; marked with its language when the directory has it only in another one.
    QString localized(const directory::LocalizedText& text)
    {
        if (text.text.isEmpty())
            return {};
        if (text.locale.isEmpty() || text.locale == client)
            return data(text.text);
        m_fallbackUsed = true;
        return data(text.text) + QStringLiteral(" <span style=\"color:#555555;\">[%1]</span>").arg(esc(text.locale));
    }
    static QString ltr(const QString& text) { return kLeftToRight + esc(text) + kPopDirection; }
    /// Text from the data: kept in its own reading order when it is left-to-right on a right-to-left slip
    /// (an English fallback sentence must not get its full stop at the wrong end).
    QString data(const QString& text) const { return rtl && !text.isRightToLeft() ? ltr(text) : esc(text); }
    void row(QString* html, const QString& key, const QString& value) const
    {
        if (value.isEmpty())
            return;
        *html += QStringLiteral("<tr><td width=\"33%\" valign=\"top\">%1</td><td valign=\"top\">%2</td></tr>")
                     .arg(label(key), value);
    }
    QString where(const directory::ServiceRecord& record) const;
    QString gettingThere(const directory::ServiceRecord& record) const;
    QString week(const api::ServiceDetails& details) const;
    QString phones(const directory::ServiceRecord& record) const;
    QString cost(const directory::ServiceRecord& record);
    QString languages(const directory::ServiceRecord& record) const;
    QString howToRefer(const directory::ServiceRecord& record);
    static QString ages(const directory::ServiceRecord& record);
    QString service(const api::ServiceDetails& details, int index, const QImage& qr);
    QString foot() const;
    /// "7 (2026-11-23)": the sequence and the day the publisher built it, in one left-to-right run.
    QString version() const
    {
        QString text = QString::number(r.directory.sequence);
        const QDateTime created = QDateTime::fromString(r.directory.created, Qt::ISODate);
        if (created.isValid())
            text += QStringLiteral(" (%1)").arg(created.date().toString(Qt::ISODate));
        return ltr(text);
    }
    QString dir() const { return rtl ? QStringLiteral(" dir=\"rtl\"") : QStringLiteral(" dir=\"ltr\""); }

    const SlipRequest& r;
    const SlipGlossary& g;
    QString client, worker;
    bool rtl;
    QLocale locale;
    bool m_fallbackUsed = false;
};

QString Builder::where(const directory::ServiceRecord& record) const
{
    QStringList places;
    for (const auto& location : record.locations) {
        QStringList lines;
        for (const auto& a : location.addresses) {
            QStringList parts;
            for (const QString& part : {a.attention, a.address1, a.address2})
                if (!part.isEmpty())
                    parts << part;
            const QString town = QStringList{a.postalCode, a.city}.join(QLatin1Char(' ')).trimmed();
            if (!town.isEmpty())
                parts << town;
            if (!parts.isEmpty())
                lines << ltr(parts.join(QStringLiteral(", ")));
        }
        // A location without a street address is only a place for distance search: it is not "where to go".
        if (!lines.isEmpty())
            places << lines.join(QStringLiteral("<br>"));
    }
    return places.join(QStringLiteral("<br>"));
}

QString Builder::gettingThere(const directory::ServiceRecord& record) const
{
    QStringList lines;
    for (const auto& location : record.locations)
        if (!location.transportation.isEmpty() && !location.addresses.isEmpty())
            lines << data(location.transportation);
    return lines.join(QStringLiteral("<br>"));
}

QString Builder::week(const api::ServiceDetails& details) const
{
    if (details.alwaysOpen)
        return esc(g.label(client, QStringLiteral("open_24h")));
    bool anyKnown = false;
    for (const auto& day : details.week)
        anyKnown = anyKnown || day.known;
    if (!anyKnown || details.week.isEmpty())
        return esc(g.label(client, QStringLiteral("no_hours")));
    QString head, cells;
    bool anyUnknown = false, anyClosed = false;
    for (const auto& day : details.week) {
        head += QStringLiteral("<td align=\"center\"><b>%1</b></td>")
                    .arg(esc(locale.dayName(day.day, QLocale::ShortFormat)));
        // Short marks in the narrow day cells ("зачинено" would break mid-word), explained once below.
        QStringList lines;
        if (!day.known) {
            lines << QStringLiteral("?");
            anyUnknown = true;
        } else if (day.allDay) {
            lines << ltr(QStringLiteral("0–24"));
        } else if (day.intervals.isEmpty()) {
            lines << QStringLiteral("—");
            anyClosed = true;
        }
        for (const auto& interval : day.intervals)
            lines << ltr(interval.first.toString(QStringLiteral("HH:mm")) + QStringLiteral("–")) + QStringLiteral("<br>") +
                         ltr(interval.second.toString(QStringLiteral("HH:mm")));
        cells += QStringLiteral("<td align=\"center\" valign=\"top\">%1</td>").arg(lines.join(QStringLiteral("<br>")));
    }
    QString table = QStringLiteral("<table%1 width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                                   "style=\"border-color:#888888; border-style:solid;\"><tr>%2</tr><tr>%3</tr></table>")
                        .arg(dir(), head, cells);
    QStringList legend;
    if (anyClosed)
        legend << QStringLiteral("— = %1").arg(esc(g.label(client, QStringLiteral("closed"))));
    if (anyUnknown)
        legend << QStringLiteral("? = %1").arg(esc(g.label(client, QStringLiteral("hours_unknown"))));
    return legend.isEmpty() ? table : table + legend.join(QStringLiteral(", "));
}

QString Builder::phones(const directory::ServiceRecord& record) const
{
    QStringList lines;
    for (const auto& phone : record.phones) {
        QString line = phone.number;
        if (!phone.extension.isEmpty())
            line += QStringLiteral(" ext. ") + phone.extension;
        QString text = QStringLiteral("<b>") + ltr(line) + QStringLiteral("</b>");
        if (!phone.description.isEmpty())
            text += QStringLiteral(" – ") + data(phone.description);
        lines << text;
    }
    // Several numbers on one line, as a phone book prints them: a line less per extra number.
    return lines.join(QStringLiteral(" · "));
}

QString Builder::cost(const directory::ServiceRecord& record)
{
    QStringList lines;
    if (const QString fees = localized(record.feesDescription); !fees.isEmpty())
        lines << fees;
    for (const auto& c : record.costs) {
        QStringList parts;
        if (!c.option.isEmpty())
            parts << data(c.option);
        if (c.amount && *c.amount > 0)
            parts << ltr(locale.toString(*c.amount) + QLatin1Char(' ') + c.currency);
        if (!c.amountDescription.isEmpty())
            parts << data(c.amountDescription);
        if (!parts.isEmpty() && !lines.contains(parts.join(QStringLiteral(", "))))
            lines << parts.join(QStringLiteral(", "));
    }
    return lines.join(QStringLiteral("<br>"));
}

QString Builder::languages(const directory::ServiceRecord& record) const
{
    QStringList names;
    for (const auto& language : record.languages) {
        // The language's own name ("українська") from its code, else the name the data gives.
        const QLocale spoken(language.code);
        QString name = language.name;
        if (spoken.language() == QLocale::English)
            name = QStringLiteral("English"); // CLDR calls plain "en" "American English"
        else if (!language.code.isEmpty() && spoken.language() != QLocale::C)
            name = spoken.nativeLanguageName();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    return esc(names.join(QStringLiteral(", ")));
}

QString Builder::howToRefer(const directory::ServiceRecord& record)
{
    // The publisher's referral methods in the client's words (the glossary knows the taxonomy's codes; a
    // publisher's own code keeps the data's name), then the publisher's free text.
    QStringList methods;
    for (const auto& method : record.referralMethods) {
        const QString key = QStringLiteral("method_") + method.code;
        methods << (g.keys().contains(key) ? QStringLiteral("<b>%1</b>").arg(esc(g.label(client, key)))
                                           : data(method.name.isEmpty() ? method.code : method.name));
    }
    QString text = methods.join(QStringLiteral("; "));
    // On the same line as the publisher's words: a line less per service keeps three on one page.
    if (const QString process = localized(record.applicationProcess); !process.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" — ")) + process;
    return text;
}

QString Builder::ages(const directory::ServiceRecord& record)
{
    auto number = [](double value) { return QString::number(value, 'g', 3); };
    if (record.minimumAge && record.maximumAge)
        return ltr(number(*record.minimumAge) + QStringLiteral("–") + number(*record.maximumAge));
    if (record.minimumAge)
        return ltr(QStringLiteral("≥ ") + number(*record.minimumAge));
    if (record.maximumAge)
        return ltr(QStringLiteral("≤ ") + number(*record.maximumAge));
    return {};
}

QString Builder::service(const api::ServiceDetails& details, int index, const QImage& qr)
{
    const directory::ServiceRecord& record = details.record;
    QString rows;
    row(&rows, QStringLiteral("offers"), localized(record.description));
    row(&rows, QStringLiteral("how_to_refer"), howToRefer(record));
    // The age range on the eligibility line when there is one: a row less per service.
    const QString eligibility = localized(record.eligibility), age = ages(record);
    if (eligibility.isEmpty())
        row(&rows, QStringLiteral("age"), age);
    else
        row(&rows, QStringLiteral("eligibility"),
            age.isEmpty() ? eligibility
                          : eligibility + QStringLiteral(" · %1: %2").arg(esc(g.label(client, QStringLiteral("age"))), age));
    row(&rows, QStringLiteral("wait"), localized(record.waitTime));
    // How to get there belongs with the address: one row, not a second label.
    QString place = where(record);
    if (const QString route = gettingThere(record); !route.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" — ")) + route; // same line: one less per service
    row(&rows, QStringLiteral("where"), place);
    row(&rows, QStringLiteral("when"), week(details));
    row(&rows, QStringLiteral("phone"), phones(record));
    if (!record.email.isEmpty())
        row(&rows, QStringLiteral("email"), ltr(record.email));
    if (!record.url.isEmpty())
        row(&rows, QStringLiteral("website"), ltr(record.url));
    QStringList documents;
    for (const QString& document : record.requiredDocuments)
        documents << QStringLiteral("• ") + data(document);
    row(&rows, QStringLiteral("bring"), documents.join(QStringLiteral(" ")));
    row(&rows, QStringLiteral("cost"), cost(record));
    row(&rows, QStringLiteral("languages"), languages(record));

    QString title = QStringLiteral("<span style=\"font-size:14pt;\"><b>%1. %2</b></span>")
                        .arg(index + 1)
                        .arg(localized(record.summary.name));
    // The organisation under the name (not a labelled row): one line less per service.
    if (!record.summary.organization.isEmpty())
        title += QStringLiteral("<br>%1").arg(data(record.summary.organization));
    if (const QString alert = localized(record.alert); !alert.isEmpty())
        title += QStringLiteral("<br><i>%1</i>").arg(alert);
    QString qrCell;
    if (!qr.isNull())
        qrCell = QStringLiteral("<td width=\"20%\" align=\"center\" valign=\"top\"><p style=\"margin:0px;\"><img src=\"qr:%1\" width=\"110\" "
                                "height=\"110\"></p><p style=\"margin:0px;\">%2</p></td>")
                     .arg(index)
                     .arg(esc(g.label(client, QStringLiteral("scan"))));
    return QStringLiteral("<table%1 width=\"100%\" cellspacing=\"0\" cellpadding=\"1\" style=\"margin-top:6px;\">"
                          "<tr><td colspan=\"2\" style=\"border-top:2px solid #000000;\">%2</td></tr>"
                          "<tr><td valign=\"top\"><table%1 width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">%3"
                          "</table></td>%4</tr></table>")
        .arg(dir(), title, rows, qrCell);
}

QString Builder::foot() const
{
    QStringList lines;
    if (ReferralSlip::hasDemonstrationData(r))
        lines << QStringLiteral("<b>%1</b>").arg(esc(g.label(client, QStringLiteral("demonstration"))));
    if (ReferralSlip::needsVerification(r))
        lines << QStringLiteral("<b>%1</b>").arg(esc(g.label(client, QStringLiteral("verify"))));
    if (m_fallbackUsed)
        lines << QStringLiteral("[en] … : %1").arg(esc(g.label(client, QStringLiteral("not_in_your_language"))));
    const QString source = QStringLiteral("%1: %2, %3 %4")
                         .arg(esc(g.label(client, QStringLiteral("directory"))), data(r.directory.publisher),
                              esc(g.label(client, QStringLiteral("version"))), version());
    lines << source + QStringLiteral(" · %1: %2").arg(esc(g.label(client, QStringLiteral("printed"))),
                                                     esc(locale.toString(r.printedAt.date(), QLocale::LongFormat)));
    return QStringLiteral("<p%1 style=\"margin-top:6px;\">%2</p>").arg(dir(), lines.join(QStringLiteral("<br>")));
}

QString Builder::build(QList<QImage>* qrCodes)
{
    QString body;
    for (int i = 0; i < r.services.size(); ++i) {
        const std::optional<QString> payload = ContactCode::payload(r.services.at(i).record);
        const QImage qr = payload ? qrImage(payload->toUtf8()) : QImage();
        qrCodes->append(qr);
        body += service(r.services.at(i), i, qr);
    }
    const QString workerTitle = worker.isEmpty() ? QString() : g.label(worker, QStringLiteral("title"));
    QString head = QStringLiteral("<p%1><span style=\"font-size:16pt;\"><b>%2</b></span>")
                       .arg(dir(), esc(g.label(client, QStringLiteral("title"))));
    if (!workerTitle.isEmpty() && workerTitle != g.label(client, QStringLiteral("title")))
        head += QStringLiteral(" <span style=\"color:#555555;\">/ %1</span>").arg(esc(workerTitle));
    head += QStringLiteral("</p>");
    if (r.clientConsent && !r.clientNote.trimmed().isEmpty())
        head += QStringLiteral("<p%1>%2: <b>%3</b></p>")
                    .arg(dir(), esc(g.label(client, QStringLiteral("for_client"))), esc(r.clientNote.trimmed()));
    return QStringLiteral("<html><body%1>%2%3%4</body></html>").arg(dir(), head, body, foot());
}

} // namespace

QString slipHtml(const SlipRequest& request, const SlipGlossary& glossary, QList<QImage>* qrCodes)
{
    return Builder(request, glossary).build(qrCodes);
}

} // namespace pathways::render
