#include "render/ContactCode.h"

#include <QRegularExpression>
#include <QStringList>

namespace pathways::render {

namespace {

bool isWebAddress(const QString& url)
{
    return url.startsWith(QLatin1String("https://")) || url.startsWith(QLatin1String("http://"));
}

/// The first postal address of the record's locations, as the vCard ADR field orders it.
QString vCardAddress(const directory::ServiceRecord& record)
{
    for (const auto& location : record.locations) {
        for (const auto& a : location.addresses) {
            const QString street = QStringList{a.address1, a.address2}.filter(QRegularExpression(QStringLiteral("\\S")))
                                       .join(QStringLiteral(", "));
            if (street.isEmpty() && a.city.isEmpty())
                continue;
            const auto e = ContactCode::escapeVCard;
            return QStringLiteral("ADR;TYPE=work:;;%1;%2;%3;%4;%5")
                .arg(e(street), e(a.city), e(a.region), e(a.postalCode), e(a.country));
        }
    }
    return {};
}

} // namespace

QString ContactCode::escapeVCard(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char(','), QLatin1String("\\,"));
    escaped.replace(QLatin1Char(';'), QLatin1String("\\;"));
    escaped.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return escaped;
}

QString ContactCode::dialable(const QString& number)
{
    QString digits;
    for (const QChar c : number) {
        if (c.isDigit() || (c == QLatin1Char('+') && digits.isEmpty()))
            digits += c;
    }
    return digits;
}

std::optional<QString> ContactCode::payload(const directory::ServiceRecord& record)
{
    QStringList phones;
    for (const auto& phone : record.phones) {
        if (!dialable(phone.number).isEmpty())
            phones << dialable(phone.number);
    }
    const QString web = isWebAddress(record.url) ? record.url : QString();
    const QString email = record.email.contains(QLatin1Char('@')) ? record.email : QString();
    if (phones.isEmpty() && web.isEmpty() && email.isEmpty())
        return std::nullopt;
    const QString address = vCardAddress(record);
    // A lone number or website reads best as what it is: the phone offers to call, the browser to open.
    if (email.isEmpty() && address.isEmpty()) {
        if (phones.size() == 1 && web.isEmpty())
            return QStringLiteral("tel:") + phones.first();
        if (phones.isEmpty())
            return web;
    }
    QStringList lines{QStringLiteral("BEGIN:VCARD"), QStringLiteral("VERSION:3.0")};
    lines << QStringLiteral("FN:") + escapeVCard(record.summary.name.text);
    lines << QStringLiteral("N:") + escapeVCard(record.summary.name.text) + QStringLiteral(";;;;");
    if (!record.summary.organization.isEmpty())
        lines << QStringLiteral("ORG:") + escapeVCard(record.summary.organization);
    for (const QString& phone : std::as_const(phones))
        lines << QStringLiteral("TEL;TYPE=work:") + phone;
    if (!email.isEmpty())
        lines << QStringLiteral("EMAIL:") + escapeVCard(email);
    if (!address.isEmpty())
        lines << address;
    if (!web.isEmpty())
        lines << QStringLiteral("URL:") + web;
    lines << QStringLiteral("END:VCARD");
    return lines.join(QStringLiteral("\r\n"));
}

} // namespace pathways::render
