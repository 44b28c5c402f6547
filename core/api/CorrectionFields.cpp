#include "api/CorrectionFields.h"

namespace pathways::api {

QStringList CorrectionFields::names()
{
    return {QStringLiteral("name"),        QStringLiteral("organization"), QStringLiteral("description"),
            QStringLiteral("phone"),       QStringLiteral("email"),        QStringLiteral("website"),
            QStringLiteral("address"),     QStringLiteral("hours"),        QStringLiteral("how_to_apply"),
            QStringLiteral("eligibility"), QStringLiteral("documents"),    QStringLiteral("wait_time"),
            QStringLiteral("cost"),        QStringLiteral("languages"),    QStringLiteral("other")};
}

QString CorrectionFields::value(const ServiceDetails& details, const QString& field)
{
    const directory::ServiceRecord& r = details.record;
    const QString separator = QStringLiteral("; ");
    QStringList parts;
    if (field == QLatin1String("name"))
        return r.summary.name.text;
    if (field == QLatin1String("organization"))
        return r.summary.organization;
    if (field == QLatin1String("description"))
        return r.description.text;
    if (field == QLatin1String("phone")) {
        for (const auto& p : r.phones)
            parts << (p.extension.isEmpty() ? p.number : p.number + QStringLiteral(" ext. ") + p.extension);
    } else if (field == QLatin1String("email")) {
        return r.email;
    } else if (field == QLatin1String("website")) {
        return r.url;
    } else if (field == QLatin1String("address")) {
        for (const auto& location : r.locations)
            for (const auto& a : location.addresses) {
                QStringList line{a.address1, a.address2, QString(a.postalCode + QLatin1Char(' ') + a.city).trimmed()};
                line.removeAll(QString());
                parts << line.join(QStringLiteral(", "));
            }
    } else if (field == QLatin1String("hours")) {
        return r.hoursSummary;
    } else if (field == QLatin1String("how_to_apply")) {
        return r.applicationProcess.text;
    } else if (field == QLatin1String("eligibility")) {
        return r.eligibility.text;
    } else if (field == QLatin1String("documents")) {
        parts = r.requiredDocuments;
    } else if (field == QLatin1String("wait_time")) {
        return r.waitTime.text;
    } else if (field == QLatin1String("cost")) {
        return r.feesDescription.text;
    } else if (field == QLatin1String("languages")) {
        for (const auto& l : r.languages)
            parts << (l.code.isEmpty() ? l.name : l.code);
    }
    return parts.join(separator);
}

} // namespace pathways::api
